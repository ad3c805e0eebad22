/// `/proc/cpuinfo`: per-processor blocks of `key : value` lines.
///
/// RULES.md: use the first block's vendor and the flags common to every block (a flag missing on
/// one CPU is not usable by guests pinned there). Flag names are matched exactly, so `svm` never
/// matches `svme-addr-chk`.
public struct CPUInfo: Sendable {
    public enum Vendor: String, Sendable {
        case intel, amd, hygon, other
    }

    /// `vendor_id` of the first block, as written (`GenuineIntel`, `AuthenticAMD`, …).
    public let vendorID: String?
    public let vendorLocation: SourceLocation?
    /// Flags present on every processor.
    public let flags: Set<String>
    /// The first `flags` line (x86) or `Features` line (arm), where flag findings point.
    public let flagsLocation: SourceLocation?
    /// Best guess of the architecture from the shape of the file.
    public let architecture: String?
    public let processorCount: Int

    public var vendor: Vendor? {
        switch vendorID {
        case "GenuineIntel"?: .intel
        case "AuthenticAMD"?: .amd
        case "HygonGenuine"?: .hygon
        case nil: nil
        default: .other
        }
    }

    public init(file: SourceFile, lines: TextLines) {
        var vendorID: String?
        var vendorLocation: SourceLocation?
        var common: Set<String>?
        var flagsLocation: SourceLocation?
        var architecture: String?
        var processors = 0
        for (offset, line) in lines.lines.enumerated() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingWhitespace.lowercased()
            let value = line[line.index(after: colon)...].trimmingWhitespace
            let location = SourceLocation(file: file, line: offset + 1, excerpt: line.trimmingWhitespace)
            switch key {
            case "processor":
                processors += 1
            case "vendor_id":
                if vendorID == nil {
                    vendorID = value
                    vendorLocation = location
                }
                if value.contains("S390") { architecture = "s390x" }
            case "flags", "features":
                let set = Set(value.split(separator: " ").map(String.init))
                common = common.map { $0.intersection(set) } ?? set
                if flagsLocation == nil { flagsLocation = location }
            case "cpu implementer", "cpu architecture":
                architecture = architecture ?? "aarch64"
            case "cpu":
                if value.hasPrefix("POWER") || value.contains("PowerPC") { architecture = "ppc64" }
            default:
                break
            }
        }
        if architecture == nil, let id = vendorID, ["GenuineIntel", "AuthenticAMD", "HygonGenuine"].contains(id) {
            architecture = (common ?? []).contains("lm") ? "x86_64" : "x86"
        }
        self.vendorID = vendorID
        self.vendorLocation = vendorLocation
        self.flags = common ?? []
        self.flagsLocation = flagsLocation
        self.architecture = architecture
        self.processorCount = processors
    }
}
