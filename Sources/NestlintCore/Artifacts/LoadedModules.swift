/// Loaded modules from `lsmod` output or `/proc/modules`.
///
/// lsmod: `Module Size Used-by holders`; /proc/modules: `name size refcount holders state
/// address`. In both the third column is the use count: above zero on kvm_intel/kvm_amd means
/// running guests hold the module, so it cannot be reloaded without stopping them.
public struct LoadedModules: Sendable {
    public struct Module: Sendable {
        public let name: String
        public let useCount: Int
        public let holders: [String]
        public let location: SourceLocation
    }

    public let file: SourceFile
    /// Keyed by the folded module name.
    public let modules: [String: Module]

    public init(file: SourceFile, lines: TextLines) {
        self.file = file
        var modules: [String: Module] = [:]
        for (offset, line) in lines.lines.enumerated() {
            // Only the first four columns are read: the rest of the line is not split. An ASCII
            // line (every real one) is split by bytes, which are its characters.
            let fields: [Substring] =
                line.utf8.allSatisfy { $0 < 0x80 }
                ? line.utf8.split(maxSplits: 4, whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }).map(Substring.init)
                : line.split(maxSplits: 4, whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count >= 3, fields[0] != "Module", Int(fields[1]) != nil, let count = Int(fields[2])
            else { continue }
            let holders =
                fields.count >= 4
                ? fields[3].split(separator: ",").map(String.init).filter { $0 != "-" && $0 != "[permanent]" } : []
            let name = ModuleName.fold(String(fields[0]))
            modules[name] = Module(
                name: name, useCount: count, holders: holders,
                location: SourceLocation(file: file, line: offset + 1, excerpt: line.trimmingWhitespace))
        }
        self.modules = modules
    }
}
