import ArgumentParser
import NestlintReports

/// `--report FORMAT=FILE`: one more report written in the same run.
struct ReportRequest: ExpressibleByArgument {
    let format: ReportFormat
    let path: String

    init?(argument: String) {
        let parts = argument.split(separator: "=", maxSplits: 1)
        guard parts.count == 2, let format = ReportFormat(rawValue: String(parts[0])), !parts[1].isEmpty else { return nil }
        self.format = format
        self.path = String(parts[1])
    }

    static var defaultCompletionKind: CompletionKind { .file() }
}
