import Testing

@testable import NestlintCore

/// Host facts and what the host rules say with them: the vendor module's evidence chain,
/// effective values, and messages that say what was found, where it came from and what to do.
@Suite struct HostFactsTests {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    /// A bundle in memory, linted with the built-in pack.
    static func bundle(_ files: [String: String], links: [String: String] = [:]) -> (facts: FactSet, findings: [Finding]) {
        var tree = MemoryFileTree()
        for (path, text) in files { tree.addFile(path, text: text) }
        for (path, target) in links { tree.addSymbolicLink(path, target: target) }
        let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "host")
        let host = SnapshotReader().read(snapshot).hosts[0]
        let facts = HostFactsBuilder(parameters: catalog.parameters).facts(for: host)
        return (facts, Linter(catalog: catalog).lint([snapshot]).findings)
    }

    static func standalone(_ text: String) -> (facts: FactSet, findings: [Finding]) {
        var tree = MemoryFileTree()
        tree.addFile("kvm.conf", text: text)
        let snapshot = Snapshot(
            kind: .templates, name: "kvm.conf", tree: tree,
            artifacts: [
                ArtifactReference(treePath: "kvm.conf", kind: .modprobeConfig, file: SourceFile(path: "kvm.conf"))
            ])
        let host = SnapshotReader().read(snapshot).hosts[0]
        return (HostFactsBuilder(parameters: catalog.parameters).facts(for: host), Linter(catalog: catalog).lint([snapshot]).findings)
    }

    static let intelCPU = "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n"
    static let amdCPU = "processor\t: 0\nvendor_id\t: AuthenticAMD\nflags\t\t: fpu svm lm\n"

    static func string(_ fact: Fact?) -> String? {
        if case .string(let text)? = fact?.value { return text }
        return nil
    }

    // MARK: Vendor module

    @Test func vendorModuleComesFromCPUInfoFirst() {
        let (facts, _) = Self.bundle([
            "proc/cpuinfo": Self.amdCPU,
            "sys/module/kvm_intel/parameters/nested": "Y\n",
            "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n",
        ])
        #expect(Self.string(facts["host.vendor-module"]) == "kvm_amd")
        #expect(Self.string(facts["host.vendor-module-source"]) == "cpuinfo-vendor")
    }

    @Test func vendorModuleFromLoadedModulesWithoutCPUInfo() {
        let (facts, _) = Self.bundle([
            "sos_commands/kernel/lsmod": "Module  Size  Used by\nkvm_amd 155648 0\nkvm 1146880 1 kvm_amd\n",
            "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n",
        ])
        #expect(Self.string(facts["host.vendor-module"]) == "kvm_amd")
        #expect(Self.string(facts["host.vendor-module-source"]) == "loaded-module")
    }

    @Test func aBundleWithOnlyConfigurationHasNoVendorModule() {
        // Inferring kvm_intel from `options kvm_intel` would make NL108 and friends circular.
        let (facts, findings) = Self.bundle(["etc/modprobe.d/kvm.conf": "options kvm_intel nested=0\n"])
        #expect(facts["host.vendor-module"] == nil)
        #expect(facts["config.nested"] == nil)
        #expect(findings.isEmpty, "\(findings.map(\.ruleID))")
    }

    @Test func aStandaloneFileUsesTheOnlyVendorModuleItConfigures() {
        let (facts, findings) = Self.standalone("options kvm_intel nested=0\n")
        #expect(Self.string(facts["host.vendor-module"]) == "kvm_intel")
        #expect(Self.string(facts["host.vendor-module-source"]) == "configuration")
        #expect(findings.map(\.ruleID) == ["NL111"])
        let both = Self.standalone("options kvm-intel nested=1\noptions kvm-amd nested=1\n")
        #expect(both.facts["host.vendor-module"] == nil)
    }

    @Test func zhaoxinAndOtherX86VendorsUseTheirFlags() {
        let (facts, _) = Self.bundle(["proc/cpuinfo": "vendor_id\t: CentaurHauls\nflags\t\t: fpu vmx lm\n"])
        #expect(Self.string(facts["host.vendor-module"]) == "kvm_intel")
        #expect(Self.string(facts["host.vendor-module-source"]) == "cpuinfo-flags")
        #expect(Self.string(facts["cpu.arch"]) == "x86_64")
    }

    // MARK: Effective values and messages

    @Test func theNotAppliedMessageSaysWhatWhereAndWhatToDo() throws {
        let (_, findings) = Self.bundle([
            "proc/cpuinfo": Self.intelCPU,
            "etc/modprobe.d/kvm.conf": "# nesting\n# for CI\noptions kvm_intel nested=1\n",
            "sys/module/kvm_intel/parameters/nested": "N\n",
            "sos_commands/kernel/lsmod": "Module  Size  Used by\nkvm_intel 368640 4\nkvm 1146880 1 kvm_intel\n",
        ])
        let finding = try #require(findings.first { $0.ruleID == "NL301" })
        #expect(
            finding.message
                == "kvm_intel nested is N at runtime although etc/modprobe.d/kvm.conf:3 sets nested=1: the module was not reloaded since the change; 4 user(s) hold it (stop the guests, then modprobe -r kvm_intel && modprobe kvm_intel, or reboot)."
        )
        #expect(finding.location.description == "etc/modprobe.d/kvm.conf:3")
        #expect(finding.related.map(\.location.description) == ["sys/module/kvm_intel/parameters/nested:1"])
    }

    @Test func theWinnerCarriesTheOverriddenAssignmentsAsRelatedLocations() throws {
        let (facts, findings) = Self.bundle([
            "proc/cpuinfo": Self.amdCPU,
            "etc/modprobe.d/a.conf": "options kvm_amd nested=1\n",
            "usr/lib/modprobe.d/z.conf": "options kvm-amd nested=0\n",
            "proc/cmdline": "ro kvm_amd.nested=1\n",
        ])
        #expect(facts["config.nested"]?.value == .bool(true))
        #expect(facts["config.nested"]?.location?.description == "proc/cmdline:1")
        let conflict = try #require(findings.first { $0.ruleID == "NL103" })
        #expect(conflict.location.description == "proc/cmdline:1")
        #expect(conflict.related.map(\.location.description) == ["etc/modprobe.d/a.conf:1", "usr/lib/modprobe.d/z.conf:1"])
        #expect(conflict.message.contains("nesting is on"))
    }

    @Test func intelYNAndAMDOneZeroAreReadByType() {
        let intel = Self.bundle(["proc/cpuinfo": Self.intelCPU, "sys/module/kvm_intel/parameters/nested": "Y\n"]).facts
        #expect(intel["runtime.nested"]?.value == .bool(true))
        let amd = Self.bundle(["proc/cpuinfo": Self.amdCPU, "sys/module/kvm_amd/parameters/nested": "0\n"]).facts
        #expect(amd["runtime.nested"]?.value == .bool(false))
        #expect(amd["host.nesting-enabled"]?.value == .bool(false))
    }

    @Test func severitiesFollowTheCatalogue() {
        func severities(_ findings: [Finding], _ rule: String) -> [Severity] {
            findings.filter { $0.ruleID == rule }.map(\.severity)
        }
        // NL102: note when the KVM lines are the same, warning otherwise.
        let same = Self.bundle([
            "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n", "lib/modprobe.d/kvm.conf": "options kvm-intel nested=1\n",
        ]).findings
        #expect(severities(same, "NL102") == [.note])
        let different = Self.bundle([
            "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n", "lib/modprobe.d/kvm.conf": "options kvm_intel nested=0\n",
        ]).findings
        #expect(severities(different, "NL102") == [.warning])
        // NL107: error only when the junk assigns nested.
        #expect(severities(Self.standalone("options kvm_intel nested=1 # on\n").findings, "NL107") == [.warning])
        #expect(severities(Self.standalone("options kvm_intel ept=1 # nested=0\n").findings, "NL107") == [.error])
        // NL109: install is an error, blacklist a warning, the other vendor's module a note.
        let blocks = Self.bundle([
            "proc/cpuinfo": Self.intelCPU,
            "etc/modprobe.d/a.conf": "install kvm_intel /bin/false\nblacklist kvm\nblacklist kvm_amd\n",
        ]).findings
        #expect(severities(blocks, "NL109") == [.error, .warning, .note])
        // NL104 is a warning when the parameter was once another type (npt).
        #expect(severities(Self.standalone("options kvm_amd npt=Y nested=Y\n").findings, "NL104").sorted() == [.warning, .error].sorted())
        // NL201: error when KVM is in use, note otherwise.
        let noVMX = "vendor_id\t: GenuineIntel\nflags\t\t: fpu lm\n"
        #expect(severities(Self.bundle(["proc/cpuinfo": noVMX]).findings, "NL201") == [.note])
        #expect(
            severities(Self.bundle(["proc/cpuinfo": noVMX, "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n"]).findings, "NL201")
                == [.error])
    }

    @Test func kvmDomainsAreCountedOncePerGuest() {
        let (facts, _) = Self.bundle([
            "proc/cpuinfo": Self.intelCPU,
            "etc/libvirt/qemu/vm.xml": "<domain type='kvm'><name>vm</name><uuid>1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b</uuid></domain>\n",
            "run/libvirt/qemu/vm.xml":
                "<domstatus state='running'><domain type='kvm' id='1'><name>vm</name><uuid>1e2d3c4b-5a69-4788-9a0b-1c2d3e4f5a6b</uuid></domain></domstatus>\n",
        ])
        #expect(facts["host.kvm-domains"]?.value == .int(1))
        #expect(facts["host.running-guests"]?.value == .int(1))
    }

    @Test func sevStateComesFromSysfsOrTheVendor() {
        #expect(Self.bundle(["sys/module/kvm_amd/parameters/sev": "Y\n"]).facts["host.sev-enabled"]?.value == .bool(true))
        #expect(Self.bundle(["sys/module/kvm_amd/parameters/sev": "0\n"]).facts["host.sev-enabled"]?.value == .bool(false))
        #expect(Self.bundle(["proc/cpuinfo": Self.intelCPU]).facts["host.sev-enabled"]?.value == .bool(false))
        #expect(Self.bundle(["proc/cpuinfo": Self.amdCPU]).facts["host.sev-enabled"] == nil)
    }

    @Test func aBundleWithoutModuleEvidenceKeepsTheRuntimeRulesSilent() {
        let (facts, findings) = Self.bundle([
            "proc/cpuinfo": Self.intelCPU,
            "etc/modprobe.d/kvm.conf": "options kvm_intel nested=1\n",
            "etc/libvirt/qemu/vm.xml": "<domain type='kvm'><name>vm</name><cpu mode='host-model'/></domain>\n",
        ])
        #expect(facts["modules.evidence"]?.value == .bool(false))
        #expect(facts["runtime.nested"] == nil)
        let host = findings.filter { ["NL202", "NL203", "NL204", "NL301", "NL302", "NL303"].contains($0.ruleID) }
        #expect(host.isEmpty, "\(host.map(\.ruleID))")
    }
}
