import Testing

@testable import NestlintCore

@Suite struct ConfigurationTests {
    @Test func parsesEveryKey() throws {
        let configuration = try ConfigurationLoader().parse(
            path: "/repo/.nestlint.yml",
            text: """
                disable: [nl303]
                severity: {NL301: error}
                intent:
                  - {match: "templates/hv-*.xml", role: hypervisor}
                  - {match: "db-*", operations: []}
                rules: [packs/site]
                max-file-size: 64MiB
                """)
        #expect(configuration.disabled.map(\.id) == ["NL303"])
        #expect(configuration.severities.first?.severity == .error)
        #expect(configuration.intents.count == 2)
        #expect(configuration.intents[1].operations == [])
        #expect(configuration.ruleDirectories == ["/repo/packs/site"])
        #expect(configuration.maxFileSize == 64 << 20)
    }

    @Test func globs() throws {
        #expect(try Glob("templates/*.xml").matches("templates/a.xml"))
        #expect(!(try Glob("templates/*.xml").matches("templates/sub/a.xml")))
        #expect(try Glob("**/hv-*.xml").matches("a/b/hv-1.xml"))
        #expect(try Glob("**/hv-*.xml").matches("hv-1.xml"))
        #expect(try Glob("db-?").matches("db-1"))
        #expect(!(try Glob("a.b").matches("axb")))
    }

    @Test func intentRulesMatchPathSuffixesAndNames() throws {
        let rule = IntentRule(match: try Glob("templates/*.xml"), role: .hypervisor, operations: nil, line: 1)
        #expect(rule.matches(path: "repo/templates/a.xml", domainName: nil))
        #expect(!rule.matches(path: "repo/other/a.xml", domainName: nil))
        let byName = IntentRule(match: try Glob("l1-*"), role: .hypervisor, operations: nil, line: 1)
        #expect(byName.matches(path: "x.xml", domainName: "l1-builder"))
    }
}
