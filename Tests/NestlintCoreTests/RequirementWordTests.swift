import Testing

@testable import NestlintCore

/// Words queries need are numbered once per process, so a document answers each once
/// (`XMLDocument.mayMatch`): the same bytes and kind give the same number, anything else
/// another, canonically equivalent spellings included (libxml2 compares bytes).
@Suite struct RequirementWordTests {
    @Test func numbersFollowBytesAndKind() {
        let devices = RequirementWord.number("devices", kind: .elementName)
        #expect(RequirementWord.number("devices", kind: .elementName) == devices)
        #expect(RequirementWord.number("devices", kind: .literal).number != devices.number)
        #expect(RequirementWord.number("device", kind: .elementName).number != devices.number)
        let composed = RequirementWord.number("\u{00C5}", kind: .elementName)
        let angstrom = RequirementWord.number("\u{212B}", kind: .elementName)
        #expect(composed.number != angstrom.number)
        #expect(composed.bytes == Array("\u{00C5}".utf8))
    }

    /// One document asked by many queries that share words answers each as if asked alone.
    @Test func sharedWordsGiveEachQueryItsOwnAnswer() throws {
        let text = "<domain type='kvm'><devices><interface type='vhostuser'/><hostdev/></devices></domain>"
        let document = try XMLDocument.parse(bytes: Array(text.utf8), name: "shared.xml").get()
        let expectations: [(String, Bool)] = [
            ("devices/interface[@type='vhostuser']", true),
            ("devices/interface[@type='vdpa']", false),
            ("devices/hostdev", true),
            ("devices/filesystem", false),
            ("devices/interface[@type='vhostuser'] | devices/filesystem", true),
            ("devices/filesystem | devices/interface[@type='vdpa']", false),
            ("devices/interface[@type='vhostuser']", true),
        ]
        for (expression, expected) in expectations {
            #expect(document.mayMatch(try XPathQuery(expression)) == expected, "\(expression)")
        }
    }
}
