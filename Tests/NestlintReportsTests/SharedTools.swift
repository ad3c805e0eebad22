import Foundation
import Testing

/// The validators in ../shared/tools, when the folder is beside the clone.
enum SharedTools {
    static let directory: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/tools").path

    static var available: Bool { FileManager.default.fileExists(atPath: directory + "/validate_sarif.py") }

    static var xmllintAvailable: Bool {
        ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    static let missingComment: Comment = "../shared/tools is not beside this clone: validator tests skipped"

    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
