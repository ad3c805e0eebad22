import NestlintCore

/// GitHub Actions workflow commands (`--format github`): each finding becomes an annotation on
/// its file and line in the pull request. Suppressed findings and findings already in the
/// baseline are left out, as they do not need attention.
public struct GitHubAnnotationsReport: ReportWriter {
    public init() {}

    public func render(_ context: ReportContext) -> String {
        let names = Dictionary(uniqueKeysWithValues: context.catalog.rules.map { ($0.id, $0.name) })
        var output = ""
        for finding in context.result.findings where finding.counts {
            let command =
                switch finding.severity {
                case .error: "error"
                case .warning: "warning"
                case .note: "notice"
                }
            let title = "\(finding.ruleID) \(names[finding.ruleID] ?? "")".trimmingWhitespace
            // Snapshot text could carry terminal escapes or forged workflow commands: control
            // characters are made visible first, as in the text report.
            let message = data(TextReport.visible(finding.message))
            output +=
                "::\(command) file=\(property(TextReport.visible(finding.location.file.path))),line=\(finding.location.line),title=\(property(title))::\(message)\n"
        }
        return output
    }

    /// Escaping of a command's message (actions/toolkit `escapeData`).
    func data(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D").replacingOccurrences(
            of: "\n", with: "%0A")
    }

    /// Escaping of a command's properties (actions/toolkit `escapeProperty`).
    func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
