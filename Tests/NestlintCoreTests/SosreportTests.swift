import Foundation
import Testing

@testable import NestlintCore

/// sosreports: relative root links (`lsmod`, `uname`), the `sys/class/dmi/id` link, and copies
/// that flattened those links into small text files; and the real sosreport in
/// ../shared/corpus/sosreport, a Hyper-V guest with no KVM.
@Suite struct SosreportTests {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    static func sosTree(flattened: Bool) -> MemoryFileTree {
        var tree = MemoryFileTree()
        tree.addFile("sos_reports/sos.txt", text: "sos\n")
        tree.addFile("proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")
        tree.addFile("sos_commands/kernel/lsmod", text: "Module  Size  Used by\nkvm_intel 368640 3\nkvm 1146880 1 kvm_intel\n")
        tree.addFile("sos_commands/kernel/uname_-a", text: "Linux host 6.1.0-18-amd64 #1 SMP x86_64 GNU/Linux\n")
        tree.addFile("sys/devices/virtual/dmi/id/product_uuid", text: "4f0b6c2e-8a1d-4e3f-b5c6-7d8e9f0a1b2c\n")
        if flattened {
            tree.addFile("lsmod", text: "sos_commands/kernel/lsmod")
            tree.addFile("uname", text: "sos_commands/kernel/uname_-a\n")
            tree.addFile("sys/class/dmi/id", text: "../../devices/virtual/dmi/id")
        } else {
            tree.addSymbolicLink("lsmod", target: "sos_commands/kernel/lsmod")
            tree.addSymbolicLink("uname", target: "sos_commands/kernel/uname_-a")
            tree.addSymbolicLink("sys/class/dmi/id", target: "../../devices/virtual/dmi/id")
        }
        return tree
    }

    @Test(arguments: [false, true])
    func linkedAndFlattenedCopiesReadTheSameEvidenceOnce(flattened: Bool) throws {
        let snapshot = BundleScanner(tree: Self.sosTree(flattened: flattened), namer: PathNamer(prefix: "")).scan(name: "sos")
        #expect(snapshot.layout == "sosreport")
        let paths = snapshot.artifacts.map(\.treePath)
        #expect(paths.filter { $0.hasSuffix("lsmod") } == ["sos_commands/kernel/lsmod"])
        #expect(paths.filter { $0.contains("uname") } == ["sos_commands/kernel/uname_-a"])
        #expect(paths.contains("sys/class/dmi/id/product_uuid"))
        let host = try #require(SnapshotReader().read(snapshot).hosts.first)
        #expect(host.loadedModules.count == 1)
        #expect(host.kernelVersion?.version.release == "6.1.0-18-amd64")
        #expect(host.productUUID?.value == "4f0b6c2e-8a1d-4e3f-b5c6-7d8e9f0a1b2c")
        #expect(host.files.allSatisfy { $0.problems.isEmpty })
    }

    @Test func aFlattenedLinkIsOnlyRecognisedWhereSosPutsLinksAndWhenItLeadsSomewhere() {
        var tree = MemoryFileTree()
        tree.addFile("sos_commands/kernel/lsmod", text: "Module  Size  Used by\n")
        tree.addFile("lsmod", text: "sos_commands/kernel/missing")
        tree.addFile("uname", text: "Linux host 6.1.0 #1 SMP x86_64 GNU/Linux\n")
        tree.addFile("hostname", text: "/etc/hostname")
        tree.addFile("notes", text: "sos_commands/kernel/lsmod")
        let flattened = FlattenedLinkFileTree(base: tree)
        #expect(flattened.entryKind(at: "lsmod") == .regular(size: 27))
        #expect(flattened.entryKind(at: "uname") == tree.entryKind(at: "uname"))
        #expect(flattened.entryKind(at: "hostname") == tree.entryKind(at: "hostname"))
        #expect(flattened.entryKind(at: "notes") == tree.entryKind(at: "notes"))
    }

    @Test func aRootFSBundleIsNotReadAsASosreport() {
        var tree = MemoryFileTree()
        tree.addFile("proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")
        tree.addFile("uname", text: "proc/cpuinfo")
        let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "rootfs")
        #expect(snapshot.layout == "rootfs")
        // Read as it is (a one-line text file), not followed.
        #expect(snapshot.artifacts.map(\.treePath).contains("uname"))
    }

    /// The Hyper-V guest in ../shared/corpus/sosreport runs no KVM: the catalogue predicts only
    /// NL205 (a virtual machine, note) and NL201 (no vmx/svm on x86, a note because nothing
    /// uses KVM). Its `lsmod`, `uname` and `sys/class/dmi/id` are flattened links in that copy.
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func theHyperVGuestSosreportProducesOnlyThePredictedNotes() throws {
        let root = RepositoryPaths.corpus!.appendingPathComponent("sosreport/jds2001-coreos-sosreport-master1").path
        let snapshot = BundleScanner(tree: DiskFileTree(rootPath: root), namer: PathNamer(prefix: "")).scan(name: "sosreport")
        #expect(snapshot.layout == "sosreport")
        let paths = snapshot.artifacts.map(\.treePath)
        #expect(!paths.contains("lsmod") && !paths.contains("uname"), "flattened links must lead to sos_commands/kernel: \(paths)")
        let result = Linter(catalog: Self.catalog).lint([snapshot])
        let actual = result.findings.map { "\($0.location):\($0.ruleID):\($0.severity.rawValue)" }.sorted()
        #expect(actual == ["proc/cpuinfo:20:NL201:note", "proc/cpuinfo:20:NL205:note"])
        let host = try #require(SnapshotReader().read(snapshot).hosts.first)
        #expect(host.kernelVersion?.version.release == "4.18.0-80.11.2.el8_0.x86_64")
        #expect(host.loadedModules.count == 1)
        #expect(host.cpuinfo?.flags.contains("hypervisor") == true)
    }
}
