/// A fact set shared by reference as the lower layer of others (`FactSet.layered(over:)`).
final class FactSetLayer: Sendable {
    let facts: FactSet

    init(_ facts: FactSet) {
        self.facts = facts
    }
}
