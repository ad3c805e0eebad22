import Foundation
import Testing

@testable import NestlintCore

/// The fast bundle scan (remembered directories, last components answered without the full
/// walk, listings that tell each entry's kind, the scanner's resolutions carried to the
/// reader) finds, reports and reads exactly what the old walk did: held to
/// `ReferenceBundleScan`, the old code kept as it was.
@Suite struct ScanEquivalenceTests {
    static let catalog = HostFixtureTests.catalog

    /// Scans and reads the bundle `name` in `parent` as a fleet run does (a unit of its own,
    /// over a remembering tree) and as the oracle does, and compares everything.
    func expectSameScanAndRead(
        parent: String, name: String, _ comment: Comment? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws
    {
        let source = SnapshotSource(
            .bundleDirectory(tree: DiskFileTree(rootPath: parent), path: name, namer: PathNamer(prefix: "")), shardKey: name)
        let snapshots = source.open(limits: ArchiveLimits())
        let snapshot = try #require(snapshots.first, sourceLocation: sourceLocation)
        let oracle = ReferenceBundleScan(rootPath: parent + "/" + name, namer: PathNamer(prefix: name))
        let label = "\(name)\(comment.map { ": \($0)" } ?? "")"
        #expect(snapshots.count == 1, "\(label)", sourceLocation: sourceLocation)
        #expect(snapshot.artifacts == oracle.artifacts, "\(label)", sourceLocation: sourceLocation)
        #expect(
            snapshot.resolvedArtifacts?.agree(with: oracle.resolutions) == true,
            "\(label): \(String(describing: snapshot.resolvedArtifacts)) / \(oracle.resolutions)",
            sourceLocation: sourceLocation)
        #expect(snapshot.unreadable == oracle.unreadable, "\(label)", sourceLocation: sourceLocation)
        #expect(snapshot.layout == oracle.layout, "\(label)", sourceLocation: sourceLocation)
        #expect(snapshot.sysModules == oracle.sysModules, "\(label)", sourceLocation: sourceLocation)

        let read = SnapshotReader().read(snapshot)
        let host = try #require(read.hosts.first, sourceLocation: sourceLocation)
        #expect(host.files.map { $0.reference } == oracle.artifacts, "\(label)", sourceLocation: sourceLocation)
        for (index, file) in host.files.enumerated() where index < oracle.loaded.count {
            switch oracle.loaded[index] {
            case .bytes(let bytes):
                #expect(read.contents[file.reference.file] == bytes, "\(label): \(file.reference.treePath)", sourceLocation: sourceLocation)
            case .problem(let message):
                #expect(read.contents[file.reference.file] == nil, "\(label): \(file.reference.treePath)", sourceLocation: sourceLocation)
                #expect(file.problems.first?.message == message, "\(label): \(file.reference.treePath)", sourceLocation: sourceLocation)
            }
        }
        #expect(!read.contents.values.contains { Self.containsMarker($0) }, "\(label): read outside", sourceLocation: sourceLocation)

        let linter = Linter(catalog: Self.catalog)
        let fast = linter.lint([snapshot]).findings
        let slow = linter.lint([oracle.snapshot(name: snapshot.name)]).findings
        #expect(fast == slow, "\(label)", sourceLocation: sourceLocation)
    }

    static func containsMarker(_ bytes: [UInt8]) -> Bool {
        String(decoding: bytes, as: UTF8.self).contains(HostileXMLTests.marker)
    }

    static func directories(in url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    @Test func everyFixtureBundleScansAndReadsAsBefore() throws {
        let bundles = RepositoryPaths.fixtures.appendingPathComponent("bundles")
        let names = Self.directories(in: bundles)
        #expect(names.count >= 8)
        for name in names { try expectSameScanAndRead(parent: bundles.path, name: name) }
        let hostile = RepositoryPaths.fixtures.appendingPathComponent("hostile")
        for name in ["bundle-links", "bundle-junk"] { try expectSameScanAndRead(parent: hostile.path, name: name) }
    }

    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func theCorpusSosreportsScanAndReadAsBefore() throws {
        let corpus = RepositoryPaths.corpus!.appendingPathComponent("sosreport")
        let names = Self.directories(in: corpus)
        #expect(!names.isEmpty)
        for name in names { try expectSameScanAndRead(parent: corpus.path, name: name) }
    }

    /// Links at every place the scan looks, files where directories belong, FIFOs, names that
    /// are not UTF-8, and names that `String` holds equal while the file system does not.
    @Test(arguments: [
        "links leaving", "absolute links", "loops and chains", "directory links", "listed entries", "flattened sosreport",
        "equivalent names", "odd names",
    ])
    func hostileLayoutsScanAndReadAsBefore(layout: String) throws {
        let scratch = try HostileScratch()
        try scratch.write("outside/secret", "options kvm_intel nested=0 \(HostileXMLTests.marker)\n")
        try scratch.write("outside/dir/kvm.conf", "options kvm_intel nested=0 \(HostileXMLTests.marker)\n")
        try scratch.write("outside/vm.xml", "<domain type='kvm'><name>\(HostileXMLTests.marker)</name></domain>\n")
        try scratch.write("host/proc/cpuinfo", HostileLinkTests.cpuinfo)
        switch layout {
        case "links leaving":
            try scratch.link("host/proc/version", to: "../../outside/secret")
            try scratch.link("host/etc/modprobe.d/kvm.conf", to: "../../../outside/secret")
            try scratch.link("host/etc/libvirt/qemu", to: "../../../outside")
            try scratch.link("host/proc/cmdline", to: "/../../../../../../../..\(scratch.absolute("outside/secret"))")
            try scratch.link("host/sys/module/kvm_intel/parameters", to: "../../../../outside/dir")
            try scratch.link("host/run/libvirt/qemu/up.xml", to: "../../../../outside/vm.xml")
        case "absolute links":
            try scratch.write("host/data/cpuinfo", HostileLinkTests.cpuinfo)
            try scratch.link("host/proc/modules", to: "/data/cpuinfo")
            try scratch.write("host/usr/lib/modprobe.d/kvm.conf", "options kvm_intel nested=1\n")
            try scratch.link("host/lib", to: "/usr/lib")
            try scratch.write("host/usr/lib/modules/6.1.0/modules.builtin", "kernel/arch/x86/kvm/kvm.ko\n")
            try scratch.link("host/proc/cmdline", to: scratch.absolute("outside/secret"))
            try scratch.link("host/etc/hostname", to: "/nowhere/hostname")
            try scratch.link("host/var/run", to: "/run")
            try scratch.write("host/run/libvirt/qemu/l2.xml", "<domstatus><domain type='kvm'><name>l2</name></domain></domstatus>\n")
        case "loops and chains":
            for index in 0..<41 { try scratch.link("host/proc/l\(index)", to: index == 0 ? "cpuinfo" : "l\(index - 1)") }
            try scratch.link("host/proc/version", to: "l39")
            try scratch.link("host/proc/cmdline", to: "l40")
            try scratch.link("host/proc/modules", to: "modules")
            try scratch.link("host/etc/modprobe.d", to: "/etc/../etc/modprobe.d")
            try scratch.link("host/sys/module/kvm", to: "../module/kvm_amd")
            try scratch.link("host/sys/module/kvm_amd", to: "kvm")
            try scratch.link("host/etc/libvirt/qemu/a.xml", to: "b.xml")
            try scratch.link("host/etc/libvirt/qemu/b.xml", to: "a.xml")
        case "directory links":
            try scratch.write("host/data/params/nested", "Y\n")
            try scratch.write("host/data/params/ept", "Y\n")
            try scratch.link("host/sys/module/kvm_intel/parameters", to: "../../../data/params")
            try scratch.link("host/sys/module/kvm/parameters", to: "/data/params")
            try scratch.write("host/data/qemu/vm.xml", "<domain type='kvm'><name>vm</name></domain>\n")
            try scratch.link("host/etc/libvirt/qemu", to: "../../data/qemu")
            try scratch.link("host/run/libvirt/qemu", to: "/etc/libvirt/qemu")
            try scratch.link("host/usr/lib/modprobe.d", to: "/")
            try scratch.link("host/etc/modprobe.d", to: "../data/qemu")
            try scratch.write("host/proc/version/inner", "a file under a name that should be a file\n")
        case "listed entries":
            try scratch.write("host/etc/modprobe.d/kvm.conf", "options kvm_intel nested=1\n")
            try scratch.write("host/etc/modprobe.d/sub/inner.conf", "options kvm_amd nested=1\n")
            try scratch.link("host/etc/modprobe.d/sub/link.conf", to: "../kvm.conf")
            try scratch.link("host/etc/modprobe.d/same.conf", to: "kvm.conf")
            try scratch.link("host/etc/modprobe.d/dir.conf", to: "sub")
            try scratch.link("host/etc/modprobe.d/dangling.conf", to: "missing.conf")
            try scratch.fifo("host/etc/modprobe.d/fifo.conf")
            try scratch.socket("host/etc/modprobe.d/socket.conf")
            try scratch.directory("host/etc/libvirt/qemu/dir.xml")
            try scratch.fifo("host/etc/libvirt/qemu/fifo.xml")
            try scratch.write("host/etc/libvirt/qemu/real.xml", "<domain type='kvm'><name>real</name></domain>\n")
            try scratch.link("host/etc/libvirt/qemu/alias.xml", to: "real.xml")
            try scratch.link("host/etc/libvirt/qemu/long.xml", to: String(repeating: "./", count: 700) + "real.xml")
            try scratch.link("host/etc/libvirt/qemu/longer.xml", to: String(repeating: "./", count: 2000) + "real.xml")
            try scratch.write("host/sys/module/kvm_intel/parameters/nested", "Y\n")
            try scratch.link("host/sys/module/kvm_intel/parameters/ept", to: "nested")
            try scratch.fifo("host/sys/module/kvm_intel/parameters/fifo")
        case "flattened sosreport":
            try scratch.write("host/sos_commands/kernel/lsmod", "Module Size Used by\nkvm_intel 1 0\nkvm 1 1 kvm_intel\n")
            try scratch.write("host/sos_commands/kernel/uname_-a", "Linux host 6.1.0 #1 SMP x86_64 GNU/Linux\n")
            try scratch.write("host/lsmod", "sos_commands/kernel/lsmod\n")
            try scratch.write("host/uname", "sos_commands/kernel/uname_-a")
            try scratch.write("host/sys/devices/virtual/dmi/id/product_uuid", "1234\n")
            try scratch.write("host/sys/class/dmi/id", "../../devices/virtual/dmi/id\n")
            try scratch.write("host/sos_commands/virsh/virsh_-r_dumpxml_vm", "<domain type='kvm'><name>vm</name></domain>\n")
            try scratch.link("host/sos_commands/virsh/virsh_-r_dumpxml_out", to: "../../../outside/vm.xml")
        case "equivalent names":
            // Å (U+00C5) and the Ångström sign (U+212B), é and e + U+0301, K and the Kelvin
            // sign: different names on disk, equal as Swift strings. One of each pair leads out.
            try scratch.write("host/etc/modprobe.d/\u{C5}/kvm.conf", "options kvm_intel nested=1\n")
            try scratch.link("host/etc/modprobe.d/\u{212B}", to: "../../../outside/dir")
            try scratch.write("host/etc/modprobe.d/e\u{301}.conf", "options kvm_intel nested=1\n")
            try scratch.link("host/etc/modprobe.d/\u{E9}.conf", to: "../../../outside/secret")
            try scratch.write("host/etc/libvirt/qemu/K.xml", "<domain type='kvm'><name>k</name></domain>\n")
            try scratch.link("host/etc/libvirt/qemu/\u{212A}.xml", to: "../../../../outside/vm.xml")
            try scratch.link("host/etc/libvirt/qemu/\u{C5}.xml", to: "../../../../outside/vm.xml")
            try scratch.write("host/etc/libvirt/qemu/\u{212B}.xml", "<domain type='kvm'><name>a</name></domain>\n")
            // Eight names on disk, not four: the names were written as they are.
            let listed =
                DiskFileTree(rootPath: scratch.absolute("host")).childNames(of: "etc/modprobe.d")
                + DiskFileTree(rootPath: scratch.absolute("host")).childNames(of: "etc/libvirt/qemu")
            #expect(Set(listed.map { Array($0.utf8) }).count == 8)
        default:
            try scratch.write("host/etc/modprobe.d/caf" + "\u{FFFD}" + ".conf", "options kvm_intel nested=1\n")
            // Latin-1 names (not UTF-8): a file, and a link whose target is one too.
            try DiskListingTests.createRaw(
                in: scratch.absolute("host/etc/modprobe.d"), name: Array("caf".utf8) + [0xE9] + Array(".conf".utf8))
            try DiskListingTests.createRaw(
                in: scratch.absolute("host/etc/libvirt/qemu"), name: Array("l".utf8) + [0xE9] + Array(".xml".utf8),
                linkTarget: Array("caf".utf8) + [0xE9] + Array(".xml".utf8))
            try DiskListingTests.createRaw(
                in: scratch.absolute("host/etc/libvirt/qemu"), name: Array("caf".utf8) + [0xE9] + Array(".xml".utf8))
            try scratch.write("host/etc/libvirt/qemu/ .xml", "<domain type='kvm'><name>space</name></domain>\n")
            try scratch.write("host/etc/libvirt/qemu/\u{F7E9}.xml", "<domain type='kvm'><name>private use</name></domain>\n")
            try scratch.write("host/etc/libvirt/qemu/..xml", "<domain type='kvm'><name>dots</name></domain>\n")
        }
        try expectSameScanAndRead(parent: scratch.path, name: "host", "\(layout)")
    }

    @Test func randomLayoutsScanAndReadAsBefore() throws {
        for seed in UInt64(1)...60 {
            let scratch = try HostileScratch()
            RandomBundleLayout.build(in: scratch, seed: seed)
            try expectSameScanAndRead(parent: scratch.path, name: "host", "seed \(seed)")
        }
    }

    /// Asks `fast` and `slow` the same random questions (resolutions, dangling links, and the
    /// listings the scanner would make of resolved directories) and expects the same answers.
    func expectSameAnswers(
        _ fast: SafePathResolver, _ slow: ReferencePathResolver, paths: [String], seed: UInt64,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        var random = HostileRandom(seed: seed)
        for _ in 0..<300 {
            let path = paths[Int(random.next() % UInt64(paths.count))]
            switch random.next() % 4 {
            case 0:
                let expected = slow.danglingLink(on: path).map { "\($0)" }
                #expect(fast.danglingLink(on: path).map { "\($0)" } == expected, "seed \(seed): \(path)", sourceLocation: sourceLocation)
            case 1:
                // Both asked alike: each resolver remembers what it resolves.
                let resolution = slow.resolve(path)
                let answer = fast.resolve(path)
                #expect(answer.agrees(with: resolution), "seed \(seed): \(path): \(answer) / \(resolution)", sourceLocation: sourceLocation)
                if case .directory(let resolved) = resolution {
                    #expect(
                        fast.tree.childNames(of: resolved) == slow.tree.childNames(of: resolved), "seed \(seed): \(path)",
                        sourceLocation: sourceLocation)
                }
            default:
                let (answer, resolution) = (fast.resolve(path), slow.resolve(path))
                #expect(answer.agrees(with: resolution), "seed \(seed): \(path): \(answer) / \(resolution)", sourceLocation: sourceLocation)
            }
        }
    }

    /// A random bundle with twin names under `x`: equal as `String`s, different on disk, one of
    /// them a link out. Returns the bundle root and the paths to ask about.
    func randomBundleWithTwins(in scratch: HostileScratch, seed: UInt64) throws -> (root: String, paths: [String]) {
        RandomBundleLayout.build(in: scratch, seed: seed)
        try scratch.write("host/x/\u{C5}/y", "inside\n")
        try scratch.link("host/x/\u{212B}", to: "../../outside/dir")
        try scratch.write("outside/dir/y", "\(HostileXMLTests.marker)\n")
        try scratch.link("host/x/e\u{301}", to: "\u{C5}")
        try scratch.write("host/x/\u{E9}/y", "inside\n")
        try scratch.write("host/x/K/y", "inside\n")
        try scratch.link("host/x/\u{212A}", to: "/outside")
        let twins = [
            "x", "x/\u{C5}", "x/\u{212B}", "x/\u{C5}/y", "x/\u{212B}/y", "x/e\u{301}/y", "x/\u{E9}/y", "x/e\u{301}", "x/\u{E9}", "x/K",
            "x/\u{212A}", "x/K/y", "x/\u{212A}/y", "x/./\u{C5}/../\u{212B}/y",
        ]
        let vocabulary = RandomBundleLayout.vocabulary
        return (scratch.absolute("host"), vocabulary + twins + vocabulary.map { $0 + "/x" } + ["", ".", ".."])
    }

    /// The resolver alone, in any order of questions (the scanner asks in one order only).
    /// The directories it remembers are looked up by `String`, so a twin may meet its
    /// sibling's entry; the path asked must then be walked as the old resolver walked it.
    @Test func theResolverAnswersAsBeforeInAnyOrder() throws {
        for seed in UInt64(1)...30 {
            let scratch = try HostileScratch()
            let (root, paths) = try randomBundleWithTwins(in: scratch, seed: seed)
            expectSameAnswers(
                SafePathResolver(tree: DiskFileTree(rootPath: root)), ReferencePathResolver(tree: ReferenceDiskTree(rootPath: root)),
                paths: paths, seed: seed)
        }
    }

    /// The resolver over the remembering tree, whose listings also tell kinds, in any order of
    /// questions: the same answers as the old pair, twins included, since a kind is learnt
    /// from a listing only for a path no other `String` equals, and is the `lstat` a question
    /// would have made.
    @Test func theRememberingTreeAnswersAsBeforeInAnyOrder() throws {
        for seed in UInt64(1)...30 {
            let scratch = try HostileScratch()
            let (root, paths) = try randomBundleWithTwins(in: scratch, seed: seed)
            expectSameAnswers(
                SafePathResolver(tree: MemoizedFileTree(base: DiskFileTree(rootPath: root))),
                ReferencePathResolver(tree: ReferenceMemoizedTree(base: ReferenceDiskTree(rootPath: root))), paths: paths, seed: seed)
        }
    }
}
