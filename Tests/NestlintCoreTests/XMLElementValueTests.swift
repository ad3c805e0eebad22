import Testing

@testable import NestlintCore

/// `XMLElementValue.excerpt`, which every fingerprint of a domain finding is built from: the
/// name and the attributes sorted by name, whatever their order or spacing in the file.
@Suite struct XMLElementValueTests {
    @Test func excerptSortsAttributesAndIgnoresLayout() throws {
        let text =
            "<domain>\n  <cpu  match='exact'\n       mode=\"custom\" check='none'><model>EPYC</model></cpu>\n  <on_crash/>\n</domain>"
        let document = try XMLDocument.parse(bytes: Array(text.utf8), name: "d.xml").get()
        let cpu = try #require(document.element(atPath: ["domain", "cpu"]))
        #expect(cpu.excerpt == #"cpu check="none" match="exact" mode="custom""#)
        let bare = try #require(document.element(atPath: ["domain", "on_crash"]))
        #expect(bare.excerpt == "on_crash")
    }

    @Test func excerptKeepsValuesAsParsed() throws {
        let text = "<domain type='kvm' é='ü &amp; &lt;x&gt;' a=''/>"
        let document = try XMLDocument.parse(bytes: Array(text.utf8), name: "d.xml").get()
        let domain = try #require(document.root)
        #expect(domain.excerpt == #"domain a="" type="kvm" é="ü & <x>""#)
    }
}
