/// One rule of a rule pack, as loaded from its YAML file (README, "Writing a rule").
public struct Rule: Sendable {
    public let id: String
    public let name: String
    public private(set) var severity: Severity
    public let scope: RuleScope
    public let summary: String
    public let rationale: String
    public let fix: String
    public let references: [String]
    /// Operations the problem blocks; for domain rules the intent decides whether to report.
    public let blocks: [Operation]
    /// Artifact kinds the rule reads, for documentation.
    public let reads: [String]
    public let tags: [String]
    /// Host or artifact scope: the collection whose items are reported one by one.
    public let forEach: String?
    /// Domain scope: the elements reported one by one, relative to `<domain>`.
    public let select: XPathQuery?
    /// Values computed relative to each selected element, available as `item.NAME`.
    public let captures: [(name: String, query: XPathQuery)]
    public let condition: Condition?
    /// Without `for-each`/`select`: the fact whose location the finding takes.
    public let at: String?
    /// Facts whose locations become related locations.
    public let related: [String]
    public let message: MessageTemplate
    /// Sentences appended to the message when their condition holds.
    public let notes: [(condition: Condition, text: MessageTemplate)]
    /// Severity changes, first match wins.
    public private(set) var severityOverrides: [(condition: Condition, severity: Severity)]
    /// The exact fix, for rules that know it.
    public let edit: RuleEdit?
    public let examples: [RuleExample]
    /// The rule file, as given (for errors and `rules explain`).
    public let sourcePath: String
    /// The text of the rule file (for `rules explain` and embedding).
    public let sourceText: String

    /// The same rule with a fixed severity (a configuration's `severity:` entry).
    public func withSeverity(_ severity: Severity) -> Rule {
        var rule = self
        rule.severity = severity
        rule.severityOverrides = []
        return rule
    }
}
