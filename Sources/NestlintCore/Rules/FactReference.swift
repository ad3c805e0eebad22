/// A name in a condition or message: `item.FIELD` for the current collection item or selected
/// element, otherwise a fact of the evaluation's fact set.
public struct FactReference: Sendable, Equatable, CustomStringConvertible {
    public let name: String

    public init(_ name: String) {
        self.name = name
    }

    public var description: String { name }

    var itemField: String? {
        name.hasPrefix("item.") ? String(name.dropFirst(5)) : nil
    }

    /// The fact named, in `item` when it names an item field, otherwise in `facts`.
    func resolve(in facts: FactSet, item: FactItem?) -> Fact? {
        if let field = itemField { return item?.fields[field] }
        return facts[name]
    }
}
