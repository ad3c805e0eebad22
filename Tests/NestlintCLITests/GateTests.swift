import Foundation
import Testing

/// The CI gate as a new user tries it: configuration, inline suppressions, baselines, fixes and
/// GitHub annotations.
@Suite struct GateTests {
    static let hypervisorTemplate = """
        <domain type='kvm'>
          <name>l1</name>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
        </domain>

        """

    func sarif(_ text: String) throws -> [[String: Any]] {
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        return ((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
    }

    @Test func configDisableAndSeverityTakeEffect() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        var outcome = try CommandLineRunner.run(["lint", "host1", "--fail-on", "warning"], in: scratch.url)
        #expect(outcome.status == 1)
        try scratch.write(".nestlint.yml", "disable: [NL203]\nseverity:\n  NL301: note\n")
        outcome = try CommandLineRunner.run(["lint", "host1", "--fail-on", "warning"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(!outcome.output.contains("[NL203]"))
        #expect(outcome.output.contains("note: [NL301]"))
    }

    @Test func configIsFoundFromTheLintedDirectoryUpward() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        try scratch.write(".nestlint.yml", "disable: [NL401]\n")
        let outcome = try CommandLineRunner.run(["lint", scratch.path("templates")])
        #expect(outcome.status == 0, "\(outcome.output)")
    }

    @Test func unknownConfigKeyIsATwoNamingTheFileAndLine() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        try scratch.write(".nestlint.yml", "disable: [NL203]\nseverities:\n  NL301: note\n")
        let outcome = try CommandLineRunner.run(["lint", "host1"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.error.contains(".nestlint.yml:2:"))
        #expect(outcome.error.contains("unknown key 'severities'"))
    }

    @Test func badConfigValuesAreTwos() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        for (text, line) in [
            ("severity:\n  NL301: fatal\n", 2), ("disable: [NL999]\n", 1), ("intent:\n  - match: '*.xml'\n    role: boss\n", 3),
            ("max-file-size: -1\n", 1),
        ] {
            try scratch.write("custom.yml", text)
            let outcome = try CommandLineRunner.run(["lint", "host1", "--config", "custom.yml"], in: scratch.url)
            #expect(outcome.status == 2, "\(text)")
            #expect(outcome.error.contains("custom.yml:\(line):"), "\(outcome.error)")
        }
    }

    @Test func configIntentGlobsDecideRoles() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("templates/l1-hv.xml", "<domain type='kvm'><name>l1</name></domain>\n")
        #expect(try CommandLineRunner.run(["lint", "templates"], in: scratch.url).status == 0)
        try scratch.write(".nestlint.yml", "intent:\n  - match: 'templates/l1-*.xml'\n    role: hypervisor\n")
        let outcome = try CommandLineRunner.run(["lint", "templates"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.output.contains("[NL401]"))
    }

    @Test func inlineSuppressionKeepsItsReasonAndPasses() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write(
            "templates/l1.xml", "<!-- nestlint-ignore: NL401 - the CPU is added by the provisioner -->\n" + Self.hypervisorTemplate)
        let outcome = try CommandLineRunner.run(["lint", "templates", "--format", "sarif"], in: scratch.url)
        #expect(outcome.status == 0)
        let result = try #require(try sarif(outcome.output).first { $0["ruleId"] as? String == "NL401" })
        let suppression = try #require((result["suppressions"] as? [[String: Any]])?.first)
        #expect(suppression["kind"] as? String == "inSource")
        #expect(suppression["justification"] as? String == "the CPU is added by the provisioner")
        let text = try CommandLineRunner.run(["lint", "templates"], in: scratch.url)
        #expect(text.output.contains("(suppressed: the CPU is added by the provisioner)"))
        let junit = try CommandLineRunner.run(["lint", "templates", "--format", "junit"], in: scratch.url)
        #expect(!junit.output.contains("<failure"))
        #expect(junit.output.contains("suppressed: the CPU is added by the provisioner"))
    }

    @Test func doubleHyphenInAnXMLCommentGetsAHint() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("templates/l1.xml", "<!-- nestlint-ignore: NL401 -- reason -->\n" + Self.hypervisorTemplate)
        let outcome = try CommandLineRunner.run(["lint", "templates"], in: scratch.url)
        #expect(outcome.output.contains("templates/l1.xml:1: error: [NL001]"))
        #expect(outcome.output.contains("nestlint-ignore: ID - reason"))
    }

    @Test func staleSuppressionIsANote() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("roles/kvm/modprobe.d/kvm.conf", "# nestlint-ignore: NL104 -- old kernels\noptions kvm_intel nested=1\n")
        let outcome = try CommandLineRunner.run(["lint", "roles"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("roles/kvm/modprobe.d/kvm.conf:1: note: [NL003]"))
    }

    @Test func baselineMakesOldFindingsPassAndNewOnesFail() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("templates/a.xml", Self.hypervisorTemplate)
        let first = try CommandLineRunner.run(["lint", "templates", "--format", "sarif", "--output", "baseline.sarif"], in: scratch.url)
        #expect(first.status == 1)
        // Unrelated edit: lines inserted above the finding keep its fingerprint.
        try scratch.write("templates/a.xml", "<!-- reformatted -->\n\n" + Self.hypervisorTemplate)
        var outcome = try CommandLineRunner.run(
            ["lint", "templates", "--baseline", "baseline.sarif", "--format", "sarif"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(try sarif(outcome.output).allSatisfy { $0["baselineState"] as? String == "unchanged" })
        try scratch.write("templates/b.xml", Self.hypervisorTemplate.replacingOccurrences(of: "l1", with: "l1b"))
        outcome = try CommandLineRunner.run(["lint", "templates", "--baseline", "baseline.sarif", "--format", "sarif"], in: scratch.url)
        #expect(outcome.status == 1)
        let states = try sarif(outcome.output).map { "\($0["baselineState"] as? String ?? "")" }
        #expect(states.sorted() == ["new", "unchanged"])
        try FileManager.default.removeItem(atPath: scratch.path("templates/a.xml"))
        outcome = try CommandLineRunner.run(["lint", "templates", "--baseline", "baseline.sarif", "--format", "sarif"], in: scratch.url)
        #expect(try sarif(outcome.output).map { "\($0["baselineState"] as? String ?? "")" }.sorted() == ["absent", "new"])
    }

    @Test func unusableBaselineIsATwo() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("templates/a.xml", Self.hypervisorTemplate)
        try scratch.write("bad.sarif", "{\"runs\": 3}")
        #expect(try CommandLineRunner.run(["lint", "templates", "--baseline", "bad.sarif"], in: scratch.url).status == 2)
        #expect(try CommandLineRunner.run(["lint", "templates", "--baseline", "missing.sarif"], in: scratch.url).status == 2)
    }

    static let fixPack = """
        id: XX300
        name: amd-nested-not-integer
        severity: error
        scope: host
        summary: s
        rationale: r
        fix: f
        for-each: modprobe.assignments
        when:
          all:
            - {fact: item.module, equals: kvm_amd}
            - {fact: item.parameter, equals: nested}
            - {fact: item.value, in: ["Y", "y"]}
        message: "kvm_amd nested is an integer"
        edit:
          description: Use the integer kvm_amd accepts
          find: "{item.token}"
          replace: "nested=1"
        examples:
          must-flag:
            - modprobe: "↓options kvm_amd nested=Y\\n"
          must-not-flag:
            - modprobe: "options kvm_amd nested=1\\n"

        """

    @Test func fixAppliesExactEditsToTemplatesOnly() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("pack/XX300-amd-nested-not-integer.yml", Self.fixPack)
        let config = try scratch.write("repo/modprobe.d/kvm.conf", "# AMD hosts\r\noptions kvm_amd nested=Y npt=1\r\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: config.path)
        try scratch.write("bundle/proc/cpuinfo", "vendor_id\t: AuthenticAMD\nflags\t\t: svm lm\n")
        try scratch.write("bundle/etc/modprobe.d/kvm.conf", "options kvm_amd nested=Y\n")

        let dry = try CommandLineRunner.run(["fix", "repo", "bundle", "--rules", "pack", "--dry-run"], in: scratch.url)
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("-options kvm_amd nested=Y npt=1\n+options kvm_amd nested=1 npt=1"))
        #expect(try String(contentsOf: config, encoding: .utf8).contains("nested=Y"), "--dry-run writes nothing")

        let fix = try CommandLineRunner.run(["fix", "repo", "bundle", "--rules", "pack"], in: scratch.url)
        #expect(fix.status == 0)
        #expect(fix.error.contains("fixed 1 finding(s) in 1 file(s)"))
        #expect(fix.error.contains("inside bundles left alone"))
        #expect(try String(contentsOf: config, encoding: .utf8) == "# AMD hosts\r\noptions kvm_amd nested=1 npt=1\r\n")
        let mode = try FileManager.default.attributesOfItem(atPath: config.path)[.posixPermissions] as? Int
        #expect(mode == 0o640)
        #expect(try String(contentsOfFile: scratch.path("bundle/etc/modprobe.d/kvm.conf"), encoding: .utf8).contains("nested=Y"))
        let relint = try CommandLineRunner.run(["lint", "repo", "--rules", "pack"], in: scratch.url)
        #expect(!relint.output.contains("XX300"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.path("repo/modprobe.d"))
        #expect(leftovers == ["kvm.conf"], "no temporary file left behind")
    }

    /// The built-in NL404 edit on a copy of a shipped fixture: the re-lint no longer shows it.
    @Test func builtinFixOnACopyOfTheFixtures() throws {
        let scratch = try TemporaryDirectory()
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/templates/custom-cpu-forced-vmx.xml")
        try scratch.write("templates/forced.xml", try String(contentsOf: fixture, encoding: .utf8))
        let before = try CommandLineRunner.run(["lint", "templates", "--fail-on", "never"], in: scratch.url)
        #expect(before.output.contains("[NL404]"))
        let fix = try CommandLineRunner.run(["fix", "templates"], in: scratch.url)
        #expect(fix.status == 0)
        #expect(try String(contentsOfFile: scratch.path("templates/forced.xml"), encoding: .utf8).contains("check='partial'"))
        let after = try CommandLineRunner.run(["lint", "templates", "--fail-on", "never"], in: scratch.url)
        #expect(!after.output.contains("[NL404]"))
    }

    @Test func sarifCarriesFixes() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("pack/XX300-amd-nested-not-integer.yml", Self.fixPack)
        try scratch.write("repo/modprobe.d/kvm.conf", "options kvm_amd nested=Y\n")
        let outcome = try CommandLineRunner.run(["lint", "repo", "--rules", "pack", "--format", "sarif"], in: scratch.url)
        let result = try #require(try sarif(outcome.output).first { $0["ruleId"] as? String == "XX300" })
        let fix = try #require((result["fixes"] as? [[String: Any]])?.first)
        let replacement = try #require(((fix["artifactChanges"] as? [[String: Any]])?.first?["replacements"] as? [[String: Any]])?.first)
        let region = try #require(replacement["deletedRegion"] as? [String: Any])
        #expect(region["startLine"] as? Int == 1 && region["startColumn"] as? Int == 17 && region["endColumn"] as? Int == 25)
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "nested=1")
    }

    @Test func githubAnnotations() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(["lint", "host1", "templates", "--format", "github"], in: scratch.url)
        #expect(outcome.output.contains("::error file=templates/l1.xml,line=1,title=NL401 hypervisor-guest-without-virt-extension::"))
        #expect(outcome.output.contains("::warning file=host1/etc/modprobe.d/kvm.conf,line=2,title=NL301"))
    }
}
