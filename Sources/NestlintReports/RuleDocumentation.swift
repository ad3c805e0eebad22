import NestlintCore

/// A rule's documentation in the same sections for every rule (what it checks, why it matters,
/// how to fix, references), generated from the rule file and never written twice: SARIF help,
/// `rules explain` and the README's rule list all come from here.
public struct RuleDocumentation: Sendable {
    public let rule: Rule

    public init(rule: Rule) {
        self.rule = rule
    }

    public var plainText: String {
        var text = "\(rule.id) \(rule.name) (\(rule.severity.rawValue), \(rule.scope.rawValue))\n\n\(rule.summary)\n\n"
        text += "Why it matters:\n\(rule.rationale)\n\nHow to fix:\n\(rule.fix)\n"
        if !rule.blocks.isEmpty { text += "\nBlocks: \(rule.blocks.map(\.rawValue).joined(separator: ", "))\n" }
        if !rule.references.isEmpty { text += "\nReferences:\n" + rule.references.map { "- \($0)\n" }.joined() }
        return text
    }

    public var markdown: String {
        var text = "**\(rule.id) \(rule.name)** (\(rule.severity.rawValue))\n\n\(rule.summary)\n\n"
        text += "### Why it matters\n\n\(rule.rationale)\n\n### How to fix\n\n\(rule.fix)\n"
        if !rule.blocks.isEmpty { text += "\nBlocks: \(rule.blocks.map { "`\($0.rawValue)`" }.joined(separator: ", "))\n" }
        if !rule.references.isEmpty { text += "\n### References\n\n" + rule.references.map { "- <\($0)>\n" }.joined() }
        return text
    }
}
