import NestlintCore

/// The lint result as JSON, versioned (`formatVersion`) and documented in docs/JSON.md.
public struct JSONReport: ReportWriter {
    public static let formatVersion = 1

    public init() {}

    struct Document: Encodable {
        let formatVersion: Int
        let tool: Tool
        let summary: Summary
        let findings: [FindingEntry]
        let absentFindings: [FindingEntry]
        let evaluations: [EvaluationEntry]
        let notifications: [NotificationEntry]
        /// Only on a `--shard` run: what `nestlint merge` needs.
        let shard: ShardRecord?
    }

    struct Tool: Encodable {
        let name: String
        let version: String
    }

    struct Summary: Encodable {
        let errors: Int
        let warnings: Int
        let notes: Int
    }

    struct Place: Encodable {
        let path: String
        let uriBaseId: String?
        let line: Int
        let message: String?
    }

    struct FindingEntry: Encodable {
        let ruleId: String
        let ruleName: String
        let severity: String
        let message: String
        let location: Place
        let related: [Place]
        let suite: String
        let fingerprint: String
        /// The host bundle, in a fleet; absent for templates.
        let host: String?
        let suppressed: SuppressionEntry?
        let baselineState: String?
        let fix: FixEntry?
    }

    struct SuppressionEntry: Encodable {
        let kind: String
        let justification: String
        let line: Int
    }

    struct FixEntry: Encodable {
        let description: String
        let path: String
        let line: Int
        let startColumn: Int
        let endColumn: Int
        let replacement: String
        let insertsLine: Bool
    }

    struct EvaluationEntry: Encodable {
        let suite: String
        let kind: String
        let rules: [String]
    }

    struct NotificationEntry: Encodable {
        let level: String
        let message: String
        let path: String?
    }

    /// The document as `JSONEncoder` would encode it with `[.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes]`, byte for byte, but written directly (`JSONReportSerialiser`).
    public func render(_ context: ReportContext) -> String {
        JSONReportSerialiser.text(document(context))
    }

    public func renderUTF8(_ context: ReportContext) -> [UInt8] {
        JSONReportSerialiser.bytes(document(context))
    }

    /// The report as typed values; `Encodable`, so that the tests can hold the writer to the
    /// encoder.
    func document(_ context: ReportContext) -> Document {
        let result = context.result
        let names = Dictionary(uniqueKeysWithValues: context.catalog.rules.map { ($0.id, $0.name) })
        return Document(
            formatVersion: Self.formatVersion,
            tool: Tool(name: "nestlint", version: context.toolVersion),
            summary: Summary(
                errors: result.findings.filter { $0.severity == .error }.count,
                warnings: result.findings.filter { $0.severity == .warning }.count,
                notes: result.findings.filter { $0.severity == .note }.count),
            findings: result.findings.map { entry($0, names: names) },
            absentFindings: result.absentFindings.map { entry($0, names: names) },
            evaluations: result.evaluations.map { EvaluationEntry(suite: $0.suite, kind: $0.kind.rawValue, rules: $0.ruleIDs) },
            notifications: result.notifications.map {
                NotificationEntry(level: $0.level.rawValue, message: $0.message, path: $0.file?.path)
            },
            shard: result.shard)
    }

    private func entry(_ finding: Finding, names: [String: String]) -> FindingEntry {
        FindingEntry(
            ruleId: finding.ruleID, ruleName: names[finding.ruleID] ?? "", severity: finding.severity.rawValue,
            message: finding.message,
            location: Place(
                path: finding.location.file.path, uriBaseId: finding.location.file.baseID, line: finding.location.line, message: nil),
            related: finding.related.map {
                Place(path: $0.location.file.path, uriBaseId: $0.location.file.baseID, line: $0.location.line, message: $0.message)
            },
            suite: finding.suite, fingerprint: finding.fingerprint, host: finding.host,
            suppressed: finding.suppression.map {
                SuppressionEntry(kind: $0.kind.rawValue, justification: $0.justification, line: $0.location.line)
            },
            baselineState: finding.baselineState?.rawValue,
            fix: finding.fix.map {
                FixEntry(
                    description: $0.description, path: $0.file.path, line: $0.line, startColumn: $0.startColumn, endColumn: $0.endColumn,
                    replacement: $0.replacement, insertsLine: $0.insertsLine)
            })
    }
}
