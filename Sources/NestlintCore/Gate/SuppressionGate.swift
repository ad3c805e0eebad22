/// Applies inline suppressions to the findings of one snapshot and lists the ones that silence
/// nothing (reported by NL003 so that stale suppressions surface).
struct SuppressionGate {
    let suppressions: [InlineSuppression]
    let knownRuleIDs: Set<String>

    /// Marks covered findings suppressed; returns the unused suppressions as fact items
    /// (`ids`, `reason`, `problem`), located at their comments.
    func apply(to findings: inout [Finding], range: Range<Int>) -> [FactItem] {
        var used = Set<InlineSuppression>()
        for index in range {
            guard let suppression = suppressions.first(where: { $0.covers(findings[index]) }) else { continue }
            findings[index].suppression = FindingSuppression(
                kind: .inSource, justification: suppression.reason, location: suppression.location)
            used.insert(suppression)
        }
        return suppressions.filter { !used.contains($0) }.map { suppression in
            let unknown = suppression.ruleIDs.filter { !knownRuleIDs.contains($0) }
            let problem: String
            if suppression.ruleIDs.isEmpty {
                problem = "names no rule id"
            } else if suppression.reason.isEmpty {
                problem = "gives no reason after ' -- ', so it does not apply"
            } else if !unknown.isEmpty {
                problem = "names \(unknown.joined(separator: ", ")), which no loaded rule has"
            } else {
                problem = "matches no finding on the next line"
            }
            return FactItem(
                location: suppression.location,
                fields: [
                    "ids": Fact(.string(suppression.ruleIDs.joined(separator: ","))),
                    "reason": Fact(.string(suppression.reason)),
                    "problem": Fact(.string(problem)),
                ])
        }
    }
}
