import Foundation
import Testing

@testable import NestlintCore
@testable import NestlintReports

/// `SARIFReport.render` writes the log by hand (`SARIFLogSerialiser`); these tests hold it to
/// the bytes `JSONEncoder` gives for the same `SARIFLog` (what `render` wrote before), on real
/// lint results (the fixtures, a shard run, a baseline run, the corpus) and on logs built to use
/// every member, every optional and awkward text.
@Suite struct SARIFWriterEquivalenceTests {
    /// `render` against the encoder on the log `makeLog` builds for the same context.
    static func expectEncoderText(_ context: ReportContext, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let report = SARIFReport()
        let difference = EncoderOracle.difference(report.render(context), try EncoderOracle.text(report.makeLog(context)))
        #expect(difference == nil, "\(difference ?? "")", sourceLocation: sourceLocation)
    }

    static func expectEncoderText(_ log: SARIFLog, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let difference = EncoderOracle.difference(SARIFLogSerialiser.text(log), try EncoderOracle.text(log))
        #expect(difference == nil, "\(difference ?? "")", sourceLocation: sourceLocation)
    }

    @Test(arguments: HostFixtureSARIFTests.bundleNames)
    func eachHostFixtureWithEveryRule(name: String) async throws {
        let result = try await EquivalenceInputs.lint(["fixtures/bundles/\(name)"])
        try Self.expectEncoderText(EquivalenceInputs.context(result))
    }

    /// The host fixtures, the templates and the hostile fixtures in one run, from a working
    /// directory they are outside of (so every location has a `uriBaseId` and the run lists
    /// `originalUriBaseIds`), with a category.
    @Test func theFixturesFromOutsideTheWorkingDirectory() async throws {
        let result = try await EquivalenceInputs.lint(
            ["../fixtures/bundles", "../fixtures/templates", "../fixtures/hostile"],
            in: RepositoryPaths.root.appendingPathComponent("Tests"))
        #expect(result.baseDirectories.count == 3)
        #expect(result.findings.contains { $0.host != nil } && result.findings.contains { !$0.related.isEmpty })
        let context = EquivalenceInputs.context(result, category: "nestlint/fixtures/")
        try Self.expectEncoderText(context)
        // Reserved up front, so the buffer never regrows (a copy of the whole report).
        let log = SARIFReport().makeLog(context)
        #expect(SARIFLogSerialiser.estimatedByteCount(log) >= SARIFReport().render(context).utf8.count)
    }

    /// A `--shard` run carries the shard record in the run's property bag; the units listed are
    /// those with domain UUIDs, so only some shards have any.
    @Test func theShardsOfARun() async throws {
        var records: [ShardRecord] = []
        for index in 1...3 {
            let result = try await EquivalenceInputs.lint(
                ["fixtures/bundles", "fixtures/templates"], shard: try ShardSelection(index: index, count: 3))
            records.append(try #require(result.shard))
            try Self.expectEncoderText(EquivalenceInputs.context(result))
        }
        #expect(records.contains { !$0.units.isEmpty })
    }

    /// New, unchanged and absent results.
    @Test func baselineStates() async throws {
        try Self.expectEncoderText(EquivalenceInputs.context(try await EquivalenceInputs.baselineResult()))
    }

    /// An inline suppression, a rule's fix, a host with an awkward name, and findings,
    /// notifications and a shard record made by hand with every optional part and awkward text.
    @Test func suppressionsFixesHostsAndAwkwardText() throws {
        let result = try EquivalenceInputs.awkwardResult()
        try Self.expectEncoderText(EquivalenceInputs.context(result, category: EquivalenceInputs.awkwardText))
    }

    /// Every optional member present and absent, empty arrays and dictionaries, extreme
    /// integers, and a shard record with evidence and units, in a log made by hand.
    @Test func everyMemberOfTheModel() throws {
        try Self.expectEncoderText(try Self.richLog())
        try Self.expectEncoderText(SARIFLog(schema: EquivalenceInputs.awkwardText, version: "", runs: []))
    }

    /// The rich log sets every optional member of the model (and of the shard record) somewhere.
    @Test func theRichLogSetsEveryOptionalMember() throws {
        let members = OptionalMembers(of: try Self.richLog())
        #expect(members.all.count >= 20)
        #expect(members.neverSet.isEmpty, "never set: \(members.neverSet)")
    }

    static func richLog() throws -> SARIFLog {
        let awkward = EquivalenceInputs.awkwardText
        let bare = SARIFLog.ArtifactLocation(uri: nil, uriBaseId: nil, description: nil)
        let full = SARIFLog.ArtifactLocation(uri: awkward, uriBaseId: awkward, description: .init(text: awkward))
        let locations = [
            SARIFLog.Location(id: nil, physicalLocation: .init(artifactLocation: bare, region: nil), message: nil),
            SARIFLog.Location(
                id: Int.min, physicalLocation: .init(artifactLocation: full, region: .init(startLine: Int.max)),
                message: .init(text: awkward)),
        ]
        let fix = SARIFLog.Fix(
            description: .init(text: awkward),
            artifactChanges: [
                .init(artifactLocation: bare, replacements: []),
                .init(
                    artifactLocation: full,
                    replacements: [
                        .init(
                            deletedRegion: .init(startLine: 0, startColumn: -1, endLine: Int.max, endColumn: Int.min),
                            insertedContent: .init(text: awkward))
                    ]),
            ])
        let results = [
            SARIFLog.Result(
                ruleId: "", ruleIndex: 0, level: "none", message: .init(text: ""), locations: [], relatedLocations: nil,
                partialFingerprints: [:], suppressions: nil, baselineState: nil, fixes: nil, properties: nil),
            SARIFLog.Result(
                ruleId: awkward, ruleIndex: -7, level: awkward, message: .init(text: awkward), locations: locations, relatedLocations: [],
                partialFingerprints: ["nestlint/v1": awkward, awkward: "", "A": "1", "a": "2"],
                suppressions: [
                    .init(kind: awkward, justification: awkward, location: nil),
                    .init(kind: "inSource", justification: "", location: locations[1]),
                ], baselineState: awkward, fixes: [], properties: .init(host: nil)),
            SARIFLog.Result(
                ruleId: "NL404", ruleIndex: 12, level: "note", message: .init(text: "m"), locations: locations, relatedLocations: locations,
                partialFingerprints: ["nestlint/v1": "0123456789abcdef"], suppressions: [], baselineState: "new", fixes: [fix, fix],
                properties: .init(host: awkward)),
        ]
        let rules = [
            SARIFLog.ReportingDescriptor(
                id: "NL001", name: "", shortDescription: .init(text: ""), fullDescription: .init(text: ""),
                help: .init(text: "", markdown: ""), helpUri: nil, defaultConfiguration: .init(level: "error"),
                properties: .init(tags: [], blocks: nil)),
            SARIFLog.ReportingDescriptor(
                id: awkward, name: awkward, shortDescription: .init(text: awkward), fullDescription: .init(text: awkward),
                help: .init(text: awkward, markdown: "# \(awkward)\n\n`code`"), helpUri: "https://example.com/a/b?c=d&e=\"f\"",
                defaultConfiguration: .init(level: awkward), properties: .init(tags: [awkward, ""], precision: awkward, blocks: [])),
            SARIFLog.ReportingDescriptor(
                id: "NL501", name: "n", shortDescription: .init(text: "s"), fullDescription: .init(text: "f"),
                help: .init(text: "t", markdown: "m"), helpUri: "https://example.com", defaultConfiguration: .init(level: "warning"),
                properties: .init(tags: ["nestlint", "domain"], blocks: ["nested-guests", awkward])),
        ]
        let record = try EquivalenceInputs.awkwardShardRecord()
        let emptyRecord = ShardRecord(
            selection: try ShardSelection(index: 1, count: 1), arguments: [], maximumFileSize: 0, evidence: [:], units: [])
        let runs = [
            SARIFLog.Run(
                tool: .init(driver: .init(name: "", semanticVersion: "", version: "", rules: [])), automationDetails: nil,
                originalUriBaseIds: nil, invocations: [], results: [], properties: nil),
            SARIFLog.Run(
                tool: .init(driver: .init(name: "nestlint", semanticVersion: awkward, version: awkward, rules: rules)),
                automationDetails: .init(id: awkward), originalUriBaseIds: [:],
                invocations: [
                    .init(executionSuccessful: false, toolExecutionNotifications: []),
                    .init(
                        executionSuccessful: true,
                        toolExecutionNotifications: [
                            .init(level: "error", message: .init(text: awkward), locations: nil),
                            .init(level: awkward, message: .init(text: ""), locations: []),
                            .init(level: "note", message: .init(text: "n"), locations: locations),
                        ]),
                ], results: results, columnKind: awkward, properties: .init(shard: nil)),
            SARIFLog.Run(
                tool: .init(driver: .init(name: "nestlint", semanticVersion: "1", version: "1", rules: rules)),
                automationDetails: .init(id: ""), originalUriBaseIds: ["INPUT1": full, "INPUT10": bare, "INPUT2": full, awkward: bare],
                invocations: [.init(executionSuccessful: true, toolExecutionNotifications: [])], results: results,
                properties: .init(shard: record)),
            SARIFLog.Run(
                tool: .init(driver: .init(name: "nestlint", semanticVersion: "1", version: "1", rules: [])), automationDetails: nil,
                originalUriBaseIds: nil, invocations: [], results: [], properties: .init(shard: emptyRecord)),
        ]
        return SARIFLog(runs: runs)
    }

    /// `ShardRecord` belongs to NestlintCore and is written by hand here: every stored property
    /// of it and of its nested types must appear in what `ShardRecordSerialiser` writes, or a
    /// property added later would silently go missing from shard reports.
    @Test func theShardRecordWriterWritesEveryStoredProperty() throws {
        let place = NestlintCore.SourceLocation(file: SourceFile(path: "p", baseID: "INPUT1"), line: 1, excerpt: "e")
        let unit = ShardRecord.Unit(
            name: "n", key: "k", hosts: ["h"], files: [ShardRecord.File(SourceFile(path: "f", baseID: "INPUT1"))], domainUUIDs: ["u"])
        let record = ShardRecord(
            selection: try ShardSelection(index: 1, count: 2), arguments: ["a"], maximumFileSize: 1, evidence: ["u": place], units: [unit])
        var json = PrettyJSONWriter(reservingCapacity: 0)
        ShardRecordSerialiser.write(record, to: &json)
        let written = try #require(try JSONSerialization.jsonObject(with: Data(json.finishedText().utf8)) as? [String: Any])
        func labels(_ value: Any) -> Set<String> { Set(Mirror(reflecting: value).children.compactMap(\.label)) }
        func keys(_ value: Any?) -> Set<String> { Set((value as? [String: Any])?.keys.map { $0 } ?? []) }
        #expect(Set(written.keys) == labels(record))
        #expect(keys((written["evidence"] as? [String: Any])?["u"]) == labels(record.evidence["u"]!))
        let writtenUnit = (written["units"] as? [Any])?.first
        #expect(keys(writtenUnit) == labels(unit))
        #expect(keys(((writtenUnit as? [String: Any])?["files"] as? [Any])?.first) == labels(unit.files[0]))
    }

    /// The libvirt domains of ../shared/corpus (QEMU/KVM test inputs and outputs, other
    /// drivers, real-world files) as templates: a large, varied report.
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func theCorpusLibvirtDomains() async throws {
        let corpus = try #require(RepositoryPaths.corpus)
        let folders = ["libvirt-domains", "libvirt-domains-out", "libvirt-domains-otherdrivers", "libvirt-domains-realworld"]
        let result = try await EquivalenceInputs.lint(folders.map { corpus.appendingPathComponent($0).path })
        #expect(result.findings.count > 100)
        try Self.expectEncoderText(EquivalenceInputs.context(result, category: "nestlint/corpus/"))
    }
}
