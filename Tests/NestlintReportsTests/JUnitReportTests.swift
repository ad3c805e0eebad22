import Foundation
import NestlintCore
import Testing

@testable import NestlintReports

/// JUnit for CI dashboards: a suite per artifact or host, a case per rule, passes included.
@Suite struct JUnitReportTests {
    @Test func suitesCasesAndFailures() {
        let text = JUnitReport().render(ReportFixture.context())
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites"))
        #expect(text.contains("<testsuite name=\"host 1\""))
        #expect(text.contains("<testcase name=\"NL203 nested-disabled-at-runtime\" classname=\"nestlint.host\" time=\"0\">"))
        #expect(
            text.contains("<testcase name=\"NL108 options-for-other-vendor\" classname=\"nestlint.host\" time=\"0\"/>"),
            "passing cases are listed")
        #expect(text.contains("broken &amp; &lt;bad&gt;.xml"))
        #expect(text.contains("<error type=\"warning\""), "tool problems are errors")
    }

    @Test func caseNamesAreUniqueWithinASuite() throws {
        let text = JUnitReport().render(ReportFixture.context())
        for suite in text.components(separatedBy: "<testsuite ").dropFirst() {
            let names = suite.components(separatedBy: "<testcase name=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
            #expect(Set(names).count == names.count)
        }
    }

    @Test func forbiddenCharactersAreReplaced() {
        #expect(JUnitReport().escape("a\u{1}b\"c") == "a\u{FFFD}b&quot;c")
    }

    @Test(.enabled(if: SharedTools.available && SharedTools.xmllintAvailable, "needs ../shared/tools and xmllint"))
    func validatesAgainstJenkinsXSD() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nestlint-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(JUnitReport().render(ReportFixture.context()).utf8).write(to: file)
        let outcome = try SharedTools.run("sh", [SharedTools.directory + "/validate_junit.sh", file.path])
        #expect(outcome.status == 0, "\(outcome.output)")
    }
}
