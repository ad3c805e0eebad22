import NestlintCore

/// SARIF 2.1.0 for GitHub code scanning and other consumers.
///
/// Every rule of the catalog is listed with descriptions and help; every result has a relative
/// URI and a start line; related places become `relatedLocations`; fingerprints are stable
/// across runs and line moves; tool problems are invocation notifications.
public struct SARIFReport: ReportWriter {
    public static let fingerprintKey = "nestlint/v1"

    public init() {}

    /// The log as `JSONEncoder` would encode it with `[.prettyPrinted, .sortedKeys,
    /// .withoutEscapingSlashes]`, byte for byte, but written directly (`SARIFLogSerialiser`):
    /// a fleet's log is megabytes, and encoding it took a large share of the run.
    public func render(_ context: ReportContext) -> String {
        SARIFLogSerialiser.text(makeLog(context))
    }

    public func renderUTF8(_ context: ReportContext) -> [UInt8] {
        // A fleet's log is tens of thousands of small values: freeing them took as long as
        // writing them, on the one thread that then writes the report.
        let log = makeLog(context)
        let bytes = SARIFLogSerialiser.bytes(log)
        BackgroundRelease.drop(consume log)
        return bytes
    }

    public func makeLog(_ context: ReportContext) -> SARIFLog {
        let rules = context.catalog.rules
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let reported =
            context.result.absentFindings.isEmpty ? context.result.findings : context.result.findings + context.result.absentFindings
        let results = reported.concurrentMap { finding in
            SARIFLog.Result(
                ruleId: finding.ruleID, ruleIndex: ruleIndex[finding.ruleID] ?? 0, level: Self.level(finding.severity),
                message: .init(text: finding.message), locations: [location(finding.location, id: nil, message: nil)],
                relatedLocations: finding.related.isEmpty
                    ? nil : finding.related.enumerated().map { location($1.location, id: $0 + 1, message: $1.message) },
                partialFingerprints: [Self.fingerprintKey: finding.fingerprint],
                suppressions: finding.suppression.map {
                    [.init(kind: $0.kind.rawValue, justification: $0.justification, location: location($0.location, id: nil, message: nil))]
                },
                baselineState: finding.baselineState?.rawValue,
                fixes: finding.fix.map { [fix($0)] },
                properties: finding.host.map { SARIFLog.ResultProperties(host: $0) })
        }
        let notifications = context.result.notifications.map { notification in
            SARIFLog.Notification(
                level: Self.level(notification.level), message: .init(text: notification.message),
                locations: notification.file.map { [location(SourceLocation(file: $0, line: 1), id: nil, message: nil)] })
        }
        var bases: [String: SARIFLog.ArtifactLocation] = [:]
        for (id, directory) in context.result.baseDirectories {
            bases[id] = SARIFLog.ArtifactLocation(
                uri: URIEncoding.directoryURI(directory), uriBaseId: nil,
                description: .init(text: "a PATH argument outside the working directory"))
        }
        let run = SARIFLog.Run(
            tool: .init(
                driver: .init(
                    name: "nestlint", semanticVersion: context.toolVersion, version: context.toolVersion,
                    rules: rules.map(descriptor))),
            automationDetails: context.category.map { .init(id: $0) },
            originalUriBaseIds: bases.isEmpty ? nil : bases,
            invocations: [.init(executionSuccessful: true, toolExecutionNotifications: notifications)],
            results: results,
            properties: context.result.shard.map { SARIFLog.RunProperties(shard: $0) })
        return SARIFLog(runs: [run])
    }

    /// A SARIF fix. An inserted line is an insertion at the end of the flagged line that starts
    /// with a line break.
    private func fix(_ edit: TextEdit) -> SARIFLog.Fix {
        let text = edit.insertsLine ? "\n" + edit.replacement : edit.replacement
        return SARIFLog.Fix(
            description: .init(text: edit.description),
            artifactChanges: [
                .init(
                    artifactLocation: .init(uri: URIEncoding.encodePath(edit.file.path), uriBaseId: edit.file.baseID, description: nil),
                    replacements: [
                        .init(
                            deletedRegion: .init(
                                startLine: edit.line, startColumn: edit.startColumn, endLine: edit.line, endColumn: edit.endColumn),
                            insertedContent: .init(text: text))
                    ])
            ])
    }

    private func location(_ location: SourceLocation, id: Int?, message: String?) -> SARIFLog.Location {
        SARIFLog.Location(
            id: id,
            physicalLocation: .init(
                artifactLocation: .init(uri: URIEncoding.encodePath(location.file.path), uriBaseId: location.file.baseID, description: nil),
                region: .init(startLine: location.line)),
            message: message.map { .init(text: $0) })
    }

    private func descriptor(_ rule: Rule) -> SARIFLog.ReportingDescriptor {
        let documentation = RuleDocumentation(rule: rule)
        return SARIFLog.ReportingDescriptor(
            id: rule.id, name: rule.name, shortDescription: .init(text: rule.summary),
            fullDescription: .init(text: rule.rationale),
            help: .init(text: documentation.plainText, markdown: documentation.markdown),
            helpUri: rule.references.first,
            defaultConfiguration: .init(level: Self.level(rule.severity)),
            properties: .init(
                tags: ["nestlint", rule.scope.rawValue] + rule.tags, blocks: rule.blocks.isEmpty ? nil : rule.blocks.map(\.rawValue)))
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .note: "note"
        }
    }
}
