/// `/proc/cmdline`: the kernel's boot parameters.
///
/// `<module>.<param>=<value>` tokens reach a module after every modprobe.d `options` line
/// (kmod appends them), so they win; `modprobe.blacklist=a,b` acts like `blacklist`.
public struct KernelCommandLine: Sendable {
    /// One `module.param[=value]` token.
    public struct ModuleParameter: Sendable {
        public let module: String
        public let parameter: String
        public let value: String?
        public let token: String
    }

    public let location: SourceLocation
    public let tokens: [String]
    /// The `module.param[=value]` tokens, in order. Worked out once: the effective options,
    /// the KVM blocks and NL208 each ask for them.
    public let moduleParameters: [ModuleParameter]
    /// Modules named by `modprobe.blacklist=` (folded).
    public let blacklistedModules: [String]

    public init(file: SourceFile, lines: TextLines) {
        let text = lines.lines.first ?? ""
        self.location = SourceLocation(file: file, line: 1, excerpt: text.trimmingWhitespace)
        self.tokens = Self.split(text)
        self.moduleParameters = Self.moduleParameters(of: tokens)
        self.blacklistedModules = moduleParameters.filter { $0.module == "modprobe" && $0.parameter == "blacklist" }
            .flatMap { ($0.value ?? "").split(separator: ",").map { ModuleName.fold(String($0)) } }
    }

    /// Splits on white space; double quotes group a value with spaces, as the kernel does.
    static func split(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                quoted.toggle()
            } else if (character == " " || character == "\t" || character == "\n") && !quoted {
                if !current.isEmpty { tokens.append(current) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func moduleParameters(of tokens: [String]) -> [ModuleParameter] {
        tokens.compactMap { token in
            let assignment = token.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(assignment[0])
            guard let dot = key.firstIndex(of: "."), dot != key.startIndex, key.index(after: dot) != key.endIndex
            else { return nil }
            return ModuleParameter(
                module: ModuleName.fold(String(key[..<dot])),
                parameter: ModuleName.fold(String(key[key.index(after: dot)...])),
                value: assignment.count > 1 ? String(assignment[1]) : nil,
                token: token)
        }
    }
}
