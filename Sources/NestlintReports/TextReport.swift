import NestlintCore

/// Human text: `path:line: severity: [ID] message`, related places indented below, and a
/// summary line. Colour only when asked (the CLI asks on a terminal).
public struct TextReport: ReportWriter {
    public init() {}

    public func render(_ context: ReportContext) -> String {
        var output = ""
        for finding in context.result.findings {
            let severity = colour(finding.severity.rawValue, for: finding.severity, enabled: context.colour)
            var line =
                "\(Self.visible(finding.location.file.path)):\(finding.location.line): \(severity): [\(finding.ruleID)] \(Self.visible(finding.message))"
            if let suppression = finding.suppression { line += " (suppressed: \(Self.visible(suppression.justification)))" }
            if finding.baselineState == .unchanged { line += " (in baseline)" }
            output += line + "\n"
            for related in finding.related {
                output += "    \(Self.visible(related.location.file.path)):\(related.location.line): \(Self.visible(related.message))\n"
            }
        }
        for notification in context.result.notifications {
            output +=
                "nestlint: \(notification.level.rawValue): \(notification.file.map { Self.visible($0.path) + ": " } ?? "")\(Self.visible(notification.message))\n"
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

    /// Text from a snapshot with its control characters made visible (ESC as ␛, CR as ␍): a
    /// hostile file name or value must not move the cursor, hide text or forge report lines on
    /// the terminal that shows the report.
    public static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || (0x7F...0x9F).contains($0.value) }) else {
            return text
        }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: scalars.append(scalar)
            case 0x00..<0x20: scalars.append(Unicode.Scalar(0x2400 + scalar.value)!)
            case 0x7F: scalars.append("\u{2421}")
            case 0x80...0x9F: scalars.append("\u{FFFD}")
            default: scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    private func colour(_ text: String, for severity: Severity, enabled: Bool) -> String {
        guard enabled else { return text }
        let code =
            switch severity {
            case .error: "31"
            case .warning: "33"
            case .note: "36"
            }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }
}
