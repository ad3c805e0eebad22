import NestlintCore

/// Human text: `path:line: severity: [ID] message`, related places indented below, and a
/// summary line. Colour only when asked (the CLI asks on a terminal).
public struct TextReport: ReportWriter {
    public init() {}

    public func render(_ context: ReportContext) -> String {
        var output = ""
        for finding in context.result.findings {
            let severity = colour(finding.severity.rawValue, for: finding.severity, enabled: context.colour)
            var line = "\(finding.location.file.path):\(finding.location.line): \(severity): [\(finding.ruleID)] \(finding.message)"
            if let suppression = finding.suppression { line += " (suppressed: \(suppression.justification))" }
            if finding.baselineState == .unchanged { line += " (in baseline)" }
            output += line + "\n"
            for related in finding.related {
                output += "    \(related.location.file.path):\(related.location.line): \(related.message)\n"
            }
        }
        for notification in context.result.notifications {
            output += "nestlint: \(notification.level.rawValue): \(notification.file.map { $0.path + ": " } ?? "")\(notification.message)\n"
        }
        if !context.result.absentFindings.isEmpty {
            output += "\(context.result.absentFindings.count) baseline finding(s) no longer found\n"
        }
        let counted = context.result.findings.filter(\.counts)
        let counts = Dictionary(grouping: counted, by: \.severity).mapValues(\.count)
        let checked = Set(context.result.evaluations.map(\.suite)).count
        let quiet = context.result.findings.count - counted.count
        output += "\(counts[.error, default: 0]) error(s), \(counts[.warning, default: 0]) warning(s), \(counts[.note, default: 0]) note(s)"
        output += (quiet > 0 ? " (and \(quiet) suppressed or in the baseline)" : "") + " in \(checked) checked item(s)\n"
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
