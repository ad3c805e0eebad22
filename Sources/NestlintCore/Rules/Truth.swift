/// Three-valued truth for rule conditions (Kleene logic).
///
/// A fact the snapshot does not carry is `unknown`, and a rule reports only when its condition
/// is definitely true: rules whose evidence is missing stay silent (INPUTS.md) without every
/// rule having to guard every fact with `exists`.
public enum Truth: Sendable, Equatable {
    case yes
    case no
    case unknown

    init(_ value: Bool) { self = value ? .yes : .no }

    var negated: Truth {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}
