import Foundation
import Testing

/// The command line as a user meets it: formats, reports, exit status 0 / 1 / 2 / 64.
@Suite struct CommandLineTests {
    @Test func sarifOnStandardOutputWithoutNamingTheLintCommand() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(["--format", "sarif", "host1", "templates"], in: scratch.url)
        #expect(outcome.status == 1, "an error finding (NL401) fails the run by default")
        let log = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
        let results = ((log?["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]]) ?? []
        let ruleIDs = Set(results.compactMap { $0["ruleId"] as? String })
        #expect(ruleIDs.isSuperset(of: ["NL203", "NL301", "NL401"]))
    }

    @Test func textFindingsNameFileAndLine() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(["lint", "host1"], in: scratch.url)
        #expect(outcome.status == 0, "warnings only: below the default --fail-on error")
        #expect(outcome.output.contains("host1/etc/modprobe.d/kvm.conf:2: warning: [NL301]"))
        #expect(outcome.output.contains("host1/sys/module/kvm_intel/parameters/nested:1: warning: [NL203]"))
    }

    @Test func failOnDecidesTheExitStatus() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        #expect(try CommandLineRunner.run(["lint", "host1", "--fail-on", "warning"], in: scratch.url).status == 1)
        #expect(try CommandLineRunner.run(["lint", "templates", "--fail-on", "never"], in: scratch.url).status == 0)
    }

    @Test func severalReportsInOneRun() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(
            ["lint", "host1", "--format", "json", "--report", "sarif=out.sarif", "--report", "junit=out.xml"], in: scratch.url)
        #expect(outcome.status == 0)
        let sarif = try String(contentsOfFile: scratch.path("out.sarif"), encoding: .utf8)
        let junit = try String(contentsOfFile: scratch.path("out.xml"), encoding: .utf8)
        #expect(sarif.contains("\"ruleId\" : \"NL301\""))
        #expect(junit.contains("<testsuites"))
        #expect(outcome.output.contains("\"formatVersion\" : 1"))
    }

    @Test func missingPathIsATwo() throws {
        let outcome = try CommandLineRunner.run(["lint", "/nonexistent/nestlint/path"])
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("/nonexistent/nestlint/path"))
    }

    @Test func brokenRulePackIsATwoNamingFileAndLine() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write("pack/XX100-bad.yml", "id: XX100\nname: bad\nseverity: fatal\n")
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(["lint", "host1", "--rules", "pack"], in: scratch.url)
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("pack/XX100-bad.yml:3:"))
    }

    @Test func usageErrorsAreSixtyFour() throws {
        #expect(try CommandLineRunner.run(["lint", ".", "--format", "pdf"]).status == 64)
        #expect(try CommandLineRunner.run(["lint"]).status == 64)
        #expect(try CommandLineRunner.run(["lint", ".", "--report", "sarif"]).status == 64)
    }

    @Test func unwritableReportIsATwo() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(["lint", "host1", "--output", "/nonexistent-dir/report.sarif"], in: scratch.url)
        #expect(outcome.status == 2)
    }

    @Test func rulesListExplainAndVersion() throws {
        let list = try CommandLineRunner.run(["rules", "list"])
        #expect(list.status == 0)
        #expect(list.output.contains("NL203"))
        let explain = try CommandLineRunner.run(["rules", "explain", "NL203"])
        #expect(explain.output.contains("How to fix"))
        #expect(try CommandLineRunner.run(["rules", "explain", "NL999"]).status == 64)
        #expect(try CommandLineRunner.run(["version"]).output.hasPrefix("nestlint "))
    }

    @Test func rulesTestFailsOnAWrongMarkedLine() throws {
        let scratch = try TemporaryDirectory()
        try scratch.write(
            "pack/XX200-nested-off.yml",
            """
            id: XX200
            name: nested-off
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
                    sys/module/kvm_intel/parameters/nested: "N\\n↓\\n"
              must-not-flag:
                - bundle:
                    sys/module/kvm_intel/parameters/nested: "Y\\n"

            """)
        let outcome = try CommandLineRunner.run(["rules", "test", "pack"], in: scratch.url)
        #expect(outcome.status == 1)
        #expect(outcome.error.contains("XX200"))
        #expect(outcome.output.contains("1 failed"))
    }

    @Test func builtinRulesPass() throws {
        let outcome = try CommandLineRunner.run(["rules", "test"])
        #expect(outcome.status == 0, "\(outcome.error)")
    }

    @Test func inspectShowsTheNestedChain() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(["inspect", "host1"], in: scratch.url)
        #expect(outcome.status == 0)
        #expect(outcome.output.contains("host bundle"))
        #expect(outcome.output.contains("host1/etc/modprobe.d/kvm.conf:2: nested=1"))
    }

    @Test func outputIsByteIdenticalAcrossRuns() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let first = try CommandLineRunner.run(["lint", ".", "--format", "sarif"], in: scratch.url)
        let second = try CommandLineRunner.run(["lint", ".", "--format", "sarif"], in: scratch.url)
        #expect(first.output == second.output)
        #expect(!first.output.isEmpty)
    }
}
