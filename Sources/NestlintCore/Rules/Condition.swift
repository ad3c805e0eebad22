import Foundation

/// A rule's declarative condition (README, "The condition language").
public indirect enum Condition: Sendable {
    case all([Condition])
    case any([Condition])
    case not(Condition)
    /// Whether the fact is present at all (never unknown).
    case exists(FactReference)
    case compare(FactReference, Comparison)
    /// An XPath 1.0 expression over the domain, true when its result is a non-empty node set,
    /// a true boolean, a non-zero number or a non-empty string. Unknown outside domain scope.
    case xpath(XPathQuery)

    /// Evaluates the condition with Kleene logic (see `Truth`).
    func evaluate(_ context: ConditionContext) -> Truth {
        switch self {
        case .all(let conditions):
            var result = Truth.yes
            for condition in conditions {
                switch condition.evaluate(context) {
                case .no: return .no
                case .unknown: result = .unknown
                case .yes: break
                }
            }
            return result
        case .any(let conditions):
            var result = Truth.no
            for condition in conditions {
                switch condition.evaluate(context) {
                case .yes: return .yes
                case .unknown: result = .unknown
                case .no: break
                }
            }
            return result
        case .not(let condition):
            return condition.evaluate(context).negated
        case .exists(let reference):
            if context.itemIsUnknown, reference.itemField != nil { return .unknown }
            return Truth(reference.resolve(in: context.facts, item: context.item) != nil)
        case .compare(let reference, let comparison):
            if context.itemIsUnknown, reference.itemField != nil { return .unknown }
            guard let fact = reference.resolve(in: context.facts, item: context.item) else { return .unknown }
            return comparison.evaluate(fact.value)
        case .xpath(let query):
            guard let document = context.document else { return .unknown }
            let values = document.document.evaluate(query, contextPath: document.domainPath, withText: false)
            if values.isEmpty { return .no }
            if values.count > 1 { return .yes }
            switch values[0] {
            case .node: return .yes
            case .boolean(let value): return Truth(value)
            case .number(let value): return Truth(value != 0 && !value.isNaN)
            case .string(let value): return Truth(!value.isEmpty)
            }
        }
    }
}

/// What a condition is evaluated against.
struct ConditionContext {
    let facts: FactSet
    let item: FactItem?
    let document: DomainDocument?
    /// Every `item.` reference is unknown, whatever `item` holds: for asking whether a rule
    /// can report at all before its items are selected. Kleene logic is monotone (an unknown
    /// that becomes known never turns a definite answer around), so a definite `no` here is
    /// `no` for every item.
    var itemIsUnknown = false
}

/// A comparison of one fact with constants.
public enum Comparison: Sendable {
    case equals(FactLiteral)
    case notEquals(FactLiteral)
    case oneOf([FactLiteral])
    /// A regular expression that must match somewhere in the value's text.
    case matches(RegularExpression)
    /// Numbers and kernel versions: value >= literal.
    case atLeast(FactLiteral)
    /// Numbers and kernel versions: value < literal.
    case below(FactLiteral)
    /// List facts: the list holds the literal.
    case contains(FactLiteral)

    func evaluate(_ value: FactValue) -> Truth {
        switch self {
        case .equals(let literal): return Truth(literal.equals(value))
        case .notEquals(let literal): return Truth(!literal.equals(value))
        case .oneOf(let literals): return Truth(literals.contains { $0.equals(value) })
        case .matches(let expression): return Truth(expression.matches(value.description))
        case .atLeast(let literal):
            guard let order = literal.order(of: value) else { return .unknown }
            return Truth(order >= 0)
        case .below(let literal):
            guard let order = literal.order(of: value) else { return .unknown }
            return Truth(order < 0)
        case .contains(let literal):
            guard case .list(let values) = value else { return Truth(literal.equals(value)) }
            return Truth(values.contains(literal.description))
        }
    }
}

/// A compiled regular expression (NSRegularExpression is immutable and thread-safe).
public struct RegularExpression: @unchecked Sendable {
    public let pattern: String
    let compiled: NSRegularExpression

    public init(_ pattern: String) throws {
        self.pattern = pattern
        self.compiled = try NSRegularExpression(pattern: pattern)
    }

    func matches(_ text: String) -> Bool {
        compiled.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
