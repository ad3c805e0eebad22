/// Writes `JSONReport`'s document as `JSONEncoder` encodes it (`[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, the synthesised `Encodable` conformances), byte for byte, straight
/// into one buffer (`PrettyJSONWriter`), as `SARIFLogSerialiser` does for SARIF.
///
/// Members are written in `.sortedKeys` order (UTF-8 byte order: `ruleId` before `ruleName`,
/// `suite` before `suppressed`) and `nil` optionals are left out. A member added to the
/// document must be added here too: `JSONWriterEquivalenceTests` compares the two.
enum JSONReportSerialiser {
    /// The document as text, ending with a line break.
    static func text(_ document: JSONReport.Document) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The document as UTF-8, ending with a line break.
    static func bytes(_ document: JSONReport.Document) -> [UInt8] {
        var json = PrettyJSONWriter(reservingCapacity: estimatedByteCount(document))
        write(document, to: &json)
        return json.finishedBytes()
    }

    /// Enough for the usual document without regrowing the buffer: a finding takes under a
    /// kilobyte, an evaluation about 20 bytes per rule it lists. A fleet's evaluations (one per
    /// file and host, each listing the rules run) are most of its JSON report.
    static func estimatedByteCount(_ document: JSONReport.Document) -> Int {
        var count = 4096 + 1024 * (document.findings.count + document.absentFindings.count) + 256 * document.notifications.count
        for evaluation in document.evaluations {
            count += 128 + evaluation.suite.utf8.count + 20 * evaluation.rules.count
        }
        return count
    }

    static func write(_ document: JSONReport.Document, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("absentFindings")
        write(document.absentFindings, to: &json)
        json.key("evaluations")
        json.beginArray()
        for evaluation in document.evaluations {
            json.element()
            json.beginObject()
            json.member("kind", evaluation.kind)
            json.member("rules", evaluation.rules)
            json.member("suite", evaluation.suite)
            json.endObject()
        }
        json.endArray()
        json.key("findings")
        write(document.findings, to: &json)
        json.member("formatVersion", document.formatVersion)
        json.key("notifications")
        json.beginArray()
        for notification in document.notifications {
            json.element()
            json.beginObject()
            json.member("level", notification.level)
            json.member("message", notification.message)
            json.member("path", notification.path)
            json.endObject()
        }
        json.endArray()
        if let shard = document.shard {
            json.key("shard")
            ShardRecordSerialiser.write(shard, to: &json)
        }
        json.key("summary")
        json.beginObject()
        json.member("errors", document.summary.errors)
        json.member("notes", document.summary.notes)
        json.member("warnings", document.summary.warnings)
        json.endObject()
        json.key("tool")
        json.beginObject()
        json.member("name", document.tool.name)
        json.member("version", document.tool.version)
        json.endObject()
        json.endObject()
    }

    static func write(_ findings: [JSONReport.FindingEntry], to json: inout PrettyJSONWriter) {
        json.beginArray()
        for finding in findings {
            json.element()
            write(finding, to: &json)
        }
        json.endArray()
    }

    static func write(_ finding: JSONReport.FindingEntry, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("baselineState", finding.baselineState)
        json.member("fingerprint", finding.fingerprint)
        if let fix = finding.fix {
            json.key("fix")
            json.beginObject()
            json.member("description", fix.description)
            json.member("endColumn", fix.endColumn)
            json.member("insertsLine", fix.insertsLine)
            json.member("line", fix.line)
            json.member("path", fix.path)
            json.member("replacement", fix.replacement)
            json.member("startColumn", fix.startColumn)
            json.endObject()
        }
        json.member("host", finding.host)
        json.key("location")
        write(finding.location, to: &json)
        json.member("message", finding.message)
        json.key("related")
        json.beginArray()
        for place in finding.related {
            json.element()
            write(place, to: &json)
        }
        json.endArray()
        json.member("ruleId", finding.ruleId)
        json.member("ruleName", finding.ruleName)
        json.member("severity", finding.severity)
        json.member("suite", finding.suite)
        if let suppressed = finding.suppressed {
            json.key("suppressed")
            json.beginObject()
            json.member("justification", suppressed.justification)
            json.member("kind", suppressed.kind)
            json.member("line", suppressed.line)
            json.endObject()
        }
        json.endObject()
    }

    static func write(_ place: JSONReport.Place, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("line", place.line)
        json.member("message", place.message)
        json.member("path", place.path)
        json.member("uriBaseId", place.uriBaseId)
        json.endObject()
    }
}
