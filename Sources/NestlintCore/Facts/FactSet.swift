/// The facts one rule evaluation can see: named scalars and named collections.
///
/// Host rules see the host's facts; domain rules see the domain's facts plus those of the host
/// it was found on (none for a template), so a missing host simply leaves host facts unknown.
public struct FactSet: Sendable {
    public var facts: [String: Fact] = [:]
    public var collections: [String: [FactItem]] = [:]

    public init(facts: [String: Fact] = [:], collections: [String: [FactItem]] = [:]) {
        self.facts = facts
        self.collections = collections
    }

    public subscript(name: String) -> Fact? {
        get { facts[name] }
        set { facts[name] = newValue }
    }

    /// This set with `other`'s entries added where this one has none.
    public func merging(_ other: FactSet) -> FactSet {
        FactSet(
            facts: facts.merging(other.facts) { mine, _ in mine },
            collections: collections.merging(other.collections) { mine, _ in mine })
    }
}
