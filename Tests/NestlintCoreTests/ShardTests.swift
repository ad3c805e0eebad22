import Foundation
import Testing

@testable import NestlintCore

/// `--shard K/N`: a stable partition of a run's units, and shard records that let a merge give
/// exactly one run's findings.
@Suite struct ShardTests {
    @Test func shardValuesAreChecked() throws {
        #expect(try ShardSelection(parsing: "2/8") == ShardSelection(index: 2, count: 8))
        for bad in ["0/3", "4/3", "1/0", "1", "a/b", "1/2/3", "-1/2"] {
            #expect(throws: ShardSelectionError.self) { try ShardSelection(parsing: bad) }
        }
    }

    /// Every unit lands in exactly one shard, whatever the argument order and the working
    /// directory.
    @Test func everyUnitLandsInExactlyOneShard() throws {
        let scratch = try FleetTests.fixtureFleet()
        let discovery = InputDiscovery(workingDirectory: scratch.path)
        let keys = try discovery.discoverSources(arguments: ["fleet"]).sources.map(\.shardKey)
        #expect(keys.count > 30)
        #expect(Set(keys).count == keys.count)
        for count in 1...6 {
            let selections = try (1...count).map { try ShardSelection(index: $0, count: count) }
            for key in keys {
                #expect(selections.filter { $0.contains(key: key) }.count == 1)
            }
        }
        // The keys do not depend on where nestlint runs from or on the argument order.
        let fromInside = try InputDiscovery(workingDirectory: scratch.url("fleet").path).discoverSources(arguments: ["."]).sources.map(
            \.shardKey)
        #expect(fromInside == keys)
        let reordered = try discovery.discoverSources(arguments: ["fleet/templates", "fleet/amd-bad-values"]).sources.map(\.shardKey)
        #expect(reordered.last == "amd-bad-values")
        #expect(
            Set(reordered.dropLast()).isSubset(
                of: Set(keys.filter { $0.hasPrefix("templates/") }.map { String($0.dropFirst("templates/".count)) })))
    }

    /// Without cross-shard evidence the shards' findings together are exactly one run's,
    /// fingerprints included.
    @Test(arguments: [2, 3, 5])
    func shardsTogetherGiveOneRun(count: Int) async throws {
        let scratch = try FleetTests.fixtureFleet()
        let whole = try await scratch.lint(["fleet"])
        var findings: [Finding] = []
        var evaluations: [Evaluation] = []
        for index in 1...count {
            let part = try await scratch.lint(["fleet"], shard: try ShardSelection(index: index, count: count))
            #expect(part.shard?.shard == "\(index)/\(count)")
            #expect(part.shard?.arguments == ["fleet"])
            findings += part.findings
            evaluations += part.evaluations
        }
        #expect(findings.sorted(by: Finding.reportOrder) == whole.findings)
        #expect(Set(findings.map(\.fingerprint)) == Set(whole.findings.map(\.fingerprint)))
        #expect(evaluations.count == whole.evaluations.count)
    }

    /// A parent and its L1 in different shards: each shard records what the merge needs, and
    /// linting the parent again with the combined evidence gives the single run's findings.
    @Test func crossShardEvidenceIsRecorded() async throws {
        let scratch = try ArchiveScratch()
        try FleetTests.writeL1Pair(in: scratch, parent: "fleet/parent", l1: "fleet/l1")
        let first = try ShardSelection(index: 1, count: 2)
        let second = try ShardSelection(index: 2, count: 2)
        #expect(first.contains(key: "l1") && second.contains(key: "parent"))
        let l1Shard = try await scratch.lint(["fleet"], shard: first)
        let parentShard = try await scratch.lint(["fleet"], shard: second)
        let uuid = "4dea22b31d52d8f32516782e98ab3fa0"
        #expect(l1Shard.shard?.evidence[uuid]?.path == "fleet/l1/sys/class/dmi/id/product_uuid")
        #expect(parentShard.shard?.evidence.isEmpty == true)
        let unit = try #require(parentShard.shard?.units.first)
        #expect(unit.name == "fleet/parent" && unit.key == "parent" && unit.hosts == ["fleet/parent"] && unit.domainUUIDs == [uuid])
        #expect(!parentShard.findings.contains { $0.ruleID == "NL401" })

        let combined = ShardRecord.combine([l1Shard.shard!.evidenceLocations, parentShard.shard!.evidenceLocations])
        let sources = try InputDiscovery(workingDirectory: scratch.path).discoverSources(arguments: ["fleet"]).sources.filter {
            $0.shardKey == "parent"
        }
        let relinted = await Linter(catalog: ArchiveScratch.catalog).lint(sources: sources, jobs: 1, evidence: combined)
        let whole = try await scratch.lint(["fleet"])
        #expect((relinted.findings + l1Shard.findings).sorted(by: Finding.reportOrder) == whole.findings)
        #expect(whole.findings.contains { $0.ruleID == "NL401" })
    }
}
