import Foundation
import Testing

/// The SARIF validators in ../shared/tools, when that folder is beside the clone.
enum HostileSharedTools {
    static let directory: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/tools")

    static var available: Bool { FileManager.default.fileExists(atPath: directory.appendingPathComponent("validate_sarif.py").path) }

    static let missingComment: Comment = "../shared/tools is not beside this clone: SARIF validation skipped"

    /// Runs a validator on a file: its exit status and what it printed.
    static func validate(_ tool: String, _ file: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", directory.appendingPathComponent(tool).path, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
