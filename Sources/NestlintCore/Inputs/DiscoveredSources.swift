/// Every unit found from the PATH arguments of one run, not yet opened, plus the SARIF base
/// directories for arguments outside the working directory (as `DiscoveredInputs`).
public struct DiscoveredSources: Sendable {
    public var sources: [SnapshotSource] = []
    /// Base id (`INPUT1`…) -> absolute directory.
    public var baseDirectories: [String: String] = [:]

    public init() {}
}

extension InputDiscovery {
    /// Discovers every argument in order, one source per bundle, archive or template file.
    public func discoverSources(arguments: [String]) throws(InputError) -> DiscoveredSources {
        var discovered = DiscoveredSources()
        for (index, argument) in arguments.enumerated() {
            discovered.sources += try sources(argument, index: index)
        }
        discovered.baseDirectories = baseDirectories(of: arguments)
        return discovered
    }
}
