import Foundation
import Testing

@testable import NestlintCore

/// Plain UTF-8 documents are read without libxml2's read callback (`nestlint_xml_read_memory`):
/// the same trees, lines and errors as xmlCtxtReadMemory gives, and every document that needs
/// converting is left to libxml2.
@Suite struct XMLPlainReadingTests {
    @Test func onlyDocumentsReadWithoutConversionArePlain() {
        let plain = [
            "<domain/>", "\u{FEFF}<domain/>", "\n <domain/>", "<?xml version='1.0'?><domain/>",
            "<?xml version=\"1.0\" standalone='yes'?>\n<d/>",
        ]
        for text in plain { #expect(XMLDocument.isPlainUTF8(Array(text.utf8)), "\(text)") }
        let converted = [
            "<?xml version='1.0' encoding='UTF-8'?><domain/>", "<?xml version='1.0' encoding='ISO-8859-1'?><d>\u{E9}</d>",
            "<?xml version='1.0'", "", "domain", "\u{0}<d/>",
        ]
        for text in converted { #expect(!XMLDocument.isPlainUTF8(Array(text.utf8)), "\(text)") }
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<d/>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(!XMLDocument.isPlainUTF8(utf16))
        #expect(!XMLDocument.isPlainUTF8(Array(utf16.dropFirst(2))), "UTF-16 without a byte order mark")
        #expect(!XMLDocument.isPlainUTF8([0x4C, 0x6F, 0xA7, 0x94]), "EBCDIC")
        let longDeclaration = "<?xml version='1.0'" + String(repeating: " ", count: 2000) + "?><d/>"
        #expect(!XMLDocument.isPlainUTF8(Array(longDeclaration.utf8)))
    }

    /// Edge cases of the end of input (where the read callback used to be asked) and of
    /// encodings, plus the hostile fixtures and, when present, the whole domain corpus.
    @Test func plainReadingGivesWhatLibxml2sReadingGives() throws {
        var documents: [(String, [UInt8])] = [
            ("cut-utf8", Array("<domain><name>caf".utf8) + [0xC3]),
            ("cut-tag", Array("<domain><name".utf8)),
            ("trailing", Array("<domain/>\n\n<!-- after -->\n".utf8)),
            ("extra", Array("<domain/><domain/>".utf8)),
            ("bom", [0xEF, 0xBB, 0xBF] + Array("<domain type='kvm'>\n<name>b\u{F6}m</name>\n</domain>".utf8)),
            ("declared", Array("<?xml version='1.0'?>\n<domain>\n<name>d</name>\n</domain>".utf8)),
            (
                "latin1-declared",
                Array("<?xml version='1.0' encoding='ISO-8859-1'?>\n<domain><name>caf".utf8) + [0xE9] + Array("</name></domain>".utf8)
            ),
            ("invalid-utf8", Array("<domain><name>caf".utf8) + [0xE9] + Array("</name></domain>".utf8)),
            ("long", Array(("<domain>" + String(repeating: "<e a='1'>text</e>\n", count: 3000) + "</domain>").utf8)),
            ("empty", []),
        ]
        let hostile = RepositoryPaths.fixtures.appendingPathComponent("hostile")
        for name in try FileManager.default.contentsOfDirectory(atPath: hostile.path).sorted() where name.hasSuffix(".xml") {
            documents.append((name, Array(try Data(contentsOf: hostile.appendingPathComponent(name)))))
        }
        if let corpus = RepositoryPaths.corpus {
            let folder = corpus.appendingPathComponent("libvirt-domains")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".xml") {
                documents.append((name, Array(try Data(contentsOf: folder.appendingPathComponent(name)))))
            }
        }
        #expect(documents.count > 20)
        let everything = try XPathQuery("//node() | //@*")
        for (name, bytes) in documents {
            let plain = XMLDocument.parse(bytes: bytes, name: name, readingPlainUTF8: true)
            let reference = XMLDocument.parse(bytes: bytes, name: name, readingPlainUTF8: false)
            switch (plain, reference) {
            case (.success(let fast), .success(let slow)):
                let fastNodes = fast.select(everything, captures: []).map { "\($0.element.line) \($0.element.excerpt)" }
                let slowNodes = slow.select(everything, captures: []).map { "\($0.element.line) \($0.element.excerpt)" }
                #expect(fastNodes == slowNodes, "\(name)")
                let text = try XPathQuery("string(/)")
                #expect(fast.evaluate(text) == slow.evaluate(text), "\(name)")
            case (.failure(let fast), .failure(let slow)):
                #expect(fast == slow, "\(name)")
            default:
                Issue.record("\(name): \(plain) / \(reference)")
            }
        }
    }
}
