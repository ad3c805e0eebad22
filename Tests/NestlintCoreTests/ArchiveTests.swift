import Foundation
import Testing

@testable import NestlintCore

/// Bundles read from `.tar`, `.tar.gz` and `.tar.xz` archives: the same findings as unpacked,
/// nothing written or followed outside the archive, and every broken or hostile archive a
/// finding instead of a crash.
@Suite struct ArchiveTests {
    /// The fixture bundles, including the hostile ones (links out of the root, loops, junk).
    static let fixtureBundles: [URL] = {
        let fixtures = RepositoryPaths.fixtures
        var bundles: [URL] = []
        for folder in ["bundles", "hostile"] {
            let directory = fixtures.appendingPathComponent(folder)
            for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [] {
                let url = directory.appendingPathComponent(name)
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    bundles.append(url)
                }
            }
        }
        return bundles.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }()

    /// A fleet of archives gives the findings of the same fleet unpacked. Report paths differ by
    /// design: `packed/NAME.EXT/NAME/…` (archive, then the member path as stored) against
    /// `unpacked/NAME/…`, so paths and messages are compared with that prefix mapped;
    /// fingerprints hash the path and are left out.
    @Test(arguments: [("tar", "-cf"), ("tgz", "-czf"), ("tar.xz", "-cJf")])
    func archivedFleetGivesTheUnpackedFindings(suffix: String, option: String) async throws {
        let scratch = try ArchiveScratch()
        var replacements: [(String, String)] = []
        for bundle in Self.fixtureBundles {
            let name = bundle.lastPathComponent
            try scratch.copy(bundle, to: "unpacked/\(name)")
            try scratch.createDirectory("packed")
            try ArchiveTarWriter.pack(scratch.url("unpacked/\(name)"), into: scratch.url("packed/\(name).\(suffix)"), options: option)
            replacements.append(("packed/\(name).\(suffix)/\(name)", "unpacked/\(name)"))
        }
        let unpacked = try await scratch.lint(["unpacked"])
        let packed = try await scratch.lint(["packed"])
        let expected = unpacked.findings.map { ArchiveScratch.describe($0) }
        let actual = packed.findings.map { ArchiveScratch.describe($0, replacing: replacements) }
        #expect(expected.count > 20)
        #expect(expected.contains { $0.hasPrefix("NL002") && $0.contains("leaves the bundle") })
        #expect(actual == expected)
        let evaluations = { (result: LintResult, mapping: [(String, String)]) in
            result.evaluations.map { evaluation -> String in
                var suite = evaluation.suite
                for (from, to) in mapping { suite = suite.replacingOccurrences(of: from, with: to) }
                return "\(suite) \(evaluation.kind) \(evaluation.ruleIDs)"
            }.sorted()
        }
        #expect(evaluations(packed, replacements) == evaluations(unpacked, []))
    }

    /// The real sosreport of the corpus, packed as `sos report` would, reads like the folder.
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func corpusSosreportTarballMatchesTheFolder() async throws {
        let scratch = try ArchiveScratch()
        let source = RepositoryPaths.corpus!.appendingPathComponent("sosreport/jds2001-coreos-sosreport-master1")
        try scratch.copy(source, to: "sosreport-master1")
        try ArchiveTarWriter.pack(scratch.url("sosreport-master1"), into: scratch.url("sosreport-master1.tar.xz"), options: "-cJf")
        let folder = try await scratch.lint(["sosreport-master1"])
        let archive = try await scratch.lint(["sosreport-master1.tar.xz"])
        let mapping = [("sosreport-master1.tar.xz/sosreport-master1", "sosreport-master1")]
        #expect(
            archive.findings.map { ArchiveScratch.describe($0, replacing: mapping) } == folder.findings.map { ArchiveScratch.describe($0) })
        #expect(archive.evaluations.count == folder.evaluations.count)
        #expect(archive.evaluations.contains { $0.suite == "sosreport-master1.tar.xz/sosreport-master1/proc/cpuinfo" })
    }

    /// What a bundle scan reads of a sosreport is kept on the first pass (`ArchiveRetention`
    /// follows the scanner): no member is fetched in a second pass.
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func sosreportNeedsOnePass() throws {
        let scratch = try ArchiveScratch()
        let source = RepositoryPaths.corpus!.appendingPathComponent("sosreport/jds2001-coreos-sosreport-master1")
        try scratch.copy(source, to: "sos")
        try ArchiveTarWriter.pack(scratch.url("sos"), into: scratch.url("sos.tgz"), options: "-czf")
        let outcome = ArchiveReader(limits: ArchiveLimits()).read(path: scratch.url("sos.tgz").path, format: .gzip)
        #expect(outcome.failure == nil)
        let snapshots = InputDiscovery.snapshots(inTree: outcome.tree, namer: PathNamer(prefix: "sos.tgz"), name: "sos.tgz")
        #expect(snapshots.count == 1)
        for snapshot in snapshots {
            let resolver = SafePathResolver(tree: snapshot.tree)
            for reference in snapshot.artifacts {
                guard case .regular(let resolved, _) = resolver.resolve(reference.treePath) else { continue }
                #expect(throws: Never.self) { _ = try snapshot.tree.readFile(at: resolved, limit: SnapshotReader.defaultSizeLimit) }
            }
        }
        #expect(outcome.tree.misses.all.isEmpty)
    }

    /// `..`, absolute names and hard links out of the archive are refused before anything is
    /// recorded; a symbolic link out of the bundle is kept as a link and never followed. Nothing
    /// is written anywhere, and nothing from outside the archive reaches the report.
    @Test(arguments: [nil, "gzip", "xz"])
    func membersThatClimbOutAreRejected(compression: String?) async throws {
        let scratch = try ArchiveScratch()
        var tar = ArchiveTarWriter()
        tar.add("host/", type: "5")
        tar.add("host/proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")
        tar.add("host/etc/modprobe.d/kvm.conf", text: "options kvm_intel nested=1\n")
        tar.add("../escape.conf", text: "options kvm_intel nested=0\n")
        tar.add("/etc/modprobe.d/absolute.conf", text: "options kvm_intel nested=0\n")
        tar.add("host/etc/modprobe.d/../../../up.conf", text: "options kvm_intel nested=0\n")
        tar.add("host/etc/modprobe.d/shadow.conf", type: "1", linkName: "../../etc/shadow")
        tar.add("host/sys/module/kvm_intel/parameters/nested", type: "2", linkName: "../../../../../../etc/passwd")
        tar.add("host/proc/cmdline", type: "2", linkName: "/etc/hostname")
        try tar.write(to: scratch.url("fleet/host.tar"), compressedWith: compression)
        let before = scratch.listing()
        let result = try await scratch.lint(["fleet"])
        #expect(scratch.listing() == before)
        let archive = "fleet/host.tar"
        let rejected = result.findings.filter { $0.ruleID == "NL002" && $0.location.file.path == archive }
        #expect(rejected.count == 4)
        #expect(rejected.contains { $0.message.contains("\"../escape.conf\" has a parent-directory (..) component") })
        #expect(rejected.contains { $0.message.contains("\"/etc/modprobe.d/absolute.conf\" has an absolute path") })
        #expect(rejected.contains { $0.message.contains("up.conf\" has a parent-directory") })
        #expect(rejected.contains { $0.message.contains("hard link to \"../../etc/shadow\"") })
        let escape = result.findings.first { $0.location.file.path == "\(archive)/host/sys/module/kvm_intel/parameters/nested" }
        #expect(escape?.ruleID == "NL002")
        #expect(escape?.message.contains("leaves the bundle") == true)
        // The absolute link means <bundle>/etc/hostname, which the archive does not have.
        #expect(!result.findings.contains { $0.location.file.path.hasSuffix("proc/cmdline") && $0.ruleID != "NL002" })
        #expect(result.findings.allSatisfy { !$0.message.contains("root:") && !$0.location.file.path.contains("..") })
        #expect(
            result.findings.contains { $0.location.file.path == "\(archive)/host/etc/modprobe.d/kvm.conf" }
                || result.evaluations.contains { $0.suite == "\(archive)/host/etc/modprobe.d/kvm.conf" })
        #expect(result.findings.filter { $0.location.file.path != archive }.allSatisfy { $0.host == "\(archive)/host" })
    }

    /// A decompression bomb stops at the expanded-size limit with one finding at the archive,
    /// quickly and without holding the expanded data.
    @Test(arguments: ["gzip", "xz"])
    func aDecompressionBombStopsWithAFinding(compression: String) async throws {
        let scratch = try ArchiveScratch()
        var tar = ArchiveTarWriter()
        tar.add("bomb/proc/cpuinfo", text: "vendor_id\t: GenuineIntel\n")
        tar.add("bomb/etc/libvirt/qemu/zeros.xml", contents: [UInt8](repeating: 0x20, count: 8 << 20))
        try tar.write(to: scratch.url("fleet/bomb.tar.gz"), compressedWith: compression)
        let limits = ArchiveLimits(maximumExpandedSize: 1 << 20)
        let result = try await scratch.lint(["fleet"], limits: limits)
        #expect(result.findings.count == 1)
        let finding = try #require(result.findings.first)
        #expect(finding.ruleID == "NL002")
        #expect(finding.location.file.path == "fleet/bomb.tar.gz")
        #expect(finding.message.contains("decompression bomb"))
    }

    /// More members than the limit allows is the same: one finding, nothing linted.
    @Test func tooManyMembersStopWithAFinding() async throws {
        let scratch = try ArchiveScratch()
        var tar = ArchiveTarWriter()
        for index in 0..<50 { tar.add("many/etc/modprobe.d/\(index).conf", text: "# \(index)\n") }
        try tar.write(to: scratch.url("many.tar"))
        let result = try await scratch.lint(["many.tar"], limits: ArchiveLimits(maximumMembers: 20))
        #expect(result.findings.map(\.ruleID) == ["NL002"])
        #expect(result.findings.first?.message.contains("more than 20 members") == true)
    }

    /// Damaged or foreign files named like archives are one NL002 finding each, never a crash
    /// and never a partial lint.
    @Test func damagedArchivesAreFindings() async throws {
        let scratch = try ArchiveScratch()
        var tar = ArchiveTarWriter()
        tar.add("host/proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: vmx\n")
        tar.add("host/etc/modprobe.d/kvm.conf", contents: Array(repeating: UInt8(ascii: "#"), count: 4000))
        let whole = tar.finished()
        try Data(whole.prefix(2600)).write(to: scratch.url("cut.tar"))  // inside kvm.conf's data
        try Data("not an archive at all\n".utf8).write(to: scratch.url("text.tar.gz"))
        var corrupt = whole
        corrupt[1024 + 10] ^= 0xFF  // inside the second header: its checksum no longer matches
        try Data(corrupt).write(to: scratch.url("corrupt.tar"))
        try tar.write(to: scratch.url("crc.tar.xz"), compressedWith: "xz")
        var xz = Array(try Data(contentsOf: scratch.url("crc.tar.xz")))
        xz[xz.count / 2] ^= 0xFF
        try Data(xz).write(to: scratch.url("crc.tar.xz"))
        let result = try await scratch.lint(["cut.tar", "text.tar.gz", "corrupt.tar", "crc.tar.xz"])
        #expect(result.findings.count == 4)
        #expect(result.findings.allSatisfy { $0.ruleID == "NL002" && $0.location.line == 1 })
        let messages = Dictionary(uniqueKeysWithValues: result.findings.map { ($0.location.file.path, $0.message) })
        #expect(messages["cut.tar"]?.contains("cut short") == true)
        #expect(messages["text.tar.gz"]?.contains("not a tar archive") == true)
        #expect(messages["corrupt.tar"]?.contains("bad checksum") == true)
        #expect(messages["crc.tar.xz"] != nil)
    }

    /// pax long names, GNU-style hard links and a plain `./` prefix are read as tar means them.
    @Test func longNamesAndHardLinksAreRead() throws {
        let scratch = try ArchiveScratch()
        var tar = ArchiveTarWriter()
        let deep = "./host/etc/libvirt/qemu/" + String(repeating: "a-very-long-domain-name-", count: 6) + "l1.xml"
        tar.add("./host/proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: vmx\n")
        tar.addLongName(deep, text: "<domain type='kvm'><name>l1</name></domain>\n")
        tar.add("./host/etc/modprobe.d/kvm.conf", text: "options kvm_intel nested=1\n")
        tar.add("./host/lib/modprobe.d/kvm.conf", type: "1", linkName: "./host/etc/modprobe.d/kvm.conf")
        try tar.write(to: scratch.url("host.tar"))
        let snapshots = ArchiveInput(path: scratch.url("host.tar").path, file: SourceFile(path: "host.tar")).open(limits: ArchiveLimits())
        #expect(snapshots.count == 1)
        let snapshot = try #require(snapshots.first)
        #expect(snapshot.kind == .bundle)
        #expect(snapshot.name == "host.tar/host")
        let paths = snapshot.artifacts.map(\.file.path)
        #expect(paths.contains("host.tar/host/" + String(deep.dropFirst("./host/".count))))
        #expect(paths.contains("host.tar/host/lib/modprobe.d/kvm.conf"))
        let linked = try snapshot.tree.readFile(at: "lib/modprobe.d/kvm.conf", limit: 1 << 20)
        #expect(String(decoding: linked, as: UTF8.self) == "options kvm_intel nested=1\n")
    }

    @Test func memberNamesAreCheckedBeforeUse() {
        #expect(ArchiveMemberName.check("./a//b/./c/") == .path("a/b/c"))
        #expect(ArchiveMemberName.check("./") == .path(""))
        #expect(ArchiveMemberName.check("/etc/passwd") == .rejected("has an absolute path"))
        #expect(ArchiveMemberName.check("a/../../b") == .rejected("has a parent-directory (..) component"))
        #expect(ArchiveMemberName.check("a/..b/c") == .path("a/..b/c"))
    }
}
