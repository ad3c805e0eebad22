/// The report formats, by the name users pass to `--format` and `--report FORMAT=FILE`.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case junit
    /// GitHub Actions workflow annotations.
    case github

    /// The writer for this format.
    public var writer: any ReportWriter {
        switch self {
        case .text: TextReport()
        case .json: JSONReport()
        case .sarif: SARIFReport()
        case .junit: JUnitReport()
        case .github: GitHubAnnotationsReport()
        }
    }
}
