import Foundation
import Testing

@testable import NestlintCore

/// The README's rule list is generated from the rule files; this test keeps it current.
/// Regenerate with `NESTLINT_REGENERATE=1 swift test --filter ReadmeRuleList`.
@Suite struct ReadmeRuleListTests {
    static let begin = "<!-- BEGIN RULES (generated) -->\n"
    static let end = "<!-- END RULES -->"
    static let readme = RepositoryPaths.root.appendingPathComponent("README.md")

    static func table(_ rules: [Rule]) -> String {
        var text = "| id | name | severity | scope | blocks | summary |\n|---|---|---|---|---|---|\n"
        for rule in rules {
            let blocks = rule.blocks.map(\.rawValue).joined(separator: ", ")
            let summary = rule.summary.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
            text += "| \(rule.id) | \(rule.name) | \(rule.severity.rawValue) | \(rule.scope.rawValue) | \(blocks) | \(summary) |\n"
        }
        return text
    }

    @Test func ruleListIsCurrent() throws {
        let rules = try RulePackLoader().rules(inDirectory: RepositoryPaths.rules.path).sorted { $0.id < $1.id }
        let readme = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(readme.range(of: Self.begin), "README.md lacks \(Self.begin)")
        let stop = try #require(readme.range(of: Self.end, range: start.upperBound..<readme.endIndex))
        let expected = Self.table(rules)
        let current = String(readme[start.upperBound..<stop.lowerBound])
        if RepositoryPaths.regenerate && current != expected {
            try (readme[..<start.upperBound] + expected + readme[stop.lowerBound...]).write(
                to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(current == expected, "README.md rule list is stale: run NESTLINT_REGENERATE=1 swift test --filter ReadmeRuleList")
    }
}
