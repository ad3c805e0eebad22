/// What was checked: a suite (an artifact or a host) and the rules evaluated on it. JUnit shows
/// passing cases from this, so a clean run still says what was checked.
public struct Evaluation: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case artifact
        case host
    }

    public let suite: String
    public let kind: Kind
    public let ruleIDs: [String]
}
