/// The facts one rule evaluation can see: named scalars and named collections.
///
/// Host rules see the host's facts; domain rules see the domain's facts over those of the host
/// it was found on (none for a template), so a missing host simply leaves host facts unknown.
public struct FactSet: Sendable {
    public var facts: [String: Fact] = [:]
    public var collections: [String: [FactItem]] = [:]
    /// Looked up for a name this set does not have: the host's facts under a domain's. Shared,
    /// not copied: a host with many domains would otherwise copy its facts into every one.
    private var lower: FactSetLayer?

    public init(facts: [String: Fact] = [:], collections: [String: [FactItem]] = [:]) {
        self.facts = facts
        self.collections = collections
    }

    public subscript(name: String) -> Fact? {
        get { facts[name] ?? lower?.facts[name] }
        set { facts[name] = newValue }
    }

    /// The collection of this name, from this set or else from the one below it.
    public func collection(named name: String) -> [FactItem]? {
        collections[name] ?? lower?.facts.collection(named: name)
    }

    /// This set, seeing `other`'s entries where it has none of the name.
    public func layered(over other: FactSet) -> FactSet {
        var layered = self
        if let lower {
            layered.lower = FactSetLayer(lower.facts.layered(over: other))
        } else {
            layered.lower = FactSetLayer(other)
        }
        return layered
    }
}
