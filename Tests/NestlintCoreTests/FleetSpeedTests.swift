import Foundation
import Testing

@testable import NestlintCore

/// The shortcuts that make fleets fast must not change a single result: the element-name
/// prefilter of XPath queries, the per-thread compiled queries and contexts, the context node
/// remembered per document.
@Suite struct FleetSpeedTests {
    @Test func locationPathsNeedTheirElementNames() {
        let cases: [(String, [[String]]?)] = [
            (
                "devices/hostdev[(@mode='subsystem' or not(@mode)) and @type='pci' and not(teaming[@type='transient'])]",
                [["devices", "hostdev"]]
            ),
            ("cpu/feature[@policy='force' and (@name='vmx' or @name='svm')]", [["cpu", "feature"]]),
            ("/domstatus/domain", [["domstatus", "domain"]]),
            ("metadata/nestlint:intent", [["metadata", "intent"]]),
            (
                "memoryBacking/hugepages | devices/memory[@model='nvdimm' and source/path]",
                [["memoryBacking", "hugepages"], ["devices", "memory", "source", "path"]]
            ),
            ("self::domain[not(cpu)] | cpu", [["domain"], ["cpu"]]),
            ("devices/disk/driver/@type", [["devices", "disk", "driver"]]),
            // Paths tested in predicates need their names too; negations and `or` give none.
            ("devices/disk[transient]", [["devices", "disk", "transient"]]),
            (
                "devices/video[model[@type='virtio']/acceleration[@accel3d='yes']] | devices/graphics[gl[@enable='yes']]",
                [["devices", "video", "model", "acceleration"], ["devices", "graphics", "gl"]]
            ),
            ("devices/filesystem[driver/@type='virtiofs']", [["devices", "filesystem", "driver"]]),
            ("devices/hostdev[@type='pci' and not(teaming[@type='transient'])]", [["devices", "hostdev"]]),
            ("devices/disk[transient or readonly]", [["devices", "disk"]]),
            ("child::os/descendant::type", [["os", "type"]]),
            ("cpu[ @mode = 'a]b' ]\n  /feature", [["cpu", "feature"]]),
            // Nothing can be concluded: functions, comparisons, wildcards, text tests, unions
            // with an alternative that needs no name, variables, literals.
            ("string(uuid)", nil),
            ("boolean(feature[@name='vmx'])", nil),
            ("count(devices/disk) > 1", nil),
            ("cpu and devices", nil),
            // An element of a namespace without a prefix, named by its local name.
            ("*[local-name()='commandline']", [["commandline"]]),
            ("features/hyperv | *[local-name()='commandline']", [["features", "hyperv"], ["commandline"]]),
            (
                "*[local-name()='commandline' and namespace-uri()='http://libvirt.org/schemas/domain/qemu/1.0']\n"
                    + "  /*[local-name()='arg' and contains(@value, 'hv-no-nonarch-coresharing=auto')]",
                [["commandline", "arg"]]
            ),
            ("*[ local-name() = \"arg\" ]", [["arg"]]),
            ("*[position() = 1][local-name()='arg']", [["arg"]]),
            // Not a conjunct of the whole predicate, or not an element: no name.
            ("*[local-name()='a' or local-name()='b']", nil),
            ("*[local-name()='a' and @x or @y]", nil),
            ("*[(local-name()='a' or @y) and @x]", nil),
            ("*[local-name()='a' and(@x)]", [["a"]]),
            ("*[local-name()='a' andnot]", nil),
            ("@*[local-name()='a']", nil),
            ("*[local-name()='a b']", nil),
            ("devices/disk = 'x'", nil),
            ("text()", nil),
            ("$name", nil),
            ("(devices/disk)", nil),
            ("'literal'", nil),
            ("devices/", nil),
        ]
        for (expression, expected) in cases {
            #expect(XPathElementRequirement.alternatives(of: expression) == expected, "\(expression)")
        }
    }

    /// The byte-wise UUID spelling gives what the Character-wise one gives.
    @Test func uuidNormalisationIsUnchanged() {
        let slow = { (uuid: String) in String(uuid.lowercased().filter { $0 != "-" && !$0.isWhitespace }) }
        for uuid in [
            "4DEA22B3-1D52-D8F3-2516-782E98AB3FA0", " c7a5fdbd-edaf-9455-926a-d65c16db1809\r\n", "A-b\tC\u{0B}d\u{0C}", "", "----",
            "ÄB-cd\u{00A0}e",
        ] {
            #expect(DomainIdentity.normalise(uuid) == slow(uuid), "\(uuid)")
        }
    }

    /// Over the real libvirt domains, every XPath of the built-in domain rules gives the same
    /// result with the prefilter as evaluated in full (a parenthesised copy, which the
    /// prefilter does not analyse).
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func prefilterNeverChangesAResult() throws {
        let catalog = try RulePackLoader().catalog(userDirectories: [])
        var queries: [XPathQuery] = []
        for rule in catalog.rules(in: .domain) {
            if let select = rule.select { queries.append(select) }
            queries += rule.captures.map(\.query)
            if let condition = rule.condition { queries += Self.xpaths(in: condition) }
        }
        let filtered = queries.filter { $0.elementRequirement != nil }
        #expect(filtered.count >= 15)
        let pairs = try filtered.map { ($0, try XPathQuery("(" + $0.expression + ")")) }
        #expect(pairs.allSatisfy { $0.1.elementRequirement == nil })
        let folder = RepositoryPaths.corpus!.appendingPathComponent("libvirt-domains")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        var documents = 0
        var empty = 0
        for name in names {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            guard case .success(let parsed) = XMLDocument.parse(bytes: bytes, name: name) else { continue }
            let reference = ArtifactReference(treePath: name, kind: .persistentDomain, file: SourceFile(path: name))
            guard let domain = DomainDocument(artifact: reference, document: parsed) else { continue }
            documents += 1
            for (query, plain) in pairs {
                let fast = parsed.select(query, captures: [], contextPath: domain.domainPath).map(\.element.line)
                let full = parsed.select(plain, captures: [], contextPath: domain.domainPath).map(\.element.line)
                #expect(fast == full, "\(name): \(query.expression)")
                if fast.isEmpty { empty += 1 }
            }
        }
        #expect(documents > 1000)
        // Most rules look for rare elements: most answers are empty (and now cost nothing).
        #expect(empty > documents * filtered.count / 2)
    }

    /// A domain's element, UUID and name are found by walking the tree; over the real domains
    /// (and namespaced or wrapped roots) the walk answers what XPath answers.
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func treeWalkAnswersWhatXPathAnswers() throws {
        let folder = RepositoryPaths.corpus!.appendingPathComponent("libvirt-domains")
        var texts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted().map {
            ($0, Array(try Data(contentsOf: folder.appendingPathComponent($0))))
        }
        for (index, extra) in [
            "<domain xmlns='urn:x'><uuid>A</uuid></domain>", "<x:domain xmlns:x='urn:x'><x:name>n</x:name></x:domain>",
            "<domstatus state='running'><domain><name>first</name><name>second</name></domain><domain><name>other</name></domain></domstatus>",
            "<domain><name xmlns='urn:y'>namespaced</name><name> plain <b>bold</b></name></domain>", "<domain><uuid/></domain>",
            "<domain><os><type>hvm</type><type arch='s390x'/></os><os><type arch='aarch64'/></os></domain>",
            "<domain><os><type xmlns:x='urn:x' x:arch='ppc64'/></os></domain>",
            "<!DOCTYPE domain [<!ENTITY a 'aarch64'>]><domain><os><type arch='&a;'/></os></domain>",
            // A default the DTD declares is not in the tree: XPath does not see it.
            "<!DOCTYPE domain [<!ATTLIST type arch CDATA 'ppc64le'>]><domain><os><type/></os></domain>",
        ].enumerated() {
            texts.append(("extra-\(index).xml", Array(extra.utf8)))
        }
        var compared = 0
        for (name, bytes) in texts {
            guard case .success(let parsed) = XMLDocument.parse(bytes: bytes, name: name), let root = parsed.root else { continue }
            for (path, query) in [(["domain"], "/domain"), (["domstatus", "domain"], "/domstatus/domain")] {
                let context = try XPathQuery(query)
                var viaXPath: XMLElementValue?
                if case .node(let element)? = parsed.evaluate(context, withText: false).first { viaXPath = element }
                #expect(parsed.element(atPath: path) == viaXPath, "\(name) \(query)")
                for child in ["uuid", "name"] {
                    var text = ""
                    if case .string(let value)? = parsed.evaluate(try XPathQuery("string(\(child))"), contextPath: context).first {
                        text = value
                    }
                    #expect(parsed.childText(child, ofElementAtPath: path) == text, "\(name) \(query) \(child)")
                }
                var architecture = ""
                if case .string(let value)? = parsed.evaluate(try XPathQuery("string(os/type/@arch)"), contextPath: context).first {
                    architecture = value
                }
                #expect(parsed.attributeText("arch", along: ["os", "type"], fromElementAtPath: path) == architecture, "\(name) \(query)")
            }
            compared += root.name.isEmpty ? 0 : 1
        }
        #expect(compared > 1000)
    }

    private static func xpaths(in condition: Condition) -> [XPathQuery] {
        switch condition {
        case .all(let conditions), .any(let conditions): conditions.flatMap(xpaths(in:))
        case .not(let inner): xpaths(in: inner)
        case .xpath(let query): [query]
        default: []
        }
    }

    /// One compiled query evaluated on many documents from several threads at once gives each
    /// document's own answer (each thread uses its own compiled copy and context).
    @Test func queriesAreSafeAcrossThreads() async throws {
        let query = try XPathQuery("devices/disk[starts-with(@device, 'd')]")
        let count = try XPathQuery("count(devices/disk)")
        let results = await withTaskGroup(of: (Int, Int, Int).self) { group in
            for disks in 0..<64 {
                group.addTask {
                    let xml =
                        "<domain>\n<devices>\n" + String(repeating: "<disk device='disk'/>\n", count: disks) + "</devices>\n</domain>\n"
                    guard case .success(let document) = XMLDocument.parse(bytes: Array(xml.utf8), name: "d\(disks).xml") else {
                        return (disks, -1, -1)
                    }
                    var selected = 0
                    var counted = 0
                    for _ in 0..<20 {
                        selected = document.select(query, captures: [], contextPath: DomainDocument.plainPath).count
                        if case .number(let value)? = document.evaluate(count, contextPath: DomainDocument.plainPath).first {
                            counted = Int(value)
                        }
                    }
                    return (disks, selected, counted)
                }
            }
            var all: [(Int, Int, Int)] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0.0 == $0.1 && $0.0 == $0.2 })
    }
}
