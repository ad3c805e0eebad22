import NestlintCore

/// Writes a `ShardRecord` (SARIF `runs[0].properties["nestlint/shard"]`, JSON `shard`) as
/// `JSONEncoder` encodes its synthesised `Codable` conformance with `.sortedKeys`, byte for byte,
/// into a `PrettyJSONWriter`.
///
/// `nestlint merge` decodes the record with `JSONDecoder`, so the keys are the property names.
/// `ShardRecord` lives in NestlintCore: a property added there must be added here, and
/// `SARIFWriterEquivalenceTests` checks that every stored property is written.
enum ShardRecordSerialiser {
    static func write(_ record: ShardRecord, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("arguments", record.arguments)
        json.member("count", record.count)
        json.key("evidence")
        json.beginObject()
        for (uuid, place) in PrettyJSONWriter.sortedMembers(record.evidence) {
            json.key(uuid)
            json.beginObject()
            json.member("excerpt", place.excerpt)
            json.member("line", place.line)
            json.member("path", place.path)
            json.member("uriBaseId", place.uriBaseId)
            json.endObject()
        }
        json.endObject()
        json.member("index", record.index)
        json.member("maximumFileSize", record.maximumFileSize)
        json.member("shard", record.shard)
        json.key("units")
        json.beginArray()
        for unit in record.units {
            json.element()
            json.beginObject()
            json.member("domainUUIDs", unit.domainUUIDs)
            json.key("files")
            json.beginArray()
            for file in unit.files {
                json.element()
                json.beginObject()
                json.member("path", file.path)
                json.member("uriBaseId", file.uriBaseId)
                json.endObject()
            }
            json.endArray()
            json.member("hosts", unit.hosts)
            json.member("key", unit.key)
            json.member("name", unit.name)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }
}
