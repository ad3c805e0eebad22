import NestlintCore

/// Writes a `SARIFLog` as `JSONEncoder` encodes it (`[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]`, the synthesised `Codable` conformances), byte for byte, but
/// straight into one buffer (`PrettyJSONWriter`).
///
/// Each function writes one type of the model with its members in `.sortedKeys` order (UTF-8
/// byte order of the coding keys, so `$schema` comes first and `ruleId` before `ruleIndex`), and
/// leaves out `nil` optionals as `encodeIfPresent` does. A member added to `SARIFLog` must be
/// added here too: `SARIFWriterEquivalenceTests` compares the two on rich logs.
enum SARIFLogSerialiser {
    /// The log as text, ending with a line break.
    static func text(_ log: SARIFLog) -> String {
        String(decoding: bytes(log), as: UTF8.self)
    }

    /// The log as UTF-8, ending with a line break.
    static func bytes(_ log: SARIFLog) -> [UInt8] {
        var json = PrettyJSONWriter(reservingCapacity: estimatedByteCount(log))
        write(log, to: &json)
        return json.finishedBytes()
    }

    /// Enough for the usual log without regrowing the buffer: the rules' help texts, and about
    /// a kilobyte per result and notification (a fleet's results take 1.2–1.5 KB each).
    static let bytesPerResult = 1536

    static func estimatedByteCount(_ log: SARIFLog) -> Int {
        var count = 4096
        for run in log.runs {
            for rule in run.tool.driver.rules {
                count += 1024 + rule.help.text.utf8.count + rule.help.markdown.utf8.count + rule.fullDescription.text.utf8.count
            }
            count += bytesPerResult * run.results.count
            count += 512 * run.invocations.reduce(0) { $0 + $1.toolExecutionNotifications.count }
        }
        return count
    }

    static func write(_ log: SARIFLog, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("$schema", log.schema)
        json.key("runs")
        json.beginArray()
        for run in log.runs {
            json.element()
            write(run, to: &json)
        }
        json.endArray()
        json.member("version", log.version)
        json.endObject()
    }

    static func write(_ run: SARIFLog.Run, to json: inout PrettyJSONWriter) {
        json.beginObject()
        if let automationDetails = run.automationDetails {
            json.key("automationDetails")
            json.beginObject()
            json.member("id", automationDetails.id)
            json.endObject()
        }
        json.member("columnKind", run.columnKind)
        json.key("invocations")
        json.beginArray()
        for invocation in run.invocations {
            json.element()
            write(invocation, to: &json)
        }
        json.endArray()
        if let bases = run.originalUriBaseIds {
            json.key("originalUriBaseIds")
            json.beginObject()
            for (id, base) in PrettyJSONWriter.sortedMembers(bases) {
                json.key(id)
                write(base, to: &json)
            }
            json.endObject()
        }
        if let properties = run.properties {
            json.key("properties")
            json.beginObject()
            if let shard = properties.shard {
                json.key("nestlint/shard")
                ShardRecordSerialiser.write(shard, to: &json)
            }
            json.endObject()
        }
        json.key("results")
        json.beginArray()
        json.elements(run.results, bytesEach: bytesPerResult) { result, part in write(result, to: &part) }
        json.endArray()
        json.key("tool")
        json.beginObject()
        json.key("driver")
        write(run.tool.driver, to: &json)
        json.endObject()
        json.endObject()
    }

    static func write(_ driver: SARIFLog.Driver, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("name", driver.name)
        json.key("rules")
        json.beginArray()
        for rule in driver.rules {
            json.element()
            write(rule, to: &json)
        }
        json.endArray()
        json.member("semanticVersion", driver.semanticVersion)
        json.member("version", driver.version)
        json.endObject()
    }

    static func write(_ rule: SARIFLog.ReportingDescriptor, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("defaultConfiguration")
        json.beginObject()
        json.member("level", rule.defaultConfiguration.level)
        json.endObject()
        json.key("fullDescription")
        write(rule.fullDescription, to: &json)
        json.key("help")
        json.beginObject()
        json.member("markdown", rule.help.markdown)
        json.member("text", rule.help.text)
        json.endObject()
        json.member("helpUri", rule.helpUri)
        json.member("id", rule.id)
        json.member("name", rule.name)
        json.key("properties")
        json.beginObject()
        if let blocks = rule.properties.blocks { json.member("blocks", blocks) }
        json.member("precision", rule.properties.precision)
        json.member("tags", rule.properties.tags)
        json.endObject()
        json.key("shortDescription")
        write(rule.shortDescription, to: &json)
        json.endObject()
    }

    static func write(_ invocation: SARIFLog.Invocation, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("executionSuccessful", invocation.executionSuccessful)
        json.key("toolExecutionNotifications")
        json.beginArray()
        for notification in invocation.toolExecutionNotifications {
            json.element()
            json.beginObject()
            json.member("level", notification.level)
            if let locations = notification.locations {
                json.key("locations")
                write(locations, to: &json)
            }
            json.key("message")
            write(notification.message, to: &json)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    static func write(_ result: SARIFLog.Result, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("baselineState", result.baselineState)
        if let fixes = result.fixes {
            json.key("fixes")
            json.beginArray()
            for fix in fixes {
                json.element()
                write(fix, to: &json)
            }
            json.endArray()
        }
        json.member("level", result.level)
        json.key("locations")
        write(result.locations, to: &json)
        json.key("message")
        write(result.message, to: &json)
        json.key("partialFingerprints")
        json.beginObject()
        for (key, fingerprint) in PrettyJSONWriter.sortedMembers(result.partialFingerprints) {
            json.key(key)
            json.string(fingerprint)
        }
        json.endObject()
        if let properties = result.properties {
            json.key("properties")
            json.beginObject()
            json.member("host", properties.host)
            json.endObject()
        }
        if let relatedLocations = result.relatedLocations {
            json.key("relatedLocations")
            write(relatedLocations, to: &json)
        }
        json.member("ruleId", result.ruleId)
        json.member("ruleIndex", result.ruleIndex)
        if let suppressions = result.suppressions {
            json.key("suppressions")
            json.beginArray()
            for suppression in suppressions {
                json.element()
                json.beginObject()
                json.member("justification", suppression.justification)
                json.member("kind", suppression.kind)
                if let location = suppression.location {
                    json.key("location")
                    write(location, to: &json)
                }
                json.endObject()
            }
            json.endArray()
        }
        json.endObject()
    }

    static func write(_ fix: SARIFLog.Fix, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.key("artifactChanges")
        json.beginArray()
        for change in fix.artifactChanges {
            json.element()
            json.beginObject()
            json.key("artifactLocation")
            write(change.artifactLocation, to: &json)
            json.key("replacements")
            json.beginArray()
            for replacement in change.replacements {
                json.element()
                json.beginObject()
                json.key("deletedRegion")
                json.beginObject()
                json.member("endColumn", replacement.deletedRegion.endColumn)
                json.member("endLine", replacement.deletedRegion.endLine)
                json.member("startColumn", replacement.deletedRegion.startColumn)
                json.member("startLine", replacement.deletedRegion.startLine)
                json.endObject()
                json.key("insertedContent")
                json.beginObject()
                json.member("text", replacement.insertedContent.text)
                json.endObject()
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.key("description")
        write(fix.description, to: &json)
        json.endObject()
    }

    static func write(_ locations: [SARIFLog.Location], to json: inout PrettyJSONWriter) {
        json.beginArray()
        for location in locations {
            json.element()
            write(location, to: &json)
        }
        json.endArray()
    }

    static func write(_ location: SARIFLog.Location, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("id", location.id)
        if let message = location.message {
            json.key("message")
            write(message, to: &json)
        }
        json.key("physicalLocation")
        json.beginObject()
        json.key("artifactLocation")
        write(location.physicalLocation.artifactLocation, to: &json)
        if let region = location.physicalLocation.region {
            json.key("region")
            json.beginObject()
            json.member("startLine", region.startLine)
            json.endObject()
        }
        json.endObject()
        json.endObject()
    }

    static func write(_ artifact: SARIFLog.ArtifactLocation, to json: inout PrettyJSONWriter) {
        json.beginObject()
        if let description = artifact.description {
            json.key("description")
            write(description, to: &json)
        }
        json.member("uri", artifact.uri)
        json.member("uriBaseId", artifact.uriBaseId)
        json.endObject()
    }

    static func write(_ message: SARIFLog.Message, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("text", message.text)
        json.endObject()
    }
}
