import Foundation
import NestlintCore
import NestlintReports
import Testing

/// `nestlint inspect BUNDLE` explains the nesting picture of a host: the vendor module and its
/// evidence, the chain of `nested` assignments with file:line, the runtime value, the module's
/// users, and the modprobe files that are not read.
@Suite struct HostInspectionTextTests {
    static let bundles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("fixtures/bundles")
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    static func inspect(_ name: String) -> String {
        let tree = DiskFileTree(rootPath: bundles.appendingPathComponent(name).path)
        let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: name)).scan(name: name)
        return InspectionText().render(Inspection(snapshots: [snapshot], catalog: catalog))
    }

    @Test func theChainRuntimeValueAndUsersAreShown() {
        let text = Self.inspect("intel-config-not-applied")
        for line in [
            "vendor module: kvm_intel (from the cpuinfo vendor_id (intel-config-not-applied/proc/cpuinfo:2))",
            "configured: on (files in kmod order, then the kernel command line; the last assignment wins)",
            "intel-config-not-applied/etc/modprobe.d/kvm.conf:3: nested=1  (wins)",
            "at runtime: N (intel-config-not-applied/sys/module/kvm_intel/parameters/nested:1)",
            "module users (lsmod Used-by): 4 (intel-config-not-applied/proc/modules:1)",
            "not read by modprobe: intel-config-not-applied/etc/modprobe.d/kvm.conf.bak (its name does not end in .conf)",
            "dropped by modprobe: intel-config-not-applied/lib/modprobe.d/kvm.conf (intel-config-not-applied/etc/modprobe.d/kvm.conf has the same name and is read instead)",
        ] {
            #expect(text.contains(line), "missing: \(line)\n\(text)")
        }
    }

    @Test func overriddenAssignmentsAndTheCommandLineAreInOrder() throws {
        let text = Self.inspect("intel-cmdline-override-sosreport")
        let file = try #require(text.range(of: "etc/modprobe.d/kvm.conf:2: nested=0  (overridden)"))
        let commandLine = try #require(text.range(of: "proc/cmdline:1: kvm-intel.nested=1  (wins)"))
        #expect(file.lowerBound < commandLine.lowerBound)
        #expect(text.contains("module users (lsmod Used-by): 0"))
    }

    @Test func aHostWithoutVendorEvidenceSaysWhy() {
        let text = Self.inspect("no-module-evidence")
        #expect(
            text.contains("vendor module: unknown (no cpuinfo vendor and no loaded vendor module; the rules that need one stay silent)"))
        #expect(text.contains("no-module-evidence/etc/modprobe.d/kvm.conf:1: nested=0  (wins)"))
    }

    @Test func blockingLinesAreShown() {
        #expect(
            Self.inspect("amd-bad-values").contains(
                "stops a KVM module from loading: amd-bad-values/etc/modprobe.d/virtualbox.conf:2: install kvm_amd /bin/false"))
    }
}
