/// A snapshot after reading: its hosts (with their domains) and its stand-alone domain
/// templates.
public struct ReadSnapshot: Sendable {
    public let snapshot: Snapshot
    public var hosts: [HostArtifacts] = []
    /// Templates not tied to any host.
    public var templateDomains: [DomainDocument] = []
    /// Template files read (domains or not), with their problems.
    public var templateFiles: [(reference: ArtifactReference, problems: [ArtifactProblem])] = []

    public init(snapshot: Snapshot) {
        self.snapshot = snapshot
    }
}
