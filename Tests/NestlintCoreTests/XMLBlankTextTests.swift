import Testing

@testable import NestlintCore

/// Documents are parsed without the whitespace-only text between elements
/// (`XML_PARSE_NOBLANKS`, `XMLDocument.parseOptions`). Text that is an element's whole content,
/// that sits next to other text, or that `xml:space='preserve'` keeps must stay what XPath sees.
@Suite struct XMLBlankTextTests {
    private let text = """
        <domain type='kvm'>
          <name> </name>
          <description>a <b>bold</b> word</description>
          <title xml:space='preserve'><x/>  <y/></title>
          <cpu mode='custom'>
            <model>Skylake</model>
          </cpu>
        </domain>
        """

    @Test func blankContentOfAnElementIsKept() throws {
        let document = try XMLDocument.parse(bytes: Array(text.utf8), name: "blank.xml").get()
        #expect(document.childText("name", ofElementAtPath: ["domain"]) == " ")
        #expect(try strings(document, "string(description)") == ["a bold word"])
        #expect(try strings(document, "string(cpu/model)") == ["Skylake"])
        #expect(try strings(document, "string(count(title/node()))") == ["3"], "preserved blanks between elements stay")
    }

    @Test func blanksBetweenElementsAreNotNodes() throws {
        let document = try XMLDocument.parse(bytes: Array(text.utf8), name: "blank.xml").get()
        #expect(try strings(document, "string(count(node()))") == ["4"], "name, description, title, cpu")
        #expect(try strings(document, "string(count(cpu/node()))") == ["1"])
    }

    private func strings(_ document: XMLDocument, _ expression: String) throws -> [String] {
        document.evaluate(try XPathQuery(expression), contextPath: try XPathQuery("/domain")).map { value in
            if case .string(let string) = value { return string }
            return "\(value)"
        }
    }
}
