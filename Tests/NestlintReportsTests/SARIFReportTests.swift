import Foundation
import NestlintCore
import Testing

@testable import NestlintReports

/// SARIF as GitHub code scanning and the OASIS schema want it.
@Suite struct SARIFReportTests {
    func log(category: String? = nil) throws -> [String: Any] {
        let text = SARIFReport().render(ReportFixture.context(category: category))
        return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func run(_ log: [String: Any]) throws -> [String: Any] {
        try #require((log["runs"] as? [[String: Any]])?.first)
    }

    @Test func everyRuleIsDescribed() throws {
        let driver = try #require((try run(log())["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == ReportFixture.catalog.rules.count)
        for rule in rules {
            #expect(rule["shortDescription"] != nil && rule["fullDescription"] != nil && rule["help"] != nil)
            #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] != nil)
        }
        #expect(driver["semanticVersion"] as? String == "0.1.0")
    }

    @Test func everyResultHasARelativeLocationLineAndFingerprint() throws {
        let run = try run(log())
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(!uri.hasPrefix("/") && !uri.contains("://"))
            #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
            #expect((result["partialFingerprints"] as? [String: String])?[SARIFReport.fingerprintKey]?.count == 16)
            #expect(result["ruleIndex"] is Int)
        }
    }

    @Test func urisArePercentEncoded() {
        #expect(URIEncoding.encodePath("templates/l1 #1 é.xml") == "templates/l1%20%231%20%C3%A9.xml")
        #expect(URIEncoding.encodePath("a%b") == "a%25b")
        #expect(URIEncoding.encodePath("c:x") == "./c:x")
    }

    @Test func overriddenAssignmentsAreRelatedLocations() throws {
        let results = try #require(try run(log())["results"] as? [[String: Any]])
        let drift = try #require(results.first { $0["ruleId"] as? String == "NL301" })
        let related = try #require(drift["relatedLocations"] as? [[String: Any]])
        let messages = related.compactMap { ($0["message"] as? [String: Any])?["text"] as? String }
        #expect(messages.contains("overridden: nested=0"))
        #expect(related.allSatisfy { $0["id"] is Int })
    }

    @Test func notificationsAndCategory() throws {
        let run = try run(log(category: "nestlint/templates"))
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == true)
        #expect((invocation["toolExecutionNotifications"] as? [[String: Any]])?.count == 1)
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "nestlint/templates")
    }

    @Test func renderingIsDeterministic() {
        #expect(SARIFReport().render(ReportFixture.context()) == SARIFReport().render(ReportFixture.context()))
    }

    /// The OASIS schema and GitHub's upload rules, with the validators in ../shared/tools.
    @Test(.enabled(if: SharedTools.available, SharedTools.missingComment))
    func passesTheSharedValidators() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nestlint-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(SARIFReport().render(ReportFixture.context(category: "x")).utf8).write(to: file)
        for tool in ["validate_sarif.py", "check_sarif_github.py"] {
            let outcome = try SharedTools.run("python3", [SharedTools.directory + "/" + tool, file.path])
            #expect(outcome.status == 0, "\(tool): \(outcome.output)")
        }
    }
}
