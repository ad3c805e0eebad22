/// The value of a named fact: what rule conditions compare.
public enum FactValue: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case int(Int)
    case string(String)
    case list([String])
    case version(KernelVersion)

    public var description: String {
        switch self {
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .string(let value): value
        case .list(let values): values.joined(separator: " ")
        case .version(let value): value.release
        }
    }
}
