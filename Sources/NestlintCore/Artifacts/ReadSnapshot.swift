/// A snapshot after reading: its hosts (with their domains) and its stand-alone domain
/// templates.
public struct ReadSnapshot: Sendable {
    public let snapshot: Snapshot
    public var hosts: [HostArtifacts] = []
    /// Templates not tied to any host.
    public var templateDomains: [DomainDocument] = []
    /// Template files read (domains or not), with their problems.
    public var templateFiles: [(reference: ArtifactReference, problems: [ArtifactProblem])] = []
    /// The bytes of every text or XML artifact read, by file: fixes are placed against them
    /// without reading a file twice.
    public var contents: [SourceFile: [UInt8]] = [:]
    /// `nestlint-ignore` comments found in the artifacts.
    public var suppressions: [InlineSuppression] = []

    public init(snapshot: Snapshot) {
        self.snapshot = snapshot
    }
}
