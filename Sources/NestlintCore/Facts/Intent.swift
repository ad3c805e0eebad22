/// What a domain is for (RULES.md, "Intent"): its role and the operations that must stay
/// possible. Blocker rules report only when an operation they block is required.
public struct Intent: Sendable, Equatable {
    public enum Role: String, Sendable {
        case hypervisor
        case guest
        case unknown
    }

    public enum Source: String, Sendable {
        case metadata
        case configuration
        case bundleEvidence = "bundle-evidence"
        case defaultIntent = "default"
    }

    public var role: Role
    public var operations: Set<Operation>
    public var source: Source
    /// The `<nestlint:intent>` element when the intent came from metadata.
    public var location: SourceLocation?

    public static let defaultIntent = Intent(role: .unknown, operations: Set(Operation.allCases), source: .defaultIntent)
}
