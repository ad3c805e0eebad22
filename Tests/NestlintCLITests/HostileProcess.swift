import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Runs the built `nestlint` as a user would, but kills it at a deadline: a hostile input that
/// makes it block (a FIFO opened for reading) or spin must fail the test, not hang the suite.
enum HostileProcess {
    struct Outcome {
        /// `nil` when the process had to be killed at the deadline.
        let status: Int32?
        let output: String
        let error: String
        let seconds: Double
    }

    static func run(_ arguments: [String], in directory: URL, seconds deadline: Double = 60) throws -> Outcome {
        let process = Process()
        process.executableURL = CommandLineRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        // Files, not pipes: nothing to drain while waiting, whatever the size of the report.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("nestlint-hostile-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outputURL = scratch.appendingPathComponent("stdout")
        let errorURL = scratch.appendingPathComponent("stderr")
        FileManager.default.createFile(atPath: outputURL.path, contents: nil)
        FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        let output = try FileHandle(forWritingTo: outputURL)
        let error = try FileHandle(forWritingTo: errorURL)
        process.standardOutput = output
        process.standardError = error
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        while process.isRunning && Date().timeIntervalSince(started) < deadline {
            usleep(20_000)
        }
        let finished = !process.isRunning
        if !finished {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        try output.close()
        try error.close()
        return Outcome(
            status: finished ? process.terminationStatus : nil,
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            seconds: Date().timeIntervalSince(started))
    }
}
