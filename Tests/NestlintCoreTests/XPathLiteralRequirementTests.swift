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

    @Test func predicatesGiveTheElementNamesTheirPathsNeed() {
        let cases: [(String, [String])] = [
            ("transient", ["transient"]),
            (" source / path ", ["source", "path"]),
            ("source/@file", ["source"]),
            ("@file", []),
            ("driver/@type='virtiofs'", ["driver"]),
            ("@model='nvdimm' and source/path", ["source", "path"]),
            ("model[@type='virtio']/acceleration[@accel3d='yes']", ["model", "acceleration"]),
            ("a[b[c]]/d", ["a", "b", "c", "d"]),
            ("(a and (b/c))", ["a", "b", "c"]),
            ("nestlint:intent", ["intent"]),
            // Nothing required: negations, disjunctions, functions, axes, wildcards, positions,
            // parents, comparisons of paths, other operators.
            ("not(transient)", []),
            ("transient or readonly", []),
            ("count(disk) > 1", []),
            ("text()", []),
            ("self::disk", []),
            ("ancestor::devices", []),
            ("*", []),
            ("*/x", []),
            ("1", []),
            ("last()", []),
            ("../clock", []),
            ("./x", []),
            ("a//b", []),
            ("a = b", []),
            ("a != 'x'", []),
            ("a | b", []),
            ("$variable", []),
            ("a:b:c", []),
            ("a[", []),
        ]
        for (predicate, expected) in cases {
            #expect(XPathLiteralRequirement.requiredNames(inPredicate: predicate[...]) == expected, "\(predicate)")
        }
    }

    @Test func rulesCarryTheirWordsPerAlternative() throws {
        let query = try XPathQuery(
            "memoryBacking/hugepages | devices/memory[@model='nvdimm' and source/path] | devices/input[@type='evdev']")
        #expect(
            query.requirements == [
                XPathRequirement(names: ["memoryBacking", "hugepages"], literalGroups: []),
                XPathRequirement(names: ["devices", "memory", "source", "path"], literalGroups: [["nvdimm"]]),
                XPathRequirement(names: ["devices", "input"], literalGroups: [["evdev"]]),
            ])
    }

    /// The filter of a document's attribute values rules out only values no attribute has
    /// exactly, as parsed (references decoded); with an entity reference kept in a value it
    /// rules out nothing.
    @Test func attributeValuesRuleOutOnlyWhatNoAttributeHas() throws {
        func filter(_ text: String) throws -> AttributeValueFilter {
            let document = try XMLDocument.parse(bytes: Array(text.utf8), name: "f.xml").get()
            return document.attributeValues()
        }
        let plain = try filter("<domain type='kvm'><devices><interface type='vd&#112;a' x:m='' xmlns:x='urn:x'/></devices>vhost</domain>")
        for present in ["kvm", "vdpa", ""] { #expect(plain.mayContain(Array(present.utf8)), "\(present)") }
        // Text, element names, parts of values and references as written are no values.
        for absent in ["vhost", "devices", "kv", "vd&#112;a", "urn:x"] { #expect(!plain.mayContain(Array(absent.utf8)), "\(absent)") }
        let entity = try filter("<!DOCTYPE domain [<!ENTITY p 'p'>]><domain><interface type='vd&p;a'/></domain>")
        #expect(entity.mayContain(Array("anything".utf8)))
        // A default the DTD declares is not in the tree, and XPath does not see it either.
        let defaulted = try filter("<!DOCTYPE domain [<!ATTLIST interface type CDATA 'vdpa'>]><domain><interface/></domain>")
        #expect(!defaulted.mayContain(Array("vdpa".utf8)))
        var deep = "<domain>"
        for level in 0..<200 { deep += "<e\(level % 3) a='v\(level)'>" }
        for level in (0..<200).reversed() { deep += "</e\(level % 3)>" }
        let nested = try filter(deep + "<after b='last'/></domain>")
        for value in ["v0", "v199", "last"] { #expect(nested.mayContain(Array(value.utf8)), "\(value)") }
    }

    /// A value spelled with references, or in UTF-16, still matches.
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
