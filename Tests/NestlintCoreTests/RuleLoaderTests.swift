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

    @Test func mustNotFlagExampleHasNoMarker() {
        let failure = error(Self.valid.replacingOccurrences(of: "- domain: \"<domain/>\"", with: "- domain: \"<domain>↓</domain>\""))
        #expect(failure?.message.contains("has a ↓ marker") == true)
        #expect(failure?.line == 14)
    }

    /// The loader's marker check is the places `materialise` finds, without the file tree.
    @Test func markersAreThePlacesMaterialiseFinds() throws {
        var examples = try RulePackLoader().builtinRules().flatMap(\.examples)
        let inputs: [RuleExample.Input] = [
            .domain(""), .domain("<a/>\r\n↓<b/>"), .domain("↓\u{301}<a/>"), .modprobe("options kvm nested=1 ↓"),
            .bundle(files: [("a", "x"), ("b", "y\n↓z")], links: []), .bundle(files: [("a", "x")], links: [("↓l", "/etc")]),
            .bundle(files: [("a", "x")], links: [("l", "↓")]), .bundle(files: [], links: []),
        ]
        examples += inputs.map { RuleExample(name: "n", mustFlag: true, input: $0, line: 1) }
        for example in examples {
            #expect(example.hasMarkers == !example.materialise().expected.isEmpty, "\(example.input)")
        }
    }

    /// The id and name checks are written out by hand; they accept what their patterns match.
    @Test func idAndNameChecksMatchTheirPatterns() {
        let samples = [
            "NL001", "NL0001", "NL01", "N001", "nl001", "NL001a", "NL-001", "AB\u{661}\u{662}\u{663}", "A\u{301}B123",
            "AB123\u{301}", "\u{FF21}\u{FF22}123", "AB123\n", "", "-", "abc", "a-b", "a--b", "-a", "a-", "a\u{301}b",
            "a1-2b", "kebab-case-name", "Kebab", "a_b", "a b",
        ]
        for sample in samples {
            #expect(RuleNodeReader.isRuleID(sample) == (sample.wholeMatch(of: /[A-Z]{2,}[0-9]{3,}/) != nil), "\(sample)")
            #expect(RuleNodeReader.isKebabCase(sample) == (sample.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil), "\(sample)")
        }
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
