import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Loads rule packs: the built-in pack embedded in the binary, and user packs from directories.
///
/// A pack is a directory of `*.yml` rule files, one rule per file named `<ID>-<name>.yml`.
/// Sub-directories are not rules (the built-in pack keeps its data tables in `data/`).
public struct RulePackLoader: Sendable {
    public static let parameterTablePath = "data/module-parameters.yml"

    public init() {}

    /// The built-in pack, read from `rules/` when `BuiltinRulePack` was generated: every run
    /// starts with it, and reading the YAML each time took longer than linting a small input.
    /// A test checks that the rules are what `RuleLoader` reads from the embedded files.
    public func builtinRules() throws(RuleFileError) -> [Rule] {
        try Self.builtinPack.get().rules
    }

    /// The built-in parameter table, read when `BuiltinRulePack` was generated (as the rules).
    public func builtinParameterTable() throws(RuleFileError) -> ModuleParameterTable {
        try Self.builtinPack.get().parameters
    }

    /// The built-in rules (their queries compiled and analysed) and parameter table, built once
    /// per process: a few milliseconds, which `prepareBuiltinPack` can spend on another core.
    private static let builtinPack = Result { () throws(RuleFileError) in
        (rules: try BuiltinRulePack.rules(), parameters: BuiltinRulePack.parameterTable())
    }

    /// Starts building the built-in pack on another thread, so that a command finds it built:
    /// the command line is parsed meanwhile (swift-argument-parser takes as long), before any
    /// command can ask for the rules. A caller that asks before it is done waits for it.
    public static func prepareBuiltinPack() {
        DispatchQueue.global(qos: .userInitiated).async { _ = builtinPack }
    }

    /// Every rule file of a directory, sorted by name.
    public func rules(inDirectory directory: String) throws(RuleFileError) -> [Rule] {
        let tree = DiskFileTree(rootPath: directory)
        guard tree.entryKind(at: "") == .directory || isDirectoryFollowingLinks(directory) else {
            throw RuleFileError(path: directory, line: 1, message: "not a directory of rule files")
        }
        var rules: [Rule] = []
        for name in tree.childNames(of: "") where (name.hasSuffix(".yml") || name.hasSuffix(".yaml")) && !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let bytes: [UInt8]
            do {
                bytes = try tree.readFile(at: name, limit: 1 << 20)
            } catch {
                throw RuleFileError(path: path, line: 1, message: "cannot read: \(error)")
            }
            rules.append(try RuleLoader().load(path: path, text: String(decoding: bytes, as: UTF8.self)))
        }
        if rules.isEmpty {
            throw RuleFileError(path: directory, line: 1, message: "no rule files (*.yml) in this directory")
        }
        return rules
    }

    /// The built-in catalog plus the packs in `directories`.
    public func catalog(userDirectories directories: [String], includeBuiltin: Bool = true) throws(RuleFileError) -> RuleCatalog {
        var rules = includeBuiltin ? try builtinRules() : []
        for directory in directories { rules += try self.rules(inDirectory: directory) }
        return try RuleCatalog(rules: rules, parameters: try builtinParameterTable())
    }

    private func isDirectoryFollowingLinks(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }
}
