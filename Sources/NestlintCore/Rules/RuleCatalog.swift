/// The rules of a run: the built-in pack plus user packs, built once and passed in (no global
/// registry). Immutable.
public struct RuleCatalog: Sendable {
    /// Sorted by id.
    public let rules: [Rule]
    public let parameters: ModuleParameterTable
    /// `rules` by scope, computed once: the linter asks for a scope's rules for every unit.
    private let rulesByScope: [RuleScope: [Rule]]

    public init(rules: [Rule], parameters: ModuleParameterTable) throws(RuleFileError) {
        var paths: [String: String] = [:]
        for rule in rules {
            if let earlier = paths[rule.id] {
                throw RuleFileError(path: rule.sourcePath, line: 1, message: "rule \(rule.id) is already defined in \(earlier)")
            }
            paths[rule.id] = rule.sourcePath
        }
        self.rules = rules.sorted { $0.id < $1.id }
        self.parameters = parameters
        self.rulesByScope = Dictionary(grouping: self.rules, by: \.scope)
    }

    public func rule(id: String) -> Rule? { rules.first { $0.id == id } }

    public func rules(in scope: RuleScope) -> [Rule] { rulesByScope[scope] ?? [] }

    /// The same catalog with only `selected` rules (the example verifier lints one rule at a time).
    public func restricted(to selected: [Rule]) -> RuleCatalog {
        try! RuleCatalog(rules: selected, parameters: parameters)
    }
}
