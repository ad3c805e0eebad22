/// One rule of a rule pack, as loaded from its YAML file (README, "Writing a rule").
///
/// A class, though immutable: the linter hands each rule to every document it evaluates, and a
/// struct of this many references was copied (each one retained and released) every time.
public final class Rule: Sendable {
    public let id: String
    public let name: String
    public let severity: Severity
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
    public let severityOverrides: [(condition: Condition, severity: Severity)]
    /// The exact fix, for rules that know it.
    public let edit: RuleEdit?
    public let examples: [RuleExample]
    /// The rule file, as given (for errors and `rules explain`).
    public let sourcePath: String
    /// The text of the rule file (for `rules explain` and embedding).
    public let sourceText: String

    public init(
        id: String,
        name: String,
        severity: Severity,
        scope: RuleScope,
        summary: String,
        rationale: String,
        fix: String,
        references: [String],
        blocks: [Operation],
        reads: [String],
        tags: [String],
        forEach: String?,
        select: XPathQuery?,
        captures: [(name: String, query: XPathQuery)],
        condition: Condition?,
        at: String?,
        related: [String],
        message: MessageTemplate,
        notes: [(condition: Condition, text: MessageTemplate)],
        severityOverrides: [(condition: Condition, severity: Severity)],
        edit: RuleEdit?,
        examples: [RuleExample],
        sourcePath: String,
        sourceText: String
    ) {
        self.id = id
        self.name = name
        self.severity = severity
        self.scope = scope
        self.summary = summary
        self.rationale = rationale
        self.fix = fix
        self.references = references
        self.blocks = blocks
        self.reads = reads
        self.tags = tags
        self.forEach = forEach
        self.select = select
        self.captures = captures
        self.condition = condition
        self.at = at
        self.related = related
        self.message = message
        self.notes = notes
        self.severityOverrides = severityOverrides
        self.edit = edit
        self.examples = examples
        self.sourcePath = sourcePath
        self.sourceText = sourceText
    }

    /// The same rule with a fixed severity (a configuration's `severity:` entry).
    public func withSeverity(_ severity: Severity) -> Rule {
        Rule(
            id: id, name: name, severity: severity, scope: scope, summary: summary, rationale: rationale, fix: fix, references: references,
            blocks: blocks, reads: reads, tags: tags, forEach: forEach, select: select, captures: captures, condition: condition, at: at,
            related: related, message: message, notes: notes, severityOverrides: [], edit: edit, examples: examples, sourcePath: sourcePath,
            sourceText: sourceText)
    }
}
