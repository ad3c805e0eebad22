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
            // Foundation's own description is vague ("The file doesn't exist") and wrong for a
            // missing directory; the system's reason is what a person can act on.
            let underlying = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
            let reason =
                underlying.map { $0.domain == NSPOSIXErrorDomain ? String(cString: strerror(Int32($0.code))) : $0.localizedDescription }
                ?? error.localizedDescription
            Console.error("nestlint: cannot write report \(path): \(reason); no report was written")
            throw ExitStatus.toolFailure
        }
    }
}
