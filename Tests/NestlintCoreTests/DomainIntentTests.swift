import Testing

@testable import NestlintCore

/// Intent (RULES.md, "Intent"): metadata, then configuration, then bundle evidence, then the
/// default; blockers whose operations are not required stay silent.
@Suite struct DomainIntentTests {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    static func document(_ text: String, path: String = "vm.xml") throws -> DomainDocument {
        let reference = ArtifactReference(treePath: path, kind: .persistentDomain, file: SourceFile(path: path))
        let parsed = try XMLDocument.parse(bytes: Array(text.utf8), name: path).get()
        return try #require(DomainDocument(artifact: reference, document: parsed))
    }

    static func templateFindings(_ text: String, linter: Linter = Linter(catalog: catalog)) -> [Finding] {
        var tree = MemoryFileTree()
        tree.addFile("vm.xml", text: text)
        let snapshot = Snapshot(
            kind: .templates, name: "t", tree: tree,
            artifacts: [
                ArtifactReference(treePath: "vm.xml", kind: .persistentDomain, file: SourceFile(path: "vm.xml"))
            ])
        return linter.lint([snapshot]).findings
    }

    @Test func defaultRequiresEveryOperation() throws {
        let intent = IntentResolver().intent(of: try Self.document("<domain type='kvm'><name>a</name></domain>"))
        #expect(intent == Intent.defaultIntent)
        #expect(intent.operations == [.migrate, .save, .snapshot])
        #expect(intent.role == .unknown)
    }

    @Test func metadataGivesRoleAndOperations() throws {
        let domain = try Self.document(
            """
            <domain type='kvm'>
              <metadata>
                <nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor" operations="migrate  save"/>
              </metadata>
            </domain>
            """)
        let intent = IntentResolver().intent(of: domain)
        #expect(intent.role == .hypervisor)
        #expect(intent.operations == [.migrate, .save])
        #expect(intent.source == .metadata)
        #expect(intent.location?.line == 3)
    }

    @Test func emptyOperationsMeansNoneAndUnknownWordsAreIgnored() throws {
        let none = try Self.document(
            "<domain type='kvm'><metadata><i:intent xmlns:i='urn:nestlint:intent:1' operations=''/></metadata></domain>")
        #expect(IntentResolver().intent(of: none).operations.isEmpty)
        let typo = try Self.document(
            "<domain type='kvm'><metadata><i:intent xmlns:i='urn:nestlint:intent:1' operations='migrate sav'/></metadata></domain>")
        #expect(IntentResolver().intent(of: typo).operations == [.migrate])
        // Another namespace is not nestlint's intent.
        let foreign = try Self.document(
            "<domain type='kvm'><metadata><i:intent xmlns:i='urn:example:other' operations=''/></metadata></domain>")
        #expect(IntentResolver().intent(of: foreign) == Intent.defaultIntent)
    }

    @Test func configurationLayerSitsBelowMetadata() throws {
        let configuration: IntentResolver.Layer = { domain, lower in
            var intent = lower
            intent.role = .hypervisor
            intent.operations = [.save]
            intent.source = .configuration
            return intent
        }
        let resolver = IntentResolver(configuration: configuration)
        let plain = resolver.intent(of: try Self.document("<domain type='kvm'/>"))
        #expect(plain.role == .hypervisor && plain.operations == [.save] && plain.source == .configuration)
        // Metadata naming only operations keeps the configured role.
        let partial = resolver.intent(
            of: try Self.document(
                "<domain type='kvm'><metadata><n:intent xmlns:n='urn:nestlint:intent:1' operations='migrate'/></metadata></domain>"))
        #expect(partial.role == .hypervisor && partial.operations == [.migrate] && partial.source == .metadata)
    }

    @Test func blockersOfOperationsNotRequiredAreSilent() {
        let body = """
              <cpu mode='host-passthrough' migratable='off'/>
              <devices><hostdev mode='subsystem' type='pci'><source><address bus='0x01' slot='0x00' function='0x0'/></source></hostdev></devices>
            </domain>
            """
        func rules(_ operations: String?) -> Set<String> {
            let metadata = operations.map { "<metadata><n:intent xmlns:n='urn:nestlint:intent:1' operations='\($0)'/></metadata>" } ?? ""
            return Set(
                Self.templateFindings("<domain type='kvm'>\n\(metadata)\n" + body).map(\.ruleID).filter {
                    $0.hasPrefix("NL4") || $0.hasPrefix("NL5")
                })
        }
        #expect(rules(nil) == ["NL406", "NL407", "NL501"])
        #expect(rules("") == [])
        // NL406 blocks only migration; NL407 and NL501 block save too.
        #expect(rules("save") == ["NL407", "NL501"])
        #expect(rules("snapshot") == ["NL407", "NL501"])
        #expect(rules("migrate") == ["NL406", "NL407", "NL501"])
    }

    @Test func roleDecidesTheSeverityOfADisabledExtension() {
        func severity(_ role: String) -> [Severity] {
            Self.templateFindings(
                """
                <domain type='kvm'>
                  <metadata><n:intent xmlns:n='urn:nestlint:intent:1' role='\(role)'/></metadata>
                  <cpu mode='host-model'><feature policy='disable' name='vmx'/></cpu>
                </domain>
                """
            ).filter { $0.ruleID == "NL402" }.map(\.severity)
        }
        #expect(severity("guest") == [.note])
        #expect(severity("hypervisor") == [.error])
    }

    @Test func configurationReachesTheLinter() {
        let linter = Linter(
            catalog: Self.catalog,
            intentConfiguration: { _, lower in
                var intent = lower
                intent.operations = []
                intent.source = .configuration
                return intent
            })
        let findings = Self.templateFindings("<domain type='kvm'><cpu mode='host-passthrough' migratable='off'/></domain>", linter: linter)
        #expect(findings.filter { $0.ruleID.hasPrefix("NL4") || $0.ruleID.hasPrefix("NL5") }.isEmpty)
    }

    /// The L1's own bundle (cpuinfo `hypervisor`, KVM domains, DMI product UUID) makes the
    /// parent's domain with that UUID a hypervisor, when both bundles are linted together.
    @Test func anL1BundleMakesItsDomainAHypervisor() throws {
        var parent = MemoryFileTree()
        parent.addFile(
            "etc/libvirt/qemu/l1.xml",
            text: """
                <domain type='kvm'>
                  <name>l1</name>
                  <uuid>4dea22b3-1d52-d8f3-2516-782e98ab3fa0</uuid>
                  <cpu mode='custom' match='exact'>
                    <model fallback='forbid'>Skylake-Server</model>
                  </cpu>
                </domain>
                """)
        parent.addFile("proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")
        var child = MemoryFileTree()
        child.addFile("proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: fpu lm hypervisor\n")
        child.addFile("sys/class/dmi/id/product_uuid", text: "4DEA22B3-1D52-D8F3-2516-782E98AB3FA0\n")
        child.addFile("etc/libvirt/qemu/l2.xml", text: "<domain type='kvm'><name>l2</name></domain>\n")
        let parentSnapshot = BundleScanner(tree: parent, namer: PathNamer(prefix: "parent")).scan(name: "parent")
        let childSnapshot = BundleScanner(tree: child, namer: PathNamer(prefix: "l1")).scan(name: "l1")
        let linter = Linter(catalog: Self.catalog)

        let together = linter.lint([parentSnapshot, childSnapshot]).findings.filter { $0.ruleID == "NL401" }
        #expect(together.count == 1)
        let finding = try #require(together.first)
        #expect(finding.location.file.path == "parent/etc/libvirt/qemu/l1.xml")
        #expect(finding.location.line == 4)
        #expect(finding.related.contains { $0.location.file.path == "l1/sys/class/dmi/id/product_uuid" })
        #expect(finding.message.contains("bundle of the guest itself"))

        #expect(linter.lint([parentSnapshot]).findings.filter { $0.ruleID == "NL401" }.isEmpty)

        let inspection = Inspection(snapshots: [parentSnapshot, childSnapshot], catalog: Self.catalog)
        let l1 = try #require(inspection.entries.flatMap(\.domains).first { $0.name == "l1" })
        #expect(l1.intent.source == .bundleEvidence)
        #expect(l1.intent.role == .hypervisor)
    }

    @Test func evidenceNeedsAVirtualHostThatRunsKVM() throws {
        let uuid = (
            "4dea22b3-1d52-d8f3-2516-782e98ab3fa0", NestlintCore.SourceLocation(file: SourceFile(path: "host/product_uuid"), line: 1)
        )
        func host(flags: String, domainType: String?, productUUID: (String, NestlintCore.SourceLocation)? = uuid) throws -> HostArtifacts {
            var host = HostArtifacts(name: "host", isBundle: true)
            host.cpuinfo = CPUInfo(
                file: SourceFile(path: "host/proc/cpuinfo"),
                lines: TextLines(bytes: Array("vendor_id\t: GenuineIntel\nflags\t\t: \(flags)\n".utf8)))
            host.productUUID = productUUID
            if let domainType { host.domains = [try Self.document("<domain type='\(domainType)'><name>l2</name></domain>")] }
            return host
        }
        #expect(
            HypervisorHostEvidence(hosts: [try host(flags: "vmx lm hypervisor", domainType: "kvm")]).hosts.keys.sorted() == [
                "4dea22b31d52d8f32516782e98ab3fa0"
            ])
        // Bare metal, no KVM guest (TCG only or none), or no product UUID: no evidence.
        #expect(HypervisorHostEvidence(hosts: [try host(flags: "vmx lm", domainType: "kvm")]).hosts.isEmpty)
        #expect(HypervisorHostEvidence(hosts: [try host(flags: "lm hypervisor", domainType: "qemu")]).hosts.isEmpty)
        #expect(HypervisorHostEvidence(hosts: [try host(flags: "lm hypervisor", domainType: nil)]).hosts.isEmpty)
        #expect(HypervisorHostEvidence(hosts: [try host(flags: "lm hypervisor", domainType: "kvm", productUUID: nil)]).hosts.isEmpty)
        // A firmware placeholder UUID names no domain.
        let placeholder = ("00000000-0000-0000-0000-000000000000", uuid.1)
        #expect(
            HypervisorHostEvidence(hosts: [try host(flags: "lm hypervisor", domainType: "kvm", productUUID: placeholder)]).hosts.isEmpty)
    }
}
