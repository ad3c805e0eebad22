import Foundation
import NestlintCore
import Testing

/// Domain XML written to hurt: external entities, entity bombs, absurd nesting, absurd sizes.
/// Each is either refused with NL001 at a line, or linted exactly as written; none may stall
/// the run or pull in anything from outside the linted directory.
@Suite struct HostileXMLTests {
    /// Written to a file beside the linted directory; it must never reach a finding.
    static let marker = "NESTLINT-OUTSIDE-MARKER-4f1c9a"

    /// Lints one template file and returns the NL001 findings at it.
    func malformed(_ text: String, name: String = "vm.xml") throws -> (result: LintResult, places: [String]) {
        let scratch = try HostileScratch()
        try scratch.write("templates/\(name)", text)
        let result = try scratch.lint("templates")
        return (result, result.places(of: "NL001"))
    }

    @Test func externalEntitiesAreNeitherLoadedNorExpanded() throws {
        let scratch = try HostileScratch()
        try scratch.write("outside/secret.txt", Self.marker + "\n")
        let secret = scratch.absolute("outside/secret.txt")
        let documents = [
            "content.xml":
                "<!DOCTYPE domain [<!ENTITY leak SYSTEM \"file://\(secret)\">]>\n<domain type='kvm'><name>&leak;</name></domain>\n",
            "relative.xml":
                "<!DOCTYPE domain [<!ENTITY leak SYSTEM \"../outside/secret.txt\">]>\n<domain type='kvm'><name>&leak;</name></domain>\n",
            "parameter.xml":
                "<!DOCTYPE domain [<!ENTITY % leak SYSTEM \"file://\(secret)\"> %leak;]>\n<domain type='kvm'><name>vm</name></domain>\n",
            "dtd.xml": "<!DOCTYPE domain SYSTEM \"file://\(secret)\">\n<domain type='kvm'><name>vm</name></domain>\n",
            "xinclude.xml":
                "<domain type='kvm' xmlns:xi='http://www.w3.org/2001/XInclude'><name>vm</name>\n<xi:include href='file://\(secret)' parse='text'/></domain>\n",
            "stylesheet.xml": "<?xml-stylesheet href='file://\(secret)'?>\n<domain type='kvm'><name>vm</name></domain>\n",
            "attribute.xml":
                "<!DOCTYPE domain [<!ENTITY leak SYSTEM \"file://\(secret)\">]>\n<domain type='kvm'>\n<cpu mode='&leak;'/></domain>\n",
        ]
        for (name, text) in documents { try scratch.write("templates/\(name)", text) }
        let result = try scratch.lint("templates")
        let inspection = Inspection(
            snapshots: try InputDiscovery(workingDirectory: scratch.path).discover(arguments: ["templates"]).snapshots,
            catalog: HostileScratch.catalog)
        #expect(!result.allText.contains(Self.marker))
        #expect(!String(describing: inspection.entries.map(\.hosts)).contains(Self.marker))
        #expect(!inspection.entries.flatMap(\.domains).map(\.name).contains { $0.contains(Self.marker) })
        // libxml2 refuses an external entity in an attribute value; the others are well-formed
        // and linted as written, the reference left unexpanded.
        #expect(result.places(of: "NL001") == ["templates/attribute.xml:3"])
        #expect(inspection.entries.flatMap(\.domains).count == documents.count - 1)
    }

    @Test func billionLaughsIsRefusedAtTheReference() throws {
        let scratch = try HostileScratch()
        let fixture = try Data(contentsOf: RepositoryPaths.fixtures.appendingPathComponent("hostile/billion-laughs.xml"))
        try scratch.write("templates/laughs.xml", bytes: Array(fixture))
        let result = try scratch.lint("templates")
        let finding = try #require(result.findings("NL001", at: "templates/laughs.xml").first)
        #expect(finding.location.line == 12, "the line of <name>&j;</name>")
        #expect(finding.message.contains("entity reference loop"))
    }

    @Test(arguments: [
        ("self.xml", "<!DOCTYPE domain [\n<!ENTITY a \"&a;\">\n]>\n<domain type='kvm'>\n<name>&a;</name>\n</domain>\n", 5),
        (
            "pair.xml",
            "<!DOCTYPE domain [\n<!ENTITY a \"x&b;\">\n<!ENTITY b \"y&a;\">\n]>\n<domain type='kvm'>\n<name>&a;</name>\n</domain>\n", 6
        ),
        ("parameter.xml", "<!DOCTYPE domain [\n<!ENTITY % a \"&#37;b;\">\n<!ENTITY % b \"&#37;a;\">\n%a;\n]>\n<domain type='kvm'/>\n", 4),
        ("attribute.xml", "<!DOCTYPE domain [\n<!ENTITY a \"&b;\">\n<!ENTITY b \"&a;\">\n]>\n<domain type='&a;'/>\n", 5),
    ])
    func entityLoopsAreRefusedWhereTheyAreReferenced(name: String, text: String, line: Int) throws {
        let (result, places) = try malformed(text, name: name)
        #expect(places == ["templates/\(name):\(line)"])
        #expect(result.findings.first { $0.ruleID == "NL001" }?.message.contains("loop") == true)
    }

    @Test func quadraticBlowupIsRefusedBeforeAnythingExpandsIt() throws {
        // One 256 KiB entity referenced 64 times: 16 MiB of text. libxml2's loop and
        // amplification checks let a flat entity through; XPath string values would expand it.
        let entity = String(repeating: "x", count: 256 * 1024)
        let references = String(repeating: "&big;", count: 64)
        let text =
            "<!DOCTYPE domain [<!ENTITY big \"\(entity)\">]>\n<domain type='kvm'>\n<name>vm</name>\n<description>\(references)</description>\n</domain>\n"
        let (result, places) = try malformed(text)
        #expect(places == ["templates/vm.xml:4"])
        #expect(result.findings.first?.message.contains("entity references expand to more than") == true)
    }

    @Test func smallInternalEntitiesStillParse() throws {
        let text = "<!DOCTYPE domain [<!ENTITY model \"host-model\">]>\n<domain type='kvm'><name>vm</name><cpu mode='&model;'/></domain>\n"
        let (_, places) = try malformed(text)
        #expect(places.isEmpty)
    }

    @Test func hundredThousandDeepNestingIsRefusedAtLibxml2sDepthLimit() throws {
        var text = "<domain type='kvm'>\n"
        text += String(repeating: "<a>\n", count: 100_000)
        text += String(repeating: "</a>", count: 100_000) + "\n</domain>\n"
        let (result, places) = try malformed(text)
        // libxml2 allows 256 levels below the root: <domain> is on line 1, one <a> per line
        // after it, so the 257th <a> (line 258) is refused.
        #expect(places == ["templates/vm.xml:258"])
        let message = try #require(result.findings.first { $0.ruleID == "NL001" }?.message)
        #expect(message.contains("nested deeper than 256"))
        #expect(!message.contains("XML_PARSE_HUGE"), "advice nestlint must not follow is dropped")
    }

    @Test func anElementWithHundredsOfThousandsOfAttributesIsRefusedQuickly() throws {
        // libxml2 2.9 compares every attribute of an element with every other: 100,000 of them
        // took half a minute. The guard refuses the document before libxml2 sees it.
        let attributes = (0..<100_000).map { "a\($0)='x'" }.joined(separator: " ")
        let text = "<domain type='kvm'>\n<name>vm</name>\n<cpu \(attributes)/>\n</domain>\n"
        let started = Date()
        let (result, places) = try malformed(text)
        #expect(places == ["templates/vm.xml:3"])
        #expect(result.findings.first?.message.contains("100000 attributes") == true)
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func ordinaryAttributeCountsAreNotRefused() throws {
        let attributes = (0..<200).map { "a\($0)='x'" }.joined(separator: " ")
        let elements = String(repeating: "<feature \(attributes)/>\n", count: 50)
        let (_, places) = try malformed("<domain type='kvm'>\n<cpu>\n\(elements)</cpu>\n</domain>\n")
        #expect(places.isEmpty)
    }

    @Test func attributeCountingSkipsCommentsCDATAAndTheInternalSubset() {
        let crowded = (0..<10_000).map { "a\($0)='x'" }.joined(separator: " ")
        let hidden =
            "<!DOCTYPE domain [<!ENTITY e \"<x \(crowded)>\"> <!-- '[ -->]>\n<domain><!-- <c \(crowded)> --><![CDATA[<c \(crowded)>]]><?pi <c \(crowded)>?></domain>\n"
        #expect(HostileXMLProbe.crowded(hidden) == nil)
        let visible = "<!-- x -->\n<domain>\n<c \(crowded)/></domain>\n"
        #expect(HostileXMLProbe.crowded(visible)?.line == 3)
    }

    @Test func aDomainOverTheSizeLimitIsSkippedUnread() throws {
        let scratch = try HostileScratch()
        let size = 40 * 1024 * 1024
        try scratch.sparseFile("host/etc/libvirt/qemu/huge.xml", size: size, prefix: "<domain type='kvm'>\n")
        try scratch.write("host/proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")
        let before = HostileThreadInputCounter.bytesRead()
        let result = try scratch.lint("host")
        let read = HostileThreadInputCounter.bytesRead().map { after in after - (before ?? after) }
        let finding = try #require(result.findings("NL002", at: "host/etc/libvirt/qemu/huge.xml").first)
        #expect(finding.location.line == 1)
        #expect(finding.message.contains("41943040 bytes (40 MiB), over the size limit of 16777216 bytes (16 MiB)"))
        #expect(finding.message.contains("--max-file-size"))
        if let read { #expect(read < 1024 * 1024, "the 40 MB file must not be read: \(read) bytes were") }
    }

    @Test func theSizeLimitIsConfigurableAndInclusive() throws {
        let scratch = try HostileScratch()
        let text = "<domain type='kvm'><name>vm</name></domain>\n"
        try scratch.write("templates/vm.xml", text)
        #expect(try scratch.lint("templates", sizeLimit: text.utf8.count).places(of: "NL002").isEmpty)
        #expect(try scratch.lint("templates", sizeLimit: text.utf8.count - 1).places(of: "NL002") == ["templates/vm.xml:1"])
    }

    @Test(arguments: [
        ("empty.xml", "", 1, "Document is empty"),
        ("blank.xml", "\n\n   \n", 3, "Start tag expected"),
        ("bom.xml", "\u{FEFF}", 1, "Start tag expected"),
        ("cut.xml", "<domain type='kvm'>\n  <name>vm</name>\n  <cpu mode='host-model'>", 3, "Premature end of data"),
    ])
    func emptyAndTruncatedDocumentsPointAtALineTheyHave(name: String, text: String, line: Int, message: String) throws {
        let (result, places) = try malformed(text, name: name)
        #expect(places == ["templates/\(name):\(line)"])
        #expect(result.findings.first { $0.ruleID == "NL001" }?.message.contains(message) == true)
    }

    @Test func latin1WithoutADeclarationIsAFindingOnOneLine() throws {
        let scratch = try HostileScratch()
        try scratch.write(
            "templates/vm.xml",
            bytes: Array("<domain type='kvm'>\n<name>vm</name>\n<description>caf".utf8) + [0xE9] + Array("</description>\n</domain>\n".utf8)
        )
        try scratch.write(
            "templates/declared.xml",
            bytes: Array("<?xml version='1.0' encoding='ISO-8859-1'?>\n<domain type='kvm'>\n<name>caf".utf8) + [0xE9]
                + Array("</name>\n</domain>\n".utf8))
        let result = try scratch.lint("templates")
        #expect(result.places(of: "NL001") == ["templates/vm.xml:3"])
        let message = try #require(result.findings.first { $0.ruleID == "NL001" }?.message)
        #expect(!message.contains("\n"), "libxml2's two-line message is joined")
        #expect(message.contains("UTF-8"))
    }

    @Test func crlfLineEndsKeepXMLLineNumbers() throws {
        let (_, places) = try malformed("<domain type='kvm'>\r\n<name>vm</name>\r\n<cpu>\r\n</domain>\r\n")
        #expect(places == ["templates/vm.xml:4"])
    }

    @Test func nulBytesInXMLAreAFindingAtTheirLine() throws {
        let (_, places) = try malformed("<domain type='kvm'>\n<name>vm\u{0}</name>\n</domain>\n")
        #expect(places == ["templates/vm.xml:2"])
    }
}
