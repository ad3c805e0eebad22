import Foundation
import Testing

@testable import NestlintCore

/// The host bundles in fixtures/bundles, in both layouts, produce exactly the host-family
/// findings of fixtures/bundles/expected-findings.tsv, and together cover every Tier 1 host rule.
@Suite struct HostFixtureTests {
    static let directory = RepositoryPaths.fixtures.appendingPathComponent("bundles")
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    /// The Tier 1 rules of RULES.md this rule pack implements for hosts.
    static let tier1HostRules = [
        "NL001", "NL002", "NL101", "NL102", "NL103", "NL104", "NL105", "NL106", "NL107", "NL108", "NL109", "NL111",
        "NL201", "NL202", "NL203", "NL204", "NL205", "NL208", "NL301", "NL302", "NL303",
        "NL701", "NL702", "NL703", "NL704", "NL707",
    ]

    static func isHostRule(_ id: String) -> Bool {
        tier1HostRules.contains(id) || ["NL0", "NL1", "NL2", "NL3"].contains { id.hasPrefix($0) }
    }

    static var bundleNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    static func snapshot(_ name: String, tree: (any FileTree)? = nil) -> Snapshot {
        BundleScanner(tree: tree ?? DiskFileTree(rootPath: directory.appendingPathComponent(name).path), namer: PathNamer(prefix: name))
            .scan(name: name)
    }

    static func rows(_ findings: [Finding]) -> [String] {
        findings.filter { isHostRule($0.ruleID) }.map {
            "\($0.location.file.path)\t\($0.location.line)\t\($0.ruleID)\t\($0.severity.rawValue)"
        }.sorted()
    }

    static func expectedRows() throws -> [String] {
        let text = try String(contentsOf: directory.appendingPathComponent("expected-findings.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("file\t") }.map(String.init).sorted()
    }

    @Test func bundlesProduceTheListedFindings() throws {
        let result = Linter(catalog: Self.catalog).lint(Self.bundleNames.map { Self.snapshot($0) })
        let actual = Self.rows(result.findings)
        let expected = try Self.expectedRows()
        #expect(
            actual == expected,
            "missing: \(Set(expected).subtracting(actual).sorted()); unexpected: \(Set(actual).subtracting(expected).sorted())")
    }

    @Test func everyTier1HostRuleIsShownAndBothLayoutsArePresent() throws {
        let listed = Set(try Self.expectedRows().map { String($0.split(separator: "\t")[2]) })
        #expect(
            Set(Self.tier1HostRules).subtracting(listed).isEmpty,
            "not shown by a fixture: \(Set(Self.tier1HostRules).subtracting(listed).sorted())")
        let layouts = Set(Self.bundleNames.map { Self.snapshot($0).layout ?? "" })
        #expect(layouts == ["rootfs", "sosreport"])
    }

    @Test func aBundleWithoutModuleEvidenceStaysSilent() {
        let result = Linter(catalog: Self.catalog).lint([Self.snapshot("no-module-evidence")])
        #expect(Self.rows(result.findings).isEmpty)
    }

    /// Each root-fs bundle, turned into a sosreport (sos markers, kernel release and loaded
    /// modules moved to sos_commands/kernel behind the root links), gives the same findings.
    @Test(arguments: ["intel-config-not-applied", "amd-bad-values", "virtual-host-without-vmx", "s390-nested"])
    func theSosreportLayoutGivesTheSameFindings(name: String) throws {
        let root = Self.directory.appendingPathComponent(name)
        var tree = MemoryFileTree()
        var links: [String: String] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            let url = root.appendingPathComponent(relative)
            if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: url.path) {
                links[relative] = target
                continue
            }
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
            guard !isDirectory.boolValue else { continue }
            let bytes = Array(try Data(contentsOf: url))
            switch relative {
            case "proc/version":
                // `uname -a` prints the release as its third word.
                let release = String(decoding: bytes, as: UTF8.self).split(separator: " ")[2]
                tree.addFile("sos_commands/kernel/uname_-a", text: "Linux \(name) \(release) #1 SMP x86_64 GNU/Linux\n")
                tree.addSymbolicLink("uname", target: "sos_commands/kernel/uname_-a")
            default:
                tree.addFile(relative, bytes: bytes)
            }
        }
        for (path, target) in links { tree.addSymbolicLink(path, target: target) }
        tree.addFile("sos_reports/sos.txt", text: "sos report\n")
        let sos = Self.snapshot(name, tree: tree)
        #expect(sos.layout == "sosreport")
        let linter = Linter(catalog: Self.catalog)
        #expect(Self.rows(linter.lint([sos]).findings) == Self.rows(linter.lint([Self.snapshot(name)]).findings))
    }
}
