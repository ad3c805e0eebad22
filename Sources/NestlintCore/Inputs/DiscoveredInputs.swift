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
            let snapshots = try discover(argument, index: index)
            inputs.snapshots += snapshots
            if let root = rootDirectory(of: argument), namer(forRoot: root, index: index).baseID != nil {
                inputs.baseDirectories["INPUT\(index + 1)"] = root
            }
        }
        return inputs
    }

    /// The directory an argument's paths are relative to: itself, or a file's parent.
    func rootDirectory(of argument: String) -> String? {
        let absolute = argument.hasPrefix("/") ? argument : workingDirectory + "/" + argument
        guard let canonicalPath = Self.canonical(absolute) else { return nil }
        if case .directory? = DiskFileTree(rootPath: canonicalPath).entryKind(at: "") { return canonicalPath }
        return String(canonicalPath.treeParentAbsolute)
    }
}
