import Testing

@testable import NestlintCore

/// Every built-in rule's must-flag / must-not-flag examples, one test case per rule, through
/// the same verifier as `nestlint rules test`.
@Suite struct RuleExampleTests {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    @Test(arguments: catalog.rules.map(\.id))
    func examplesPass(ruleID: String) throws {
        let rule = try #require(Self.catalog.rule(id: ruleID))
        let failures = ExampleVerifier(catalog: Self.catalog).verify(rule)
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }

    @Test func everyRuleHasBothKindsOfExample() {
        for rule in Self.catalog.rules {
            #expect(rule.examples.contains { $0.mustFlag }, "\(rule.id) has no must-flag example")
            #expect(rule.examples.contains { !$0.mustFlag }, "\(rule.id) has no must-not-flag example")
        }
    }

    @Test func aWrongMarkedLineFailsVerification() throws {
        let text = """
            id: XX900
            name: wrong-marker
            severity: warning
            scope: host
            summary: s
            rationale: r
            fix: f
            at: runtime.nested
            when: {fact: runtime.nested, is: false}
            message: m
            examples:
              must-flag:
                - bundle:
                    proc/cpuinfo: "↓vendor_id\\t: GenuineIntel\\nflags\\t\\t: vmx\\n"
                    sys/module/kvm_intel/parameters/nested: "N\\n"
              must-not-flag:
                - bundle:
                    sys/module/kvm_intel/parameters/nested: "Y\\n"
            """
        let rule = try RuleLoader().load(path: "pack/XX900-wrong-marker.yml", text: text)
        // The verifier lints with its whole catalog, so the rule must be in it.
        let catalog = try RuleCatalog(rules: Self.catalog.rules + [rule], parameters: Self.catalog.parameters)
        let failures = ExampleVerifier(catalog: catalog).verify(rule)
        #expect(failures.count == 1)
        #expect(failures.first?.detail.contains("expected a finding at proc/cpuinfo:1") == true)
        #expect(failures.first?.detail.contains("sys/module/kvm_intel/parameters/nested:1") == true)
    }
}
