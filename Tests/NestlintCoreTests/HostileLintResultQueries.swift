import NestlintCore

extension LintResult {
    /// `path:line` of every finding of a rule.
    func places(of ruleID: String) -> [String] {
        findings.filter { $0.ruleID == ruleID }.map { "\($0.location.file.path):\($0.location.line)" }
    }

    /// The findings of one rule at one file.
    func findings(_ ruleID: String, at path: String) -> [Finding] {
        findings.filter { $0.ruleID == ruleID && $0.location.file.path == path }
    }

    /// Every string a report could show: messages, excerpts, related places.
    var allText: String {
        findings.map { finding in
            ([finding.message, finding.location.excerpt, finding.location.file.path]
                + finding.related.flatMap { [$0.message, $0.location.excerpt, $0.location.file.path] }).joined(separator: "\n")
        }.joined(separator: "\n") + notifications.map(\.message).joined(separator: "\n")
    }
}
