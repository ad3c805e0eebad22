/// Why a finding is suppressed (SARIF `suppressions[].justification`).
public struct FindingSuppression: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// An inline `nestlint-ignore` comment (SARIF kind `inSource`).
        case inSource
    }

    public let kind: Kind
    public let justification: String
    public let location: SourceLocation
}
