import Foundation
import Testing

@testable import NestlintCore

/// The attribute values a query's predicates need (`XPathLiteralRequirement`), and the
/// documents whose text can answer for them: a shortcut that must never drop a match.
@Suite struct XPathLiteralRequirementTests {
    @Test func predicatesGiveTheWordsTheyCompareWith() {
        let cases: [(String, [[String]])] = [
            ("@type='vdpa'", [["vdpa"]]),
            ("@type = \"vdpa\"", [["vdpa"]]),
            ("driver/@name='vhostuser'", [["vhostuser"]]),
            ("@type='vmdk' or @type='vhdx' or @type='vdi'", [["vmdk", "vhdx", "vdi"]]),
            ("(@name='vmx' or @name='svm') and (not(@policy) or @policy='require')", [["vmx", "svm"]]),
            ("@model='nvdimm' and source/path", [["nvdimm"]]),
            ("@mode='passthrough'", [["passthrough"]]),
            ("((@type='a'))", [["a"]]),
            // Nothing required: negations, other operators, functions, words with spaces or
            // references, comparisons of two paths, an 'or' with anything but comparisons.
            ("not(@type='a')", []),
            ("@type!='a'", []),
            ("@type='a' or count(x) > 1", []),
            ("@type='two words'", []),
            ("@type='a&amp;b'", []),
            ("@type=@other", []),
            ("../@type='a'", []),
            ("contains(@value, 'x')", []),
            ("@type='a+b'", []),
            ("'a'=@type", []),
            ("@type='a' and @mode='b' or @x='c'", []),
        ]
        for (predicate, expected) in cases {
            #expect(XPathLiteralRequirement.groups(inPredicate: predicate[...]) == expected, "\(predicate)")
        }
    }

    @Test func rulesCarryTheirWordsPerAlternative() throws {
        let query = try XPathQuery(
            "memoryBacking/hugepages | devices/memory[@model='nvdimm' and source/path] | devices/input[@type='evdev']")
        #expect(
            query.requirements == [
                XPathRequirement(names: ["memoryBacking", "hugepages"], literalGroups: []),
                XPathRequirement(names: ["devices", "memory"], literalGroups: [["nvdimm"]]),
                XPathRequirement(names: ["devices", "input"], literalGroups: [["evdev"]]),
            ])
    }

    /// Documents whose text does not hold attribute values as written are never judged by it.
    @Test func onlyPlainTextIsSearched() {
        #expect(XMLDocument.isSearchable(Array("<domain type='kvm'/>".utf8)))
        #expect(XMLDocument.isSearchable(Array("\u{FEFF}\n <domain type='kvm'/>".utf8)))
        #expect(!XMLDocument.isSearchable(Array("<domain type='k&#118;m'/>".utf8)))
        #expect(!XMLDocument.isSearchable(Array("<d>&amp;</d>".utf8)))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<domain type='kvm'/>".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(!XMLDocument.isSearchable(utf16))
        #expect(!XMLDocument.isSearchable([0x4C, 0x6F, 0xA7, 0x94]))  // "<?xm" in EBCDIC
    }

    /// A value spelled with references, or in UTF-16, still matches: the text is not searched.
    @Test func valuesSpelledOtherwiseStillMatch() throws {
        let query = try XPathQuery("devices/interface[@type='vdpa']")
        let plain = "<domain><devices><interface type='vdpa'/></devices></domain>"
        let referenced = "<domain><devices><interface type='vd&#112;a'/></devices></domain>"
        let entity = "<!DOCTYPE domain [<!ENTITY p 'p'>]><domain><devices><interface type='vd&p;a'/></devices></domain>"
        let absent = "<domain><devices><interface type='bridge'/></devices></domain>"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in "<?xml version='1.0' encoding='UTF-16'?>\(plain)".utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for (name, bytes, expected) in [
            ("plain", Array(plain.utf8), 1), ("referenced", Array(referenced.utf8), 1), ("entity", Array(entity.utf8), 1),
            ("absent", Array(absent.utf8), 0), ("utf16", utf16, 1),
        ] {
            guard case .success(let document) = XMLDocument.parse(bytes: bytes, name: name) else {
                Issue.record("\(name) did not parse")
                continue
            }
            #expect(document.select(query, captures: [], contextPath: DomainDocument.plainPath).count == expected, "\(name)")
        }
    }
}
