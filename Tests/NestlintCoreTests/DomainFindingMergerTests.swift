import Testing

@testable import NestlintCore

/// One guest seen in several forms in one bundle (persistent definition, live status,
/// `virsh dumpxml`) is reported once per problem, at the persistent definition.
@Suite struct DomainFindingMergerTests {
    static let persistent = """
        <domain type='kvm'>
          <name>vm1</name>
          <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
          <devices>
            <hostdev mode='subsystem' type='pci' managed='yes'>
              <source><address domain='0x0000' bus='0x0b' slot='0x00' function='0x0'/></source>
            </hostdev>
          </devices>
        </domain>
        """
    /// The live status: a wrapped domain with an alias, plus a device hot-plugged since boot.
    static let live = """
        <domstatus state='running' reason='booted' pid='4242'>
          <taint flag='high-privileges'/>
          <domain type='kvm' id='1'>
            <name>vm1</name>
            <uuid>4DEA22B3-1D52-D8F3-2516-782E98AB3FA0</uuid>
            <devices>
              <hostdev mode='subsystem' type='pci' managed='yes'>
                <source><address domain='0x0000' bus='0x0b' slot='0x00' function='0x0'/></source>
                <alias name='hostdev0'/>
              </hostdev>
              <hostdev mode='subsystem' type='pci' managed='yes'>
                <source><address domain='0x0000' bus='0x0c' slot='0x00' function='0x0'/></source>
                <alias name='hostdev1'/>
              </hostdev>
            </devices>
          </domain>
        </domstatus>
        """
    static let dumped = """
        <domain type='kvm' id='1'>
          <name>vm1</name>
          <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
          <devices>
            <hostdev mode='subsystem' type='pci' managed='yes'>
              <source><address domain='0x0000' bus='0x0b' slot='0x00' function='0x0'/></source>
              <alias name='hostdev0'/>
            </hostdev>
            <hostdev mode='subsystem' type='pci' managed='yes'>
              <source><address domain='0x0000' bus='0x0c' slot='0x00' function='0x0'/></source>
              <alias name='hostdev1'/>
            </hostdev>
          </devices>
        </domain>
        """

    static func lint(_ files: [String: String]) throws -> [Finding] {
        var tree = MemoryFileTree()
        for (path, text) in files { tree.addFile(path, text: text) }
        let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "bundle")
        let catalog = try RulePackLoader().catalog(userDirectories: [])
        return Linter(catalog: catalog).lint([snapshot]).findings
    }

    @Test func oneFindingPerProblemAtThePersistentDefinition() throws {
        let findings = try Self.lint([
            "etc/libvirt/qemu/vm1.xml": Self.persistent,
            "run/libvirt/qemu/vm1.xml": Self.live,
            "sos_commands/virsh/virsh_-r_dumpxml_vm1": Self.dumped,
        ]).filter { $0.ruleID == "NL501" }
        #expect(findings.count == 2)
        let shared = try #require(findings.first { $0.location.file.path == "etc/libvirt/qemu/vm1.xml" })
        #expect(shared.location.line == 5)
        #expect(
            shared.related.map { "\($0.location.file.path):\($0.location.line)" }.sorted() == [
                "run/libvirt/qemu/vm1.xml:7", "sos_commands/virsh/virsh_-r_dumpxml_vm1:5",
            ])
        #expect(shared.related.allSatisfy { $0.message.hasPrefix("the same problem in") })
        // The device hot-plugged since boot exists only in the running forms: reported there,
        // at the dump (preferred over the live status), with the live status related.
        let hotplugged = try #require(findings.first { $0 != shared })
        #expect(hotplugged.location.file.path == "sos_commands/virsh/virsh_-r_dumpxml_vm1")
        #expect(hotplugged.location.line == 9)
        #expect(hotplugged.related.map { "\($0.location.file.path):\($0.location.line)" } == ["run/libvirt/qemu/vm1.xml:11"])
    }

    @Test func differentDomainsAreNotMerged() throws {
        let other = Self.persistent.replacingOccurrences(of: "4dea22b3", with: "5eea22b3").replacingOccurrences(of: "vm1", with: "vm2")
        let findings = try Self.lint([
            "etc/libvirt/qemu/vm1.xml": Self.persistent,
            "etc/libvirt/qemu/vm2.xml": other,
        ]).filter { $0.ruleID == "NL501" }
        #expect(findings.map(\.location.file.path).sorted() == ["etc/libvirt/qemu/vm1.xml", "etc/libvirt/qemu/vm2.xml"])
        #expect(findings.allSatisfy { $0.related.isEmpty })
    }

    @Test func formsWithoutUUIDAreGroupedByName() throws {
        let withoutUUID = { (text: String) in
            text.split(separator: "\n").filter { !$0.contains("<uuid>") }.joined(separator: "\n")
        }
        let findings = try Self.lint([
            "etc/libvirt/qemu/vm1.xml": withoutUUID(Self.persistent),
            "run/libvirt/qemu/vm1.xml": withoutUUID(Self.live),
        ]).filter { $0.ruleID == "NL501" }
        #expect(findings.count == 2)
        #expect(findings.filter { $0.location.file.path == "etc/libvirt/qemu/vm1.xml" }.count == 1)
    }

    /// A CPU rule points at `<domain>` when a definition has no `<cpu>`, while the live status
    /// of the same guest has one filled in: still one problem.
    @Test func domainAndCPULocationsAreOneElement() throws {
        let metadata = "<metadata><nestlint:intent xmlns:nestlint='urn:nestlint:intent:1' role='hypervisor'/></metadata>"
        let findings = try Self.lint([
            "etc/libvirt/qemu/l1.xml": "<domain type='kvm'>\n<name>l1</name>\n\(metadata)\n</domain>\n",
            "run/libvirt/qemu/l1.xml": """
            <domstatus state='running'>
            <domain type='kvm' id='2'>
            <name>l1</name>
            \(metadata)
            <cpu mode='custom' match='exact' check='full'><model fallback='forbid'>qemu64</model></cpu>
            </domain>
            </domstatus>
            """,
        ]).filter { $0.ruleID == "NL401" }
        #expect(findings.count == 1)
        #expect(findings.first?.location.file.path == "etc/libvirt/qemu/l1.xml")
        #expect(findings.first?.location.line == 1)
        #expect(findings.first?.related.contains { $0.location.file.path == "run/libvirt/qemu/l1.xml" && $0.location.line == 5 } == true)
    }

    @Test func mergingDoesNotDependOnTheOrderOfDocuments() throws {
        var tree = MemoryFileTree()
        tree.addFile("etc/libvirt/qemu/vm1.xml", text: Self.persistent)
        tree.addFile("run/libvirt/qemu/vm1.xml", text: Self.live)
        tree.addFile("sos_commands/virsh/virsh_-r_dumpxml_vm1", text: Self.dumped)
        let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "bundle")
        let catalog = try RulePackLoader().catalog(userDirectories: [])
        let linter = Linter(catalog: catalog)
        let host = try #require(SnapshotReader().read(snapshot).hosts.first)
        #expect(host.domains.count == 3)
        let linted = host.domains.map { domain in
            DomainFindingMerger.Linted(
                document: domain,
                findings: linter.lint([
                    Snapshot(kind: .templates, name: "one", tree: tree, artifacts: [domain.artifact])
                ]).findings.filter { $0.ruleID == "NL501" })
        }
        let merger = DomainFindingMerger()
        let forward = merger.merge(linted)
        let backward = merger.merge(linted.reversed())
        #expect(forward.count == 2)
        #expect(forward.sorted(by: Finding.reportOrder) == backward.sorted(by: Finding.reportOrder))
    }

    @Test func templatesWithTheSameUUIDAreNotMerged() throws {
        var tree = MemoryFileTree()
        tree.addFile("a.xml", text: Self.persistent)
        tree.addFile("b.xml", text: Self.persistent)
        let snapshot = TemplateScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "templates").templates
        let catalog = try RulePackLoader().catalog(userDirectories: [])
        let findings = Linter(catalog: catalog).lint([snapshot]).findings.filter { $0.ruleID == "NL501" }
        #expect(findings.map(\.location.file.path).sorted() == ["a.xml", "b.xml"])
    }
}
