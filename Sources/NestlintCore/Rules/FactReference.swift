/// A name in a condition or message: `item.FIELD` for the current collection item or selected
/// element, otherwise a fact of the evaluation's fact set.
public struct FactReference: Sendable, Equatable, CustomStringConvertible {
    public let name: String
    /// `FIELD` of `item.FIELD`, worked out once: conditions ask for every item they test.
    let itemField: String?

    public init(_ name: String) {
        self.name = name
        self.itemField = name.hasPrefix("item.") ? String(name.dropFirst(5)) : nil
    }

    public var description: String { name }

    /// The fact named, in `item` when it names an item field, otherwise in `facts`.
    func resolve(in facts: FactSet, item: FactItem?) -> Fact? {
        if let field = itemField { return item?.fields[field] }
        return facts[name]
    }
}
