import Foundation
import Testing

@testable import NestlintCore

/// The domain templates in fixtures/templates produce exactly the guest-CPU and migration/save
/// findings listed in fixtures/templates/expected-findings.tsv, and the clean ones (a
/// host-model hypervisor guest, a teaming failover pair, a guest whose intent requires no
/// operation) produce no error or warning from any rule.
@Suite struct DomainFixtureTests {
    static let directory = RepositoryPaths.fixtures.appendingPathComponent("templates")

    static func lintTemplates() -> LintResult {
        let tree = DiskFileTree(rootPath: directory.path)
        let snapshot = TemplateScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "templates").templates
        let catalog = try! RulePackLoader().catalog(userDirectories: [])
        return Linter(catalog: catalog).lint([snapshot])
    }

    /// `file:line rule severity`, one per expected finding.
    static func expectedFindings() throws -> [String] {
        let text = try String(contentsOf: directory.appendingPathComponent("expected-findings.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("file\t") }.map { row in
            let columns = row.split(separator: "\t").map(String.init)
            return "\(columns[0]):\(columns[1]) \(columns[2]) \(columns[3])"
        }.sorted()
    }

    @Test func templatesProduceTheListedFindings() throws {
        let result = Self.lintTemplates()
        let actual = result.findings.filter { $0.ruleID.hasPrefix("NL4") || $0.ruleID.hasPrefix("NL5") }
            .map { "\($0.location.file.path):\($0.location.line) \($0.ruleID) \($0.severity.rawValue)" }.sorted()
        let expected = try Self.expectedFindings()
        #expect(!expected.isEmpty)
        #expect(
            actual == expected,
            "missing: \(Set(expected).subtracting(actual).sorted()); unexpected: \(Set(actual).subtracting(expected).sorted())")
    }

    @Test func cleanTemplatesHaveNoErrorsOrWarnings() throws {
        let result = Self.lintTemplates()
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
        let clean = Set(files.filter { $0.hasPrefix("clean-") })
        #expect(clean.count >= 4)
        let noisy = result.findings.filter { clean.contains($0.location.file.path) && $0.severity >= .warning }
        #expect(noisy.isEmpty, "\(noisy.map { "\($0.location) [\($0.ruleID)] \($0.message)" })")
    }

    @Test func everyTier1DomainRuleHasATemplate() throws {
        let listed = Set(try Self.expectedFindings().map { String($0.split(separator: " ")[1]) })
        let tier1 =
            ["NL401", "NL402", "NL403", "NL404", "NL405", "NL406", "NL407", "NL408"]
            + (501...514).map { "NL\($0)" } + ["NL518"]
        #expect(Set(tier1).subtracting(listed).isEmpty, "rules without a template: \(Set(tier1).subtracting(listed).sorted())")
    }

    @Test func messagesSayWhatIsBlockedAndHowToFixIt() throws {
        let result = Self.lintTemplates()
        let blockers = result.findings.filter { $0.ruleID.hasPrefix("NL5") || ["NL407", "NL408"].contains($0.ruleID) }
        #expect(!blockers.isEmpty)
        for finding in blockers {
            // Each message names an operation (or the destination, for migrate-only notes).
            let text = finding.message.lowercased()
            #expect(text.contains("migrat") || text.contains("destination"), "\(finding.ruleID): \(finding.message)")
        }
    }
}
