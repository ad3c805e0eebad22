import NestlintCore

/// Human text: `path:line: severity: [ID] message`, related places indented below, and a
/// summary line. Colour only when asked (the CLI asks on a terminal).
public struct TextReport: ReportWriter {
    public init() {}

    public func render(_ context: ReportContext) -> String {
        var output = ""
        for finding in context.result.findings {
            let severity = colour(finding.severity.rawValue, for: finding.severity, enabled: context.colour)
            output += "\(finding.location.file.path):\(finding.location.line): \(severity): [\(finding.ruleID)] \(finding.message)\n"
            for related in finding.related {
                output += "    \(related.location.file.path):\(related.location.line): \(related.message)\n"
            }
        }
        for notification in context.result.notifications {
            output += "nestlint: \(notification.level.rawValue): \(notification.file.map { $0.path + ": " } ?? "")\(notification.message)\n"
        }
        let counts = Dictionary(grouping: context.result.findings, by: \.severity).mapValues(\.count)
        let checked = Set(context.result.evaluations.map(\.suite)).count
        output += "\(counts[.error, default: 0]) error(s), \(counts[.warning, default: 0]) warning(s), \(counts[.note, default: 0]) note(s) in \(checked) checked item(s)\n"
        return output
    }

    private func colour(_ text: String, for severity: Severity, enabled: Bool) -> String {
        guard enabled else { return text }
        let code = switch severity {
        case .error: "31"
        case .warning: "33"
        case .note: "36"
        }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
