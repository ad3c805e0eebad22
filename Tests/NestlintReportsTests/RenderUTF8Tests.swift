import NestlintCore
import Testing

@testable import NestlintReports

/// What is written (`renderUTF8`) is the rendered text's UTF-8, for the formats that build their
/// bytes directly (SARIF, JSON) and for those that use the default (text, JUnit, annotations).
@Suite struct RenderUTF8Tests {
    @Test func bytesAreTheRenderedText() {
        let context = ReportFixture.context(category: "fleet")
        let writers: [any ReportWriter] = [SARIFReport(), JSONReport(), TextReport(), JUnitReport(), GitHubAnnotationsReport()]
        for writer in writers {
            let bytes = writer.renderUTF8(context)
            #expect(bytes == Array(writer.render(context).utf8), "\(type(of: writer))")
            #expect(bytes.last == UInt8(ascii: "\n") || bytes.isEmpty, "\(type(of: writer))")
        }
    }
}
