import Testing

@testable import NestlintCore

/// A broken rule file must fail loudly with its file and the line of the problem.
@Suite struct RuleLoaderTests {
    static let valid = """
        id: XX901
        name: sample-rule
        severity: note
        scope: domain
        summary: s
        rationale: r
        fix: f
        select: devices/hostdev
        message: m
        examples:
          must-flag:
            - domain: "<domain><devices>↓<hostdev/></devices></domain>"
          must-not-flag:
            - domain: "<domain/>"
        """

    func error(_ text: String, path: String = "pack/XX901-sample-rule.yml") -> RuleFileError? {
        do {
            _ = try RuleLoader().load(path: path, text: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func validRuleLoads() throws {
        let rule = try RuleLoader().load(path: "pack/XX901-sample-rule.yml", text: Self.valid)
        #expect(rule.id == "XX901")
        #expect(rule.examples.count == 2)
    }

    @Test func unknownKeyNamesItsLine() {
        let failure = error(Self.valid.replacingOccurrences(of: "fix: f", with: "fix: f\nseverty: error"))
        #expect(failure?.line == 8)
        #expect(failure?.message.contains("unknown key 'severty'") == true)
    }

    @Test func invalidXPathNamesItsLine() {
        let failure = error(Self.valid.replacingOccurrences(of: "select: devices/hostdev", with: "select: devices/hostdev[@type='pci'"))
        #expect(failure?.line == 8)
        #expect(failure?.message.contains("invalid XPath") == true)
    }

    @Test func badYAMLNamesItsLine() {
        let failure = error(Self.valid.replacingOccurrences(of: "message: m", with: "message: [unclosed"))
        #expect(failure != nil)
        #expect((failure?.line ?? 0) >= 9)
    }

    @Test func fileNameMustStartWithTheID() {
        let failure = error(Self.valid, path: "pack/XX902-sample-rule.yml")
        #expect(failure?.message.contains("expected 'XX901-<name>.yml'") == true)
    }

    @Test func mustFlagExampleNeedsAMarker() {
        let failure = error(Self.valid.replacingOccurrences(of: "↓", with: ""))
        #expect(failure?.message.contains("marks no line") == true)
        #expect(failure?.line == 12)
    }

    @Test func itemFieldsNeedItems() {
        let text = Self.valid.replacingOccurrences(of: "select: devices/hostdev\n", with: "").replacingOccurrences(
            of: "message: m", with: "message: \"{item.x}\"")
        #expect(error(text)?.message.contains("names an item field") == true)
    }

    @Test func hostRulesNeedALocation() {
        let text = Self.valid.replacingOccurrences(of: "scope: domain", with: "scope: host").replacingOccurrences(
            of: "select: devices/hostdev\n", with: "")
        #expect(error(text)?.message.contains("needs for-each or at") == true)
    }
}
