import Foundation
import NestlintCore
import NestlintReports
import Testing

/// Golden SARIF of the host bundles in fixtures/bundles: one file per bundle in
/// fixtures/golden/host-bundles/, with the host rule families only (so that domain-rule work
/// does not churn them). `NESTLINT_REGENERATE=1 swift test --filter HostFixtureSARIF` rewrites
/// them; review the diff.
@Suite struct HostFixtureSARIFTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let bundles = root.appendingPathComponent("fixtures/bundles")
    static let golden = root.appendingPathComponent("fixtures/golden/host-bundles")
    static var regenerate: Bool { ProcessInfo.processInfo.environment["NESTLINT_REGENERATE"] == "1" }

    /// The built-in pack restricted to the host families (NL0xx–NL3xx, NL701–NL707).
    static let catalog: RuleCatalog = {
        let full = try! RulePackLoader().catalog(userDirectories: [])
        let host = full.rules.filter { rule in
            ["NL0", "NL1", "NL2", "NL3"].contains { rule.id.hasPrefix($0) }
                || ["NL701", "NL702", "NL703", "NL704", "NL707"].contains(rule.id)
        }
        return full.restricted(to: host)
    }()

    static var bundleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: bundles.path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: bundles.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    static func sarif(for name: String) -> String {
        let tree = DiskFileTree(rootPath: bundles.appendingPathComponent(name).path)
        let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: "fixtures/bundles/\(name)")).scan(name: name)
        let result = Linter(catalog: catalog).lint([snapshot])
        // A fixed version: the golden files must not change with each release.
        return SARIFReport().render(ReportContext(result: result, catalog: catalog, toolVersion: "0.0.0-golden"))
    }

    @Test(arguments: bundleNames)
    func sarifMatchesTheGoldenFile(name: String) throws {
        let actual = Self.sarif(for: name)
        let file = Self.golden.appendingPathComponent("\(name).sarif")
        let current = try? String(contentsOf: file, encoding: .utf8)
        if Self.regenerate && current != actual {
            try FileManager.default.createDirectory(at: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            current == actual,
            "fixtures/golden/host-bundles/\(name).sarif is stale: run NESTLINT_REGENERATE=1 swift test --filter HostFixtureSARIF and review the diff"
        )
    }

    @Test func everyBundleHasAGoldenFileAndNoGoldenFileIsOrphaned() throws {
        let goldenNames = Set(
            ((try? FileManager.default.contentsOfDirectory(atPath: Self.golden.path)) ?? []).map { String($0.dropLast(".sarif".count)) })
        #expect(goldenNames == Set(Self.bundleNames))
    }

    @Test func goldenResultsHaveRelativeLocationsAndRelatedPlaces() throws {
        let data = Data(Self.sarif(for: "intel-config-not-applied").utf8)
        let log = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let run = try #require((log?["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for result in results {
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let uri = try #require((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            #expect(uri.hasPrefix("fixtures/bundles/intel-config-not-applied/"))
            #expect(((location["region"] as? [String: Any])?["startLine"] as? Int ?? 0) >= 1)
        }
        let notApplied = try #require(results.first { $0["ruleId"] as? String == "NL301" })
        #expect((notApplied["relatedLocations"] as? [[String: Any]])?.isEmpty == false)
    }
}
