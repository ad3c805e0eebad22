import Foundation
import Testing

@testable import NestlintCore
@testable import NestlintReports

/// `JSONReport.render` writes its document by hand (`JSONReportSerialiser`); these tests hold it
/// to the bytes `JSONEncoder` gives for the same document (what `render` wrote before).
@Suite struct JSONWriterEquivalenceTests {
    static func expectEncoderText(_ context: ReportContext, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let report = JSONReport()
        let difference = EncoderOracle.difference(report.render(context), try EncoderOracle.text(report.document(context)))
        #expect(difference == nil, "\(difference ?? "")", sourceLocation: sourceLocation)
    }

    @Test(arguments: HostFixtureSARIFTests.bundleNames)
    func eachHostFixtureWithEveryRule(name: String) async throws {
        try Self.expectEncoderText(EquivalenceInputs.context(try await EquivalenceInputs.lint(["fixtures/bundles/\(name)"])))
    }

    /// The host fixtures, the templates and the hostile fixtures, every place with a base id.
    @Test func theFixturesFromOutsideTheWorkingDirectory() async throws {
        let result = try await EquivalenceInputs.lint(
            ["../fixtures/bundles", "../fixtures/templates", "../fixtures/hostile"],
            in: RepositoryPaths.root.appendingPathComponent("Tests"))
        #expect(!result.evaluations.isEmpty && result.findings.contains { !$0.related.isEmpty })
        let context = EquivalenceInputs.context(result)
        try Self.expectEncoderText(context)
        // Reserved up front, so the buffer never regrows (a copy of the whole report).
        let document = JSONReport().document(context)
        #expect(JSONReportSerialiser.estimatedByteCount(document) >= JSONReport().render(context).utf8.count)
    }

    @Test func theShardsOfARun() async throws {
        for index in 1...3 {
            let result = try await EquivalenceInputs.lint(
                ["fixtures/bundles", "fixtures/templates"], shard: try ShardSelection(index: index, count: 3))
            #expect(result.shard != nil)
            try Self.expectEncoderText(EquivalenceInputs.context(result))
        }
    }

    @Test func baselineStates() async throws {
        try Self.expectEncoderText(EquivalenceInputs.context(try await EquivalenceInputs.baselineResult()))
    }

    /// Suppressions, fixes (replacing and inserting a line), hosts, related places with and
    /// without a message, base ids, notifications with and without a path, evaluations, a shard
    /// record, awkward text everywhere.
    @Test func suppressionsFixesHostsAndAwkwardText() throws {
        try Self.expectEncoderText(EquivalenceInputs.context(try EquivalenceInputs.awkwardResult()))
    }

    /// The awkward result sets every optional member of the document somewhere.
    @Test func theAwkwardDocumentSetsEveryOptionalMember() throws {
        let members = OptionalMembers(of: JSONReport().document(EquivalenceInputs.context(try EquivalenceInputs.awkwardResult())))
        #expect(members.all.count >= 8)
        #expect(members.neverSet.isEmpty, "never set: \(members.neverSet)")
    }

    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func theCorpusLibvirtDomains() async throws {
        let corpus = try #require(RepositoryPaths.corpus)
        let folders = ["libvirt-domains", "libvirt-domains-out", "libvirt-domains-otherdrivers", "libvirt-domains-realworld"]
        let result = try await EquivalenceInputs.lint(folders.map { corpus.appendingPathComponent($0).path })
        #expect(result.findings.count > 100)
        try Self.expectEncoderText(EquivalenceInputs.context(result))
    }
}
