/// A constant in a rule condition, compared with a fact's value.
public enum FactLiteral: Sendable, Equatable, CustomStringConvertible {
    case bool(Bool)
    case int(Int)
    case string(String)

    public var description: String {
        switch self {
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .string(let value): value
        }
    }

    /// Equality across the value kinds a fact can have (a version compares by release).
    func equals(_ value: FactValue) -> Bool {
        switch (self, value) {
        case (.bool(let left), .bool(let right)): left == right
        case (.int(let left), .int(let right)): left == right
        case (.string(let left), .string(let right)): left == right
        case (.string(let left), .version(let right)):
            KernelVersion(release: left).map { $0 == right } ?? false
        case (.int(let left), .string(let right)): String(left) == right
        default: false
        }
    }

    /// `value` compared with this literal: negative, zero or positive; `nil` when they do not
    /// compare (a string with a number).
    func order(of value: FactValue) -> Int? {
        switch (value, self) {
        case (.int(let left), .int(let right)): left < right ? -1 : (left == right ? 0 : 1)
        case (.version(let left), .string(let right)):
            KernelVersion(release: right).map { left < $0 ? -1 : (left == $0 ? 0 : 1) }
        case (.version(let left), .int(let right)):
            left.components[0] < right ? -1 : (left.components[0] == right ? 0 : 1)
        default: nil
        }
    }
}
