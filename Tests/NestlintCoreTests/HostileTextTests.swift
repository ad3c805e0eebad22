import Foundation
import NestlintCore
import Testing

/// Text artifacts as other machines leave them: binary junk, Latin-1, broken UTF-8, CRLF, no
/// final newline, nothing at all. The line a finding points at must not move.
@Suite struct HostileTextTests {
    /// A bundle where nesting is configured on `line` of kvm.conf but off at runtime, so NL301
    /// points at that line and NL203 at the sysfs file.
    func lintConfigured(modprobe: [UInt8], sysfs: [UInt8] = Array("N\n".utf8)) throws -> LintResult {
        let scratch = try HostileScratch()
        try scratch.write("host/proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n")
        try scratch.write("host/etc/modprobe.d/kvm.conf", bytes: modprobe)
        try scratch.write("host/sys/module/kvm_intel/parameters/nested", bytes: sysfs)
        return try scratch.lint("host")
    }

    static let options = Array("options kvm_intel nested=1".utf8)

    @Test(
        arguments: [
            ("Latin-1 comment", [0x23, 0x20, 0x72, 0xE9, 0x67, 0x6C, 0x61, 0x67, 0x65, 0x0A], 1),
            ("lone continuation bytes", [0x23, 0x80, 0xBF, 0x0A, 0x0A], 2),
            ("overlong and surrogate encodings", [0x23, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0x0A], 1),
            ("truncated four-byte sequence", [0x23, 0xF0, 0x9F, 0x98, 0x0A, 0x23, 0x0A], 2),
            ("control characters and DEL", [0x23, 0x01, 0x1B, 0x5B, 0x32, 0x4A, 0x7F, 0x0A], 1),
            ("a carriage return in mid-line", Array("# one\rtwo\n".utf8), 1),
            ("CRLF line ends", Array("# kvm\r\n\r\n".utf8), 2),
            ("a lone CR line end (old Mac)", Array("# kvm\r# more\r\n".utf8), 1),
        ] as [(String, [UInt8], Int)])
    func oddBytesBeforeAnOptionsLineKeepItsLineNumber(name: String, prefix: [UInt8], lines: Int) throws {
        let result = try lintConfigured(modprobe: prefix + Self.options + [0x0A])
        #expect(result.places(of: "NL301") == ["host/etc/modprobe.d/kvm.conf:\(lines + 1)"], "\(name)")
        #expect(result.places(of: "NL002").isEmpty, "\(name): no NUL, so the file is text")
    }

    @Test func crlfEverywhereKeepsEveryLine() throws {
        let result = try lintConfigured(modprobe: Array("# nesting\r\n\r\noptions kvm_intel nested=1\r\n".utf8), sysfs: Array("N\r\n".utf8))
        #expect(result.places(of: "NL301") == ["host/etc/modprobe.d/kvm.conf:3"])
        #expect(result.places(of: "NL203") == ["host/sys/module/kvm_intel/parameters/nested:1"], "N\\r reads as N")
    }

    @Test func noFinalNewline() throws {
        let result = try lintConfigured(modprobe: Array("# nesting\n".utf8) + Self.options, sysfs: Array("N".utf8))
        #expect(result.places(of: "NL301") == ["host/etc/modprobe.d/kvm.conf:2"])
        #expect(result.places(of: "NL203") == ["host/sys/module/kvm_intel/parameters/nested:1"])
    }

    @Test func binaryJunkInAModprobeFileIsSkippedAtItsFirstNUL() throws {
        let scratch = try HostileScratch()
        let fixture = RepositoryPaths.fixtures.appendingPathComponent("hostile/bundle-junk")
        try scratch.write(
            "host/etc/modprobe.d/kvm.conf", bytes: Array(try Data(contentsOf: fixture.appendingPathComponent("etc/modprobe.d/kvm.conf"))))
        try scratch.write("host/proc/cpuinfo", bytes: Array(try Data(contentsOf: fixture.appendingPathComponent("proc/cpuinfo"))))
        let result = try scratch.lint("host")
        let finding = try #require(result.findings("NL002", at: "host/etc/modprobe.d/kvm.conf").first)
        #expect(finding.location.line == 2, "the first NUL is on line 2")
        #expect(finding.message.contains("NUL byte on this line"))
        #expect(finding.message.contains("skipped"))
        // The junk file's options are not used: nothing claims nesting is configured.
        #expect(result.places(of: "NL301").isEmpty)
    }

    @Test func randomBytesWithoutNULAreReadAsTextWithoutCrashing() throws {
        var generator = HostileRandom(seed: 0x6e65_73746c69)
        for _ in 0..<20 {
            let junk = (0..<4096).map { _ in UInt8(truncatingIfNeeded: generator.next() % 255 + 1) }
            let result = try lintConfigured(modprobe: junk + [0x0A] + Self.options + [0x0A])
            let lines = junk.filter { $0 == 0x0A }.count + 1
            // The junk may hold options lines of its own; the real one is after it.
            #expect(result.places(of: "NL301").allSatisfy { $0.hasPrefix("host/etc/modprobe.d/kvm.conf:") })
            #expect(result.findings.allSatisfy { $0.location.line >= 1 && $0.location.line <= lines + 1 })
        }
    }

    @Test func emptyFilesAreNoEvidenceAndNoFinding() throws {
        let scratch = try HostileScratch()
        for path in [
            "etc/modprobe.d/kvm.conf", "proc/cpuinfo", "sys/module/kvm_intel/parameters/nested", "sos_commands/kernel/lsmod",
            "proc/cmdline", "proc/version", "lib/modules/6.1.0/modules.builtin", "etc/hostname",
        ] {
            try scratch.write("host/" + path, "")
        }
        let result = try scratch.lint("host")
        #expect(result.findings.isEmpty, "an empty file holds no evidence: \(result.findings.map(\.message))")
        let inspection = Inspection(
            snapshots: try InputDiscovery(workingDirectory: scratch.path).discover(arguments: ["host"]).snapshots,
            catalog: HostileScratch.catalog)
        #expect(inspection.entries.first?.files.count == 8, "inspect still lists every empty file")
    }

    @Test func emptyDomainXMLInABundleIsNL001() throws {
        let scratch = try HostileScratch()
        try scratch.write("host/etc/libvirt/qemu/vm.xml", "")
        try scratch.write("host/proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")
        #expect(try scratch.lint("host").places(of: "NL001") == ["host/etc/libvirt/qemu/vm.xml:1"])
    }

    @Test func textLinesNumberLikeTheKernelReadsThem() {
        let lines = TextLines(bytes: [0x61, 0x0D, 0x0A, 0x0D, 0x0A, 0x62, 0xFF, 0x0A, 0x63])
        #expect(lines.lines == ["a", "", "b\u{FFFD}", "c"])
        #expect(!lines.containsNUL)
        #expect(TextLines(bytes: []).lines.isEmpty)
        #expect(TextLines(bytes: [0x0A]).lines == [""])
        #expect(TextLines(bytes: [0x61, 0x00]).containsNUL)
    }
}
