import Foundation
import Testing

/// Where `--output` puts a report. A complete copy is renamed over a regular file; anything
/// else is written in place: renaming over a device or a FIFO replaces it with a regular file
/// (run as root, `--output /dev/null` used to turn `/dev/null` into a file), and renaming over
/// a symbolic link replaces the link.
@Suite struct ReportOutputTests {
    @Test func aFIFOIsWrittenThroughNotReplaced() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let fifo = scratch.path("report.fifo")
        #expect(mkfifo(fifo, 0o600) == 0)
        // The report is read as it arrives, as a pipeline's consumer would.
        let received = ReceivedBytes()
        let reader = Thread {
            // A blocking open and plain reads: FileManager reads a FIFO as an empty file.
            let descriptor = open(fifo, O_RDONLY)
            var buffer = [UInt8](repeating: 0, count: 65536)
            while descriptor >= 0 {
                let count = read(descriptor, &buffer, buffer.count)
                guard count > 0 else { break }
                received.bytes.append(contentsOf: buffer[..<count])
            }
            if descriptor >= 0 { close(descriptor) }
            received.done.signal()
        }
        reader.start()
        let outcome = try CommandLineRunner.run(
            ["lint", "host1", "--format", "json", "--output", fifo, "--fail-on", "never"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(received.done.wait(timeout: .now() + 60) == .success)
        #expect(String(decoding: received.bytes, as: UTF8.self).contains("\"formatVersion\" : 1"))
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
        #expect(try leftovers(in: scratch).isEmpty)
    }

    @Test func aLinkKeepsPointingAtTheReplacedReport() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        try scratch.write("reports/latest.sarif", "old")
        #expect(chmod(scratch.path("reports/latest.sarif"), 0o640) == 0)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("current.sarif"), withDestinationPath: "reports/latest.sarif")
        let outcome = try CommandLineRunner.run(
            ["lint", "host1", "--format", "sarif", "--output", "current.sarif", "--fail-on", "never"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.error)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("current.sarif")) == "reports/latest.sarif")
        let report = try String(contentsOfFile: scratch.path("reports/latest.sarif"), encoding: .utf8)
        #expect(report.contains("\"$schema\""))
        var info = stat()
        #expect(stat(scratch.path("reports/latest.sarif"), &info) == 0 && info.st_mode & 0o777 == 0o640, "permissions kept")
        #expect(try leftovers(in: scratch).isEmpty)
    }

    @Test func aNewReportIsARegularFileAndNothingIsLeftBehind() throws {
        let scratch = try TemporaryDirectory()
        try scratch.layOutSample()
        let outcome = try CommandLineRunner.run(
            ["lint", "host1", "--format", "sarif", "--output", "report.sarif", "--fail-on", "never"], in: scratch.url)
        #expect(outcome.status == 0, "\(outcome.error)")
        var info = stat()
        #expect(lstat(scratch.path("report.sarif"), &info) == 0 && info.st_mode & S_IFMT == S_IFREG)
        #expect(try String(contentsOfFile: scratch.path("report.sarif"), encoding: .utf8).hasSuffix("}\n"))
        #expect(try leftovers(in: scratch).isEmpty)
    }

    /// Temporary copies a failed or finished write left in the scratch folder or below it.
    private func leftovers(in scratch: TemporaryDirectory) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: scratch.url.path).filter { $0.contains(".nestlint-report-") }
    }
}
