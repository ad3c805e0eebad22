import Foundation
import NestlintCore
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// FIFOs, devices, sockets and directories where nestlint expects a regular file: each is an
/// NL002 at the file, and none is ever opened for reading (a FIFO would block the run, a
/// character device like /dev/zero would never end).
@Suite struct HostileFileTypeTests {
    static let cpuinfo = "processor\t: 0\nvendor_id\t: GenuineIntel\nflags\t\t: fpu vmx lm\n"

    /// Lints `host`, failing the test instead of hanging when the lint does not finish; a
    /// FIFO at `fifo` is unblocked by opening its write end.
    func lintWithDeadline(_ scratch: HostileScratch, argument: String = "host", fifo: String? = nil) throws -> LintResult {
        let inputs = try InputDiscovery(workingDirectory: scratch.path).discover(arguments: [argument])
        let fifoPath = fifo.map(scratch.absolute)
        let result = HostileDeadline.run(
            seconds: 30,
            unblock: {
                guard let fifoPath else { return }
                let descriptor = open(fifoPath, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
            },
            { Linter(catalog: HostileScratch.catalog).lint(inputs.snapshots) })
        return try #require(result, "the lint blocked: a special file was opened for reading")
    }

    @Test func aFIFOIsNeverOpenedAndNeverBlocks() throws {
        let scratch = try HostileScratch()
        try scratch.write("host/proc/cpuinfo", Self.cpuinfo)
        try scratch.fifo("host/proc/cmdline")
        try scratch.fifo("host/etc/modprobe.d/kvm.conf")
        let result = try lintWithDeadline(scratch, fifo: "host/proc/cmdline")
        for path in ["host/proc/cmdline", "host/etc/modprobe.d/kvm.conf"] {
            let finding = try #require(result.findings("NL002", at: path).first, "\(path)")
            #expect(finding.location.line == 1)
            #expect(finding.message.contains("a FIFO where a regular file was expected; not opened"))
        }
    }

    @Test func aFIFONamedLikeATemplateIsNeverOpened() throws {
        let scratch = try HostileScratch()
        try scratch.fifo("templates/vm.xml")
        let result = try lintWithDeadline(scratch, argument: "templates", fifo: "templates/vm.xml")
        #expect(result.places(of: "NL002") == ["templates/vm.xml:1"])
    }

    @Test func aCharacterDeviceIsNeverRead() throws {
        let scratch = try HostileScratch()
        try scratch.write("host/proc/cpuinfo", Self.cpuinfo)
        // As root a real /dev/zero twin; elsewhere the kernel refuses and a socket stands in.
        let created = try scratch.characterDevice("host/sys/module/kvm_intel/parameters/nested")
        if !created { try scratch.socket("host/sys/module/kvm_intel/parameters/nested") }
        let result = try lintWithDeadline(scratch)
        let finding = try #require(result.findings("NL002", at: "host/sys/module/kvm_intel/parameters/nested").first)
        #expect(finding.message.contains(created ? "a character device where" : "a socket where"))
    }

    @Test func aSocketIsNeverRead() throws {
        let scratch = try HostileScratch()
        try scratch.write("host/proc/cpuinfo", Self.cpuinfo)
        try scratch.socket("host/etc/modprobe.d/kvm.conf")
        let result = try lintWithDeadline(scratch)
        let finding = try #require(result.findings("NL002", at: "host/etc/modprobe.d/kvm.conf").first)
        #expect(finding.message.contains("a socket where a regular file was expected"))
    }

    @Test func aDirectoryWhereAFileIsExpectedIsReported() throws {
        let scratch = try HostileScratch()
        try scratch.directory("host/proc/cpuinfo")
        try scratch.directory("host/etc/modprobe.conf")
        try scratch.write("host/etc/modprobe.d/kvm.conf", "options kvm_intel nested=1\n")
        let result = try lintWithDeadline(scratch)
        #expect(result.places(of: "NL002").sorted() == ["host/etc/modprobe.conf:1", "host/proc/cpuinfo:1"])
        #expect(
            result.findings("NL002", at: "host/proc/cpuinfo").first?.message.contains("a directory where a regular file was expected")
                == true)
    }

    @Test func aDirectoryGivenAsAFileInTheReaderIsNotRead() throws {
        // The reader's own check, behind discovery: a path that became a directory.
        var tree = MemoryFileTree()
        tree.addDirectory("proc/cpuinfo")
        let reference = ArtifactReference(treePath: "proc/cpuinfo", kind: .cpuinfo, file: SourceFile(path: "proc/cpuinfo"))
        let read = SnapshotReader().read(Snapshot(kind: .bundle, name: "host", tree: tree, artifacts: [reference]))
        let problems = read.hosts.first?.files.first?.problems ?? []
        #expect(
            problems.map(\.message) == [
                "a directory where a regular file was expected; not opened (nestlint never reads FIFOs, sockets, devices or directories as files)"
            ])
    }

    @Test func specialFilesGivenOnTheCommandLineAreNotOpened() throws {
        let scratch = try HostileScratch()
        try scratch.fifo("kvm.conf")
        let result = try lintWithDeadline(scratch, argument: "kvm.conf", fifo: "kvm.conf")
        #expect(result.places(of: "NL002") == ["kvm.conf:1"])
    }

    /// A file is read whole in one read of its size; the size limit holds at and beyond it;
    /// an empty file and a file whose size says nothing (like /proc's, size 0) are read too.
    @Test func theDiskTreeReadsWholeFilesWithinTheLimit() throws {
        let scratch = try HostileScratch()
        let text = Array(String(repeating: "options kvm_intel nested=1\n", count: 400).utf8)
        try scratch.write("exact", bytes: text)
        try scratch.write("empty", bytes: [])
        let tree = DiskFileTree(rootPath: scratch.path)
        #expect(try tree.readFile(at: "exact", limit: text.count) == text)
        #expect(try tree.readFile(at: "empty", limit: 10) == [])
        #expect(throws: FileTreeReadError.tooLarge(size: text.count, limit: text.count - 1)) {
            _ = try tree.readFile(at: "exact", limit: text.count - 1)
        }
        // /proc reports size 0 for files with content: they are read to their end.
        if FileManager.default.fileExists(atPath: "/proc/self/status") {
            let proc = DiskFileTree(rootPath: "/proc/self")
            #expect(try proc.readFile(at: "status", limit: 1 << 20).count > 100)
        }
    }

    /// A directory is listed whole and in byte order, however many reads of the directory it
    /// takes (names up to the 255-byte limit, far more than one read returns).
    @Test func theDiskTreeListsLargeDirectories() throws {
        let scratch = try HostileScratch()
        var expected: [String] = []
        for index in 0..<300 {
            let name = String(format: "%03d-", index) + String(repeating: index % 2 == 0 ? "a" : "B", count: index % 7 == 0 ? 250 : 40)
            try scratch.write("many/" + name, "")
            expected.append(name)
        }
        let names = DiskFileTree(rootPath: scratch.path).childNames(of: "many")
        #expect(names == expected.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }

    @Test func theDiskTreeRefusesSpecialFilesItself() throws {
        let scratch = try HostileScratch()
        try scratch.fifo("fifo")
        try scratch.socket("socket")
        let tree = DiskFileTree(rootPath: scratch.path)
        #expect(tree.entryKind(at: "fifo") == .special("FIFO"))
        #expect(tree.entryKind(at: "socket") == .special("socket"))
        let fifoPath = scratch.absolute("fifo")
        let outcome = HostileDeadline.run(
            seconds: 30,
            unblock: {
                let descriptor = open(fifoPath, O_WRONLY | O_NONBLOCK)
                if descriptor >= 0 { close(descriptor) }
            }
        ) { () -> String in
            do throws(FileTreeReadError) {
                return "read \(try tree.readFile(at: "fifo", limit: 1024).count) bytes"
            } catch {
                return error.description
            }
        }
        #expect(outcome == FileTreeReadError.notRegularFile("FIFO").description)
    }
}
