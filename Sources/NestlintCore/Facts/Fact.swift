/// A named value derived from the artifacts, with where it came from.
public struct Fact: Sendable, Equatable {
    public var value: FactValue
    /// The place a finding built on this fact points at.
    public var location: SourceLocation?
    /// Further places that led to the value (for an effective option: the overridden ones).
    public var related: [RelatedLocation]
    /// The text as written in the artifact (`N`, `Y`, `nested=1`), for messages.
    public var raw: String?

    public init(_ value: FactValue, at location: SourceLocation? = nil, raw: String? = nil, related: [RelatedLocation] = []) {
        self.value = value
        self.location = location
        self.related = related
        self.raw = raw
    }
}
