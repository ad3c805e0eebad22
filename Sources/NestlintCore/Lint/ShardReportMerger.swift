/// Combines the SARIF (or JSON) reports of the N shards of one run into the report one run
/// over everything gives: the same results, rules, fingerprints and order.
///
/// Reports are read as generic JSON, so every member (suppressions, fixes, members added
/// later) passes through unchanged. A unit belongs to exactly one shard and the findings of a
/// file all come from the unit holding it, so fingerprints (which count identical findings per
/// file) are already those of one run. The only fleet-level fact is the L1 evidence
/// (`ShardRecord`): the units whose evidence differs between their shard and the whole fleet
/// are listed in `staleUnits`, to be linted again (`nestlint merge` does it) and passed in as
/// `replacement`.
public struct ShardReportMerger: Sendable {
    public enum Format: String, Sendable {
        case sarif
        case json
    }

    /// One shard's report.
    public struct Shard: Sendable {
        public let path: String
        let document: MergeJSON
        public let record: ShardRecord
    }

    public let format: Format
    /// The shards, in shard order.
    public let shards: [Shard]
    /// The L1 evidence of the whole fleet.
    public let evidence: [String: SourceLocation]

    /// Reads and checks the reports: each written by a `--shard` run, all in one format, by the
    /// same nestlint and rules, one per shard of the same N, none missing.
    public init(reports: [(path: String, bytes: [UInt8])]) throws(ShardMergeError) {
        guard !reports.isEmpty else { throw ShardMergeError("give the reports of every shard to merge") }
        var shards: [Shard] = []
        var format: Format?
        for report in reports {
            guard let document = MergeJSON.parse(report.bytes) else { throw ShardMergeError("\(report.path): not a JSON or SARIF report") }
            let this: Format
            let recordValue: MergeJSON?
            if let run = document["runs"]?.array?.first {
                this = .sarif
                recordValue = run["properties"]?["nestlint/shard"]
            } else if document["formatVersion"] != nil {
                this = .json
                recordValue = document["shard"]
            } else {
                throw ShardMergeError("\(report.path): neither a SARIF log nor a nestlint JSON report")
            }
            if let format, format != this {
                throw ShardMergeError(
                    "\(report.path): a \(this.rawValue) report among \(format.rawValue) reports; merge reports of one format")
            }
            format = this
            guard let record = recordValue?.decode(ShardRecord.self) else {
                throw ShardMergeError("\(report.path): no shard record; merge the reports of `nestlint lint --shard K/N` runs")
            }
            shards.append(Shard(path: report.path, document: document, record: record))
        }
        shards.sort { $0.record.index < $1.record.index }
        let count = shards[0].record.count
        var seen: [Int: String] = [:]
        for shard in shards {
            guard shard.record.count == count else {
                throw ShardMergeError(
                    "\(shard.path) is shard \(shard.record.shard) but \(shards[0].path) is of \(count): merge the shards of one run")
            }
            if let other = seen[shard.record.index] {
                throw ShardMergeError("\(other) and \(shard.path) are both shard \(shard.record.shard)")
            }
            seen[shard.record.index] = shard.path
            guard shard.record.arguments == shards[0].record.arguments, shard.record.maximumFileSize == shards[0].record.maximumFileSize
            else {
                throw ShardMergeError("\(shard.path) linted other paths or with another --max-file-size than \(shards[0].path)")
            }
        }
        let missing = (1...count).filter { seen[$0] == nil }
        guard missing.isEmpty else {
            throw ShardMergeError(
                "shard(s) \(missing.map { "\($0)/\(count)" }.joined(separator: ", ")) missing: the merge would not cover the whole run")
        }
        let identity = { (shard: Shard) -> [MergeJSON?] in
            switch format! {
            case .sarif:
                let run = shard.document["runs"]?.array?.first
                return [run?["tool"], run?["automationDetails"], run?["columnKind"], shard.document["version"]]
            case .json:
                return [shard.document["tool"], shard.document["formatVersion"]]
            }
        }
        for shard in shards.dropFirst() where identity(shard) != identity(shards[0]) {
            throw ShardMergeError("\(shard.path) was written by another nestlint version, rule set or category than \(shards[0].path)")
        }
        self.format = format!
        self.shards = shards
        self.evidence = ShardRecord.combine(shards.map(\.record.evidenceLocations))
    }

    /// The PATH arguments the shards linted.
    public var arguments: [String] { shards[0].record.arguments }

    /// The shards' `--max-file-size`.
    public var maximumFileSize: Int { shards[0].record.maximumFileSize }

    /// SARIF `automationDetails.id` of the shards, to render replacements the same way.
    public var category: String? {
        shards[0].document["runs"]?.array?.first?["automationDetails"]?["id"]?.string
    }

    /// The units whose findings would change with the whole fleet's evidence: a domain whose
    /// L1 host was linted in another shard.
    public var staleUnits: [ShardRecord.Unit] {
        shards.flatMap { shard in
            let linted = shard.record.evidenceLocations
            return shard.record.units.filter { unit in unit.domainUUIDs.contains { linted[$0] != evidence[$0] } }
        }
    }

    /// The merged report. `replacement` is a report (same format) of the stale units linted
    /// with the whole fleet's evidence; their findings in the shards are dropped for it.
    public func merged(replacement: MergeJSON? = nil) throws(ShardMergeError) -> MergeJSON {
        let stale = staleUnits
        let staleHosts = Set(stale.flatMap(\.hosts))
        let staleFiles = Set(stale.flatMap(\.files))
        if !stale.isEmpty, replacement == nil {
            throw ShardMergeError(
                "\(stale.count) unit(s) hold a domain whose L1 host was linted in another shard (\(stale.map(\.name).joined(separator: ", "))): they must be linted again with the whole fleet's evidence"
            )
        }
        switch format {
        case .sarif: return mergedSARIF(staleHosts: staleHosts, staleFiles: staleFiles, replacement: replacement)
        case .json: return mergedJSON(staleHosts: staleHosts, staleFiles: staleFiles, replacement: replacement)
        }
    }

    private func mergedSARIF(staleHosts: Set<String>, staleFiles: Set<ShardRecord.File>, replacement: MergeJSON?) -> MergeJSON {
        var results: [MergeJSON] = []
        var notifications: [MergeJSON] = []
        var bases: [String: MergeJSON] = [:]
        var successful = true
        let runs =
            shards.map { $0.document["runs"]?.array?.first ?? .null }
            + (replacement.flatMap { $0["runs"]?.array?.first }.map { [$0] } ?? [])
        for (number, run) in runs.enumerated() {
            let isReplacement = number == shards.count
            for result in run["results"]?.array ?? [] {
                if !isReplacement,
                    Self.belongs(
                        result, host: result["properties"]?["host"]?.string, place: Self.sarifPlace(result), staleHosts, staleFiles)
                {
                    continue
                }
                results.append(result)
            }
            let invocation = run["invocations"]?.array?.first
            notifications += invocation?["toolExecutionNotifications"]?.array ?? []
            if case .bool(false)? = invocation?["executionSuccessful"] { successful = false }
            if case .object(let members)? = run["originalUriBaseIds"] { bases.merge(members) { first, _ in first } }
        }
        results = Self.stableSorted(results) { Self.sarifOrder($0) }
        var document = shards[0].document
        guard var run = document["runs"]?.array?.first else { return document }
        run["results"] = .array(results)
        run["originalUriBaseIds"] = bases.isEmpty ? nil : .object(bases)
        if var invocation = run["invocations"]?.array?.first {
            invocation["toolExecutionNotifications"] = .array(notifications)
            invocation["executionSuccessful"] = .bool(successful)
            run["invocations"] = .array([invocation])
        }
        if var properties = run["properties"] {
            properties["nestlint/shard"] = nil
            if case .object(let members) = properties, members.isEmpty { run["properties"] = nil } else { run["properties"] = properties }
        }
        document["runs"] = .array([run])
        return document
    }

    private func mergedJSON(staleHosts: Set<String>, staleFiles: Set<ShardRecord.File>, replacement: MergeJSON?) -> MergeJSON {
        var findings: [MergeJSON] = []
        var absent: [MergeJSON] = []
        var evaluations: [MergeJSON] = []
        var notifications: [MergeJSON] = []
        for shard in shards {
            for finding in shard.document["findings"]?.array ?? [] {
                if Self.belongs(finding, host: finding["host"]?.string, place: Self.jsonPlace(finding), staleHosts, staleFiles) { continue }
                findings.append(finding)
            }
            absent += shard.document["absentFindings"]?.array ?? []
            evaluations += shard.document["evaluations"]?.array ?? []
            notifications += shard.document["notifications"]?.array ?? []
        }
        // Evaluations do not depend on evidence: the shards' stay, the replacement's are not added.
        findings += replacement?["findings"]?.array ?? []
        findings = Self.stableSorted(findings) { Self.jsonOrder($0) }
        var merged: [String: MergeJSON] = [:]
        for evaluation in evaluations {
            let key = (evaluation["suite"]?.string ?? "") + "\u{0}" + (evaluation["kind"]?.string ?? "")
            if let existing = merged[key] {
                let rules = ((existing["rules"]?.array ?? []) + (evaluation["rules"]?.array ?? [])).compactMap { $0.string }
                var combined = existing
                combined["rules"] = .array(Set(rules).sorted().map { MergeJSON.string($0) })
                merged[key] = combined
            } else {
                merged[key] = evaluation
            }
        }
        let sortedEvaluations = merged.values.sorted { lhs, rhs in
            (lhs["suite"]?.string ?? "", lhs["kind"]?.string ?? "") < (rhs["suite"]?.string ?? "", rhs["kind"]?.string ?? "")
        }
        var document = shards[0].document
        document["findings"] = .array(findings)
        if document["absentFindings"] != nil { document["absentFindings"] = .array(absent) }
        document["evaluations"] = .array(sortedEvaluations)
        document["notifications"] = .array(notifications)
        var summary: [String: MergeJSON] = [:]
        for (key, severity) in [("errors", "error"), ("warnings", "warning"), ("notes", "note")] {
            summary[key] = .integer(findings.filter { $0["severity"]?.string == severity }.count)
        }
        document["summary"] = .object(summary)
        document["shard"] = nil
        return document
    }

    /// Whether a merged report has a finding at or above `threshold` that counts for
    /// `--fail-on` (not suppressed; shards never compare with a baseline).
    public func fails(_ document: MergeJSON, at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        let entries: [(severity: String?, suppressed: Bool)]
        switch format {
        case .sarif:
            entries = (document["runs"]?.array?.first?["results"]?.array ?? []).map { result in
                (result["level"]?.string, !(result["suppressions"]?.array ?? []).isEmpty)
            }
        case .json:
            entries = (document["findings"]?.array ?? []).map { finding in
                (finding["severity"]?.string, finding["suppressed"] != nil && finding["suppressed"] != .null)
            }
        }
        return entries.contains { entry in
            guard !entry.suppressed, let severity = entry.severity.flatMap(Severity.init(rawValue:)) else { return false }
            return severity >= threshold
        }
    }

    /// Whether a finding belongs to a unit being replaced: by its host, or (templates) its file.
    private static func belongs(
        _ finding: MergeJSON, host: String?, place: ShardRecord.File?, _ hosts: Set<String>, _ files: Set<ShardRecord.File>
    ) -> Bool {
        if let host { return hosts.contains(host) }
        guard let place else { return false }
        return files.contains(place)
    }

    private static func sarifPlace(_ result: MergeJSON) -> ShardRecord.File? {
        guard let artifact = result["locations"]?.array?.first?["physicalLocation"]?["artifactLocation"],
            let uri = artifact["uri"]?.string
        else { return nil }
        return ShardRecord.File(SourceFile(path: decodePath(uri), baseID: artifact["uriBaseId"]?.string))
    }

    private static func jsonPlace(_ finding: MergeJSON) -> ShardRecord.File? {
        guard let location = finding["location"], let path = location["path"]?.string else { return nil }
        return ShardRecord.File(SourceFile(path: path, baseID: location["uriBaseId"]?.string))
    }

    /// `Finding.reportOrder` on a SARIF result: path, base, line, rule, message.
    private static func sarifOrder(_ result: MergeJSON) -> OrderKey {
        let place = sarifPlace(result)
        let line = result["locations"]?.array?.first?["physicalLocation"]?["region"]?["startLine"]?.integer ?? 0
        return OrderKey(
            path: place?.path ?? "", base: place?.uriBaseId ?? "", line: line, rule: result["ruleId"]?.string ?? "",
            message: result["message"]?["text"]?.string ?? "")
    }

    private static func jsonOrder(_ finding: MergeJSON) -> OrderKey {
        let place = jsonPlace(finding)
        return OrderKey(
            path: place?.path ?? "", base: place?.uriBaseId ?? "", line: finding["location"]?["line"]?.integer ?? 0,
            rule: finding["ruleId"]?.string ?? "", message: finding["message"]?.string ?? "")
    }

    struct OrderKey {
        let path: String
        let base: String
        let line: Int
        let rule: String
        let message: String

        static func precedes(_ lhs: OrderKey, _ rhs: OrderKey) -> Bool {
            if lhs.path != rhs.path { return lhs.path < rhs.path }
            if lhs.base != rhs.base { return lhs.base < rhs.base }
            if lhs.line != rhs.line { return lhs.line < rhs.line }
            if lhs.rule != rhs.rule { return lhs.rule < rhs.rule }
            return lhs.message < rhs.message
        }
    }

    /// Sorted by key, ties in their given order (shard order, then the shard's own order).
    private static func stableSorted(_ values: [MergeJSON], key: (MergeJSON) -> OrderKey) -> [MergeJSON] {
        let keyed = values.enumerated().map { (offset: $0.offset, key: key($0.element), value: $0.element) }
        return keyed.sorted { lhs, rhs in
            if OrderKey.precedes(lhs.key, rhs.key) { return true }
            if OrderKey.precedes(rhs.key, lhs.key) { return false }
            return lhs.offset < rhs.offset
        }.map(\.value)
    }

    /// A SARIF relative URI back to the path it encodes (the inverse of the report's encoding).
    static func decodePath(_ uri: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(uri.utf8)[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "%"), utf8.count >= 3,
                let value = UInt8(String(decoding: utf8.dropFirst().prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        var path = String(decoding: bytes, as: UTF8.self)
        // The report prefixes "./" when the first segment holds ':' (it would read as a scheme).
        if path.hasPrefix("./"), let colon = path.dropFirst(2).firstIndex(of: ":"),
            !path[path.index(path.startIndex, offsetBy: 2)..<colon].contains("/")
        {
            path.removeFirst(2)
        }
        return path
    }
}
