import Foundation
import Testing

/// Hostile bundles and templates through the real command line, in every output format: the
/// run ends (no FIFO or device blocks it), exits 0 or 1, reports each hostile file at its place,
/// and no byte from outside the linted directories appears anywhere in its output.
@Suite struct HostileCommandLineTests {
    static let formats = ["text", "json", "sarif", "junit", "github"]

    /// Every place a finding must point at, as `path:line` with its rule.
    static let expected = [
        "host/etc/modprobe.d/kvm.conf:3 NL301",
        "host/etc/modprobe.d/escape.conf:1 NL002",
        "host/etc/modprobe.d/absolute.conf:1 NL002",
        "host/etc/modprobe.d/junk.conf:2 NL002",
        "host/etc/modprobe.d/fifo.conf:1 NL002",
        "host/proc/cmdline:1 NL002",
        "host/proc/version:1 NL002",
        "host/etc/libvirt/qemu/huge.xml:1 NL002",
        "host/etc/libvirt/qemu/deep.xml:258 NL001",
        "host/etc/libvirt/qemu/laughs.xml:15 NL001",
        "host/etc/libvirt/qemu/empty.xml:1 NL001",
        "host/run/libvirt/qemu/loop.xml:1 NL002",
        "templates/with space.xml:3 NL001",
        "templates/hash#1.xml:3 NL001",
        "templates/100%.xml:3 NL001",
        "templates/café-ü.xml:3 NL001",
        "templates/x:colon.xml:3 NL001",
    ]

    @Test(arguments: formats)
    func aHostileRunEndsLeaksNothingAndReportsEveryFile(format: String) throws {
        let layout = try HostileLayout()
        try layout.layOut()
        let outcome = try HostileProcess.run(["lint", "host", "templates", "--format", format], in: layout.work)
        let status = try #require(outcome.status, "nestlint did not finish within a minute (\(format))")
        #expect(status == 1, "NL001 errors fail the run; anything but 0 or 1 is a tool failure: \(outcome.error)")
        #expect(!outcome.output.contains(HostileLayout.marker) && !outcome.error.contains(HostileLayout.marker))
        #expect(outcome.error.isEmpty, "\(outcome.error)")
        if format == "text" {
            let lines = outcome.output.split(separator: "\n")
            let missing = Self.expected.filter { place in
                let split = place.lastIndex(of: " ")!
                let (location, rule) = (place[..<split], place[place.index(after: split)...])
                return !lines.contains { $0.hasPrefix(location + ": ") && $0.contains("[\(rule)]") }
            }
            #expect(missing.isEmpty, "missing \(missing) in:\n\(outcome.output)")
            #expect(outcome.output.contains("templates/caf\u{F7E9}.xml:3: error: [NL001]"), "a Latin-1 file name is linted, not skipped")
        }
    }

    @Test func inspectEndsAndLeaksNothing() throws {
        let layout = try HostileLayout()
        try layout.layOut()
        let outcome = try HostileProcess.run(["inspect", "host", "templates"], in: layout.work)
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(!outcome.output.contains(HostileLayout.marker) && !outcome.error.contains(HostileLayout.marker))
        #expect(outcome.output.contains("a FIFO where a regular file was expected"))
    }

    @Test(.enabled(if: HostileSharedTools.available, HostileSharedTools.missingComment))
    func sarifOfAHostileRunIsValidWithEncodedURIs() throws {
        let layout = try HostileLayout()
        try layout.layOut()
        let report = layout.url.appendingPathComponent("hostile.sarif")
        let outcome = try HostileProcess.run(["lint", "host", "templates", "--format", "sarif", "--output", report.path], in: layout.work)
        #expect(outcome.status == 1, "\(outcome.error)")
        let validation = try HostileSharedTools.validate("validate_sarif.py", report)
        #expect(validation.status == 0, "\(validation.output)")
        let github = try HostileSharedTools.validate("check_sarif_github.py", report)
        #expect(github.status == 0, "\(github.output)")
        let text = try String(contentsOf: report, encoding: .utf8)
        for uri in [
            "templates/with%20space.xml", "templates/hash%231.xml", "templates/100%25.xml", "templates/caf%C3%A9-%C3%BC.xml",
            "templates/x:colon.xml", "templates/caf%EF%9F%A9.xml", "host/etc/libvirt/qemu/deep.xml",
        ] {
            #expect(text.contains("\"uri\" : \"\(uri)\""), "\(uri)")
        }
        #expect(!text.contains(HostileLayout.marker))
        let absolute = text.split(separator: "\n").filter { $0.contains("\"uri\" : \"/") || $0.contains("\"uri\" : \"file:") }
        #expect(absolute.isEmpty, "no absolute URI in the report: \(absolute)")
    }

    @Test func controlCharactersFromTheSnapshotCannotDriveTheTerminal() throws {
        let layout = try HostileLayout()
        // A value that would hide itself (ESC [8m: concealed text) and a name that would forge a
        // report line of its own.
        try layout.write("work/host/etc/modprobe.d/kvm.conf", "options kvm_intel nested=\u{1B}[8mY\u{1B}[0m\n")
        try layout.write("work/host/proc/cpuinfo", "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")
        try layout.write("work/host/etc/libvirt/qemu/x\nfake.conf:1: error: [NL999] forged\r.xml", "<domain")
        let outcome = try HostileProcess.run(["lint", "host"], in: layout.work)
        #expect(outcome.status == 1)
        #expect(!outcome.output.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "no control character reaches the terminal")
        #expect(outcome.output.contains("nested=\u{241B}[8mY\u{241B}[0m"))
        #expect(!outcome.output.split(separator: "\n").contains { $0.hasPrefix("fake.conf") }, "no forged report line")
        #expect(outcome.output.contains("qemu/x\u{240A}fake.conf:1: error: [NL999] forged\u{240D}.xml:1: error: [NL001]"))
    }

    @Test func aFIFOGivenAsThePathIsNotOpened() throws {
        let layout = try HostileLayout()
        try layout.fifo("work/vm.xml")
        let outcome = try HostileProcess.run(["lint", "vm.xml"], in: layout.work)
        #expect(outcome.status == 0, "a warning only: \(outcome.output) \(outcome.error)")
        #expect(outcome.output.contains("vm.xml:1: warning: [NL002]"))
    }

    @Test func aDanglingLinkGivenAsThePathIsAToolErrorNotAHang() throws {
        let layout = try HostileLayout()
        try layout.write("work/.keep", "")
        try layout.link("work/gone.xml", to: "nowhere.xml")
        let outcome = try HostileProcess.run(["lint", "gone.xml"], in: layout.work, seconds: 30)
        #expect(outcome.status == 2)
        #expect(outcome.error.contains("gone.xml"))
    }

    @Test func anUnwritableReportSaysWhyAndThatNothingWasWritten() throws {
        let layout = try HostileLayout()
        try layout.write("work/vm.xml", "<domain type='kvm'><name>vm</name></domain>\n")
        let outcome = try HostileProcess.run(["lint", "vm.xml", "--output", "no-such-directory/report.sarif"], in: layout.work)
        #expect(outcome.status == 2)
        #expect(
            outcome.error.contains("no-such-directory/report.sarif: No such file or directory; no report was written"), "\(outcome.error)")
    }
}
