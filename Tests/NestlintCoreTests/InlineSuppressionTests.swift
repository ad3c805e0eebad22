import Testing

@testable import NestlintCore

@Suite struct InlineSuppressionTests {
    let here = SourceLocation(file: SourceFile(path: "a.conf"), line: 3)

    @Test(arguments: [
        (" nestlint-ignore: NL203 -- lab host", ["NL203"], "lab host"),
        ("nestlint-ignore: NL203,nl301 -- two rules -- one reason", ["NL203", "NL301"], "two rules -- one reason"),
        (" nestlint-ignore: NL401 - the provisioner adds the CPU ", ["NL401"], "the provisioner adds the CPU"),
        ("nestlint-ignore: NL401 — em dash", ["NL401"], "em dash"),
        ("nestlint-ignore: NL401", ["NL401"], ""),
        ("nestlint-ignore: NL401 -no space", ["NL401"], ""),
    ])
    func parses(text: String, ids: [String], reason: String) throws {
        let suppression = try #require(InlineSuppression.parse(comment: text, at: here))
        #expect(suppression.ruleIDs == ids)
        #expect(suppression.reason == reason)
    }

    @Test func ordinaryCommentsAreNotSuppressions() {
        #expect(InlineSuppression.parse(comment: " enable nesting", at: here) == nil)
        #expect(InlineSuppression.parse(comment: "see nestlint-ignore: docs", at: here) == nil)
    }
}
