import Foundation
import NestlintCore
import Testing

@testable import NestlintReports

@Suite struct TextAndJSONReportTests {
    @Test func textLinesArePathLineSeverityRuleMessage() {
        let text = TextReport().render(ReportFixture.context())
        #expect(text.contains("host 1/etc/modprobe.d/kvm.conf:2: warning: [NL301] "))
        #expect(text.contains("    host 1/etc/modprobe.d/kvm.conf:1: overridden: nested=0"))
        #expect(!text.contains("\u{1B}["), "no colour unless asked")
        #expect(text.hasSuffix("checked item(s)\n"))
    }

    @Test func colourOnlyWhenAsked() {
        let base = ReportFixture.context()
        let coloured = ReportContext(result: base.result, catalog: base.catalog, toolVersion: "0.1.0", colour: true)
        #expect(TextReport().render(coloured).contains("\u{1B}[33mwarning\u{1B}[0m"))
    }

    @Test func jsonIsVersionedAndComplete() throws {
        let text = JSONReport().render(ReportFixture.context())
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(document["formatVersion"] as? Int == JSONReport.formatVersion)
        let findings = try #require(document["findings"] as? [[String: Any]])
        #expect(findings.count == ReportFixture.context().result.findings.count)
        #expect(findings.allSatisfy { ($0["location"] as? [String: Any])?["line"] is Int })
    }
}
