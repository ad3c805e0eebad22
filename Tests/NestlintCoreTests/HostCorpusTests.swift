import Foundation
import Testing

@testable import NestlintCore

/// Real configuration written by other people: every KVM-related file of
/// ../shared/corpus/modprobe.d linted on its own, and the real /etc of an AMD X570 host in
/// ../shared/corpus/host-etc, with the findings each must produce written down.
@Suite(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
struct HostCorpusTests {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    /// The host rule families this suite is about (domain rules have their own corpus tests).
    static func isHostRule(_ id: String) -> Bool {
        ["NL0", "NL1", "NL2", "NL3"].contains { id.hasPrefix($0) } || ["NL701", "NL702", "NL703", "NL704", "NL707"].contains(id)
    }

    static func lintStandalone(_ relative: String) -> [String] {
        let url = RepositoryPaths.corpus!.appendingPathComponent("modprobe.d/" + relative)
        let tree = DiskFileTree(rootPath: url.deletingLastPathComponent().path)
        let name = url.lastPathComponent
        let snapshot = Snapshot(
            kind: .templates, name: name, tree: tree,
            artifacts: [
                ArtifactReference(treePath: name, kind: .modprobeConfig, file: SourceFile(path: name))
            ])
        return Linter(catalog: catalog).lint([snapshot]).findings.filter { isHostRule($0.ruleID) }
            .map { "\($0.location.line) \($0.ruleID) \($0.severity.rawValue)" }
    }

    /// What each real file must produce as a standalone file (line, rule, severity). A file with
    /// no entry must produce nothing: most real files are right, and a linter that complains
    /// about them is a linter people switch off.
    static let expectedStandalone: [String: [String]] = [
        // `blacklist kvm_intel` (for VirtualBox): KVM no longer loads automatically.
        "github/lilyinstarlight__dotfiles__etc__modprobe.d__kvm_intel.conf": ["1 NL109 warning"],
        // The typo `diable_vga`: the kernel ignores it and vfio-pci takes the VGA resources.
        "github/smartperson__ubuntu-x570-qemu-setup__etc__modprobe.d__vfio.conf": ["2 NL106 warning"],
    ]

    /// Every KVM/VFIO file of the corpus, the package files, the insights-core fixtures and the
    /// two files called kvm.conf that are not modprobe syntax.
    static var corpusFiles: [String] {
        let base = RepositoryPaths.corpus!.appendingPathComponent("modprobe.d")
        var files: [String] = []
        for directory in ["github", "github-negatives", "kmod", "systemd", "rdma-core", "insights-core"] {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: base.appendingPathComponent(directory).path)) ?? []
            files += names.filter { $0.hasSuffix(".conf") }.map { "\(directory)/\($0)" }
        }
        return files.sorted()
    }

    @Test func everyRealModprobeFileProducesExactlyTheListedFindings() {
        let files = Self.corpusFiles
        #expect(files.count >= 33)
        for file in files {
            #expect(Self.lintStandalone(file) == (Self.expectedStandalone[file] ?? []), "\(file)")
        }
    }

    @Test func theFindingsSayWhatToDo() throws {
        let vfio = RepositoryPaths.corpus!.appendingPathComponent("modprobe.d/github")
        let snapshot = Snapshot(
            kind: .templates, name: "vfio", tree: DiskFileTree(rootPath: vfio.path),
            artifacts: [
                ArtifactReference(
                    treePath: "smartperson__ubuntu-x570-qemu-setup__etc__modprobe.d__vfio.conf", kind: .modprobeConfig,
                    file: SourceFile(path: "vfio.conf"))
            ])
        let finding = try #require(Linter(catalog: Self.catalog).lint([snapshot]).findings.first { $0.ruleID == "NL106" })
        #expect(finding.message.contains("'diable_vga'"))
        #expect(finding.message.contains("Did you mean 'disable_vga'?"))
    }

    @Test func realFilesParseAsKmodReadsThem() throws {
        let base = RepositoryPaths.corpus!.appendingPathComponent("modprobe.d/github")
        func parse(_ name: String) throws -> ModprobeFile {
            let bytes = try Data(contentsOf: base.appendingPathComponent(name))
            return ModprobeFile(file: SourceFile(path: name), lines: TextLines(bytes: Array(bytes)))
        }
        // Mixed kvm_intel / kvm-intel spellings are one module.
        let mixed = try parse("neg-serg__system_etc__etc__modprobe.d__kvm.conf")
        #expect(mixed.commands.compactMap(\.moduleName) == ["kvm", "kvm_intel", "kvm_intel", "kvm_intel", "kvm_intel"])
        // The dracut syntax in a modprobe.d file: two lines kmod ignores, no command.
        let dracut = try parse("JohnPreston__fedora30-kvm-nvidia-passthrough__etc__modprobe.d__vfio.conf")
        #expect(dracut.commands.isEmpty)
        #expect(dracut.unknownLines.map(\.line) == [1, 2])
        // No final newline, trailing spaces: the last word is still read whole.
        let noNewline = try parse("malwareslayer__archinstall__etc__modprobe.d__kvm_intel.conf")
        #expect(noNewline.commands.first?.arguments.map(\.text) == ["kvm_intel", "nested=1"])
        let trailing = try parse("sej7278__virt-installs__kvm-intel.conf")
        #expect(trailing.commands[1].arguments.map(\.text) == ["kvm-intel", "nested=y", "ept=y"])
        // The Fedora package file has everything commented out, with the typo `option`.
        let fedora = try parse("yongfengdu__qemu__kvm.conf")
        #expect(fedora.commands.isEmpty)
    }

    // MARK: Loaded modules

    /// Every lsmod of ../shared/corpus/lsmod parses to the modules its INDEX.tsv lists, and a
    /// bundle holding only that lsmod has the vendor module the loaded list proves.
    @Test func realLsmodOutputsGiveTheIndexedModulesAndVendor() throws {
        let base = RepositoryPaths.corpus!.appendingPathComponent("lsmod")
        let index = try String(contentsOf: base.appendingPathComponent("INDEX.tsv"), encoding: .utf8)
        let rows = index.split(separator: "\n").dropFirst().map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(rows.count >= 6)
        for row in rows {
            let bytes = Array(try Data(contentsOf: base.appendingPathComponent(row[0])))
            let modules = LoadedModules(file: SourceFile(path: row[0]), lines: TextLines(bytes: bytes))
            #expect(modules.modules.count == Int(row[2]), "\(row[0]) module count")
            #expect((modules.modules["kvm"] != nil) == (row[3] == "True"), "\(row[0]) kvm")
            #expect((modules.modules["kvm_intel"] != nil) == (row[4] == "True"), "\(row[0]) kvm_intel")
            #expect((modules.modules["kvm_amd"] != nil) == (row[5] == "True"), "\(row[0]) kvm_amd")
            var tree = MemoryFileTree()
            tree.addFile("sos_commands/kernel/lsmod", bytes: bytes)
            let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: row[0])
            let host = SnapshotReader().read(snapshot).hosts[0]
            let facts = HostFactsBuilder(parameters: Self.catalog.parameters).facts(for: host)
            let expected = row[4] == "True" ? "kvm_intel" : (row[5] == "True" ? "kvm_amd" : nil)
            if case .string(let module)? = facts["host.vendor-module"]?.value {
                #expect(module == expected, "\(row[0])")
            } else {
                #expect(expected == nil, "\(row[0])")
            }
            let noisy = Linter(catalog: Self.catalog).lint([snapshot]).findings.filter { $0.severity >= .warning }
            #expect(noisy.isEmpty, "\(row[0]): \(noisy.map(\.message))")
        }
    }

    // MARK: The AMD X570 host

    static let x570 = "host-etc/smartperson__ubuntu-x570-qemu-setup"

    static func x570Snapshot(extraFiles: [String: String] = [:]) throws -> Snapshot {
        let root = RepositoryPaths.corpus!.appendingPathComponent(x570)
        guard extraFiles.isEmpty else {
            // A copy in memory with evidence the real snapshot lacks.
            var tree = MemoryFileTree()
            let enumerator = FileManager.default.enumerator(atPath: root.path)
            while let relative = enumerator?.nextObject() as? String {
                var isDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path, isDirectory: &isDirectory)
                if !isDirectory.boolValue {
                    tree.addFile(relative, bytes: Array(try Data(contentsOf: root.appendingPathComponent(relative))))
                }
            }
            for (path, text) in extraFiles { tree.addFile(path, text: text) }
            return BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "x570")
        }
        return BundleScanner(tree: DiskFileTree(rootPath: root.path), namer: PathNamer(prefix: "")).scan(name: "x570")
    }

    /// The real /etc of an Ubuntu 20.04 host on an AMD X570 board, without cpuinfo, sysfs or
    /// lsmod. Ubuntu's qemu-system-x86 package put `options kvm_intel nested=1` there: a no-op
    /// on AMD. nestlint does not report it on this snapshot, on purpose.
    ///
    /// Decision on weak vendor evidence: the snapshot hints at AMD (`amd_iommu=on` in
    /// etc/default/grub, a win10 guest requiring `svm` with host-passthrough, the board's name),
    /// but RULES.md defines NL108 on the cpuinfo vendor, and these hints are not that: the grub
    /// line is next-boot configuration, often copied between hosts and harmless on Intel, and a
    /// guest definition says what the guest asks for, not what the host is. Weak hints are never
    /// used for a finding, so without cpuinfo or loaded-module evidence the vendor module is
    /// unknown (inspect says so) and the vendor-dependent rules (NL103, NL108, NL111, NL3xx,
    /// NL70x) stay silent. The only host finding is the vendor-independent typo in vfio.conf.
    @Test func theX570HostProducesOnlyTheTypoWithoutCPUEvidence() throws {
        let snapshot = try Self.x570Snapshot()
        let result = Linter(catalog: Self.catalog).lint([snapshot])
        let host = result.findings.filter { Self.isHostRule($0.ruleID) }.map { "\($0.location):\($0.ruleID):\($0.severity.rawValue)" }
        #expect(host == ["etc/modprobe.d/vfio.conf:2:NL106:warning"])
        let facts = HostFactsBuilder(parameters: Self.catalog.parameters).facts(for: SnapshotReader().read(snapshot).hosts[0])
        #expect(facts["host.vendor-module"] == nil)
        #expect(facts["host.kvm-in-use"]?.value == .bool(true))
    }

    /// The same files with the AMD cpuinfo the host would have: now the package file is
    /// reported where it is, as a warning, since nothing configures kvm_amd.
    @Test func theX570FilesWithAnAMDCPUReportThePackageFile() throws {
        let snapshot = try Self.x570Snapshot(extraFiles: [
            "proc/cpuinfo":
                "processor\t: 0\nvendor_id\t: AuthenticAMD\nmodel name\t: AMD Ryzen 9 3900X 12-Core Processor\nflags\t\t: fpu svm lm\n"
        ])
        let result = Linter(catalog: Self.catalog).lint([snapshot])
        let host = result.findings.filter { Self.isHostRule($0.ruleID) }.map { "\($0.location):\($0.ruleID):\($0.severity.rawValue)" }
            .sorted()
        #expect(host == ["etc/modprobe.d/qemu-system-x86.conf:1:NL108:warning", "etc/modprobe.d/vfio.conf:2:NL106:warning"])
        let finding = try #require(result.findings.first { $0.ruleID == "NL108" })
        #expect(finding.message.contains("kvm_amd"))
    }
}
