/// A file nestlint could not use as intended: material for NL001 (malformed XML) and NL002
/// (unreadable artifact). Bad inputs never stop a run; they become findings.
public struct ArtifactProblem: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case malformedXML = "malformed-xml"
        case unreadable
    }

    public let kind: Kind
    public let location: SourceLocation
    public let message: String

    public init(kind: Kind, location: SourceLocation, message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }
}
