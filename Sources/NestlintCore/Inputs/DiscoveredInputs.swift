/// All snapshots found from the PATH arguments of one run, plus the SARIF base directories
/// for arguments outside the working directory.
public struct DiscoveredInputs: Sendable {
    public var snapshots: [Snapshot] = []
    /// Base id (`INPUT1`…) -> absolute directory.
    public var baseDirectories: [String: String] = [:]

    public init() {}
}

extension InputDiscovery {
    /// Discovers every argument in order.
    public func discover(arguments: [String]) throws(InputError) -> DiscoveredInputs {
        var inputs = DiscoveredInputs()
        for (index, argument) in arguments.enumerated() {
            inputs.snapshots += try discover(argument, index: index)
        }
        inputs.baseDirectories = baseDirectories(of: arguments)
        return inputs
    }

    /// SARIF `originalUriBaseIds` for the arguments outside the working directory:
    /// `INPUT<n>` -> the directory that argument's paths are relative to.
    func baseDirectories(of arguments: [String]) -> [String: String] {
        var directories: [String: String] = [:]
        for (index, argument) in arguments.enumerated() {
            if let root = rootDirectory(of: argument), namer(forRoot: root, index: index).baseID != nil {
                directories["INPUT\(index + 1)"] = root
            }
        }
        return directories
    }

    /// The directory an argument's paths are relative to: itself, or a file's parent.
    func rootDirectory(of argument: String) -> String? {
        let absolute = argument.hasPrefix("/") ? argument : workingDirectory + "/" + argument
        guard let canonicalPath = Self.canonical(absolute) else { return nil }
        if case .directory? = DiskFileTree(rootPath: canonicalPath).entryKind(at: "") { return canonicalPath }
        return String(canonicalPath.treeParentAbsolute)
    }
}
