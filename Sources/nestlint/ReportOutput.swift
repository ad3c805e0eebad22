import Foundation

/// Writes a report to standard output or to a file; an unwritable file is exit 2.
enum ReportOutput {
    static func write(_ text: String, to path: String?) throws {
        guard let path, path != "-" else {
            Console.output(text)
            return
        }
        do {
            // Atomic: a reader never sees a half-written report.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            Console.error("nestlint: cannot write report \(path): \(error.localizedDescription)")
            throw ExitStatus.toolFailure
        }
    }
}
