import Foundation
import Testing

@testable import NestlintCore
@testable import NestlintReports

/// Lint results for the tests that hold the hand-written writers to `JSONEncoder`
/// (`SARIFWriterEquivalenceTests`, `JSONWriterEquivalenceTests`).
enum EquivalenceInputs {
    static let catalog: RuleCatalog = try! RulePackLoader().catalog(userDirectories: [])

    /// Text JSON must escape or must leave alone: quotes, backslashes, slashes, every control
    /// character, DEL, non-ASCII, emoji, U+2028/U+2029, a byte order mark.
    static let awkwardText: String = {
        var text = #"quote " backslash \ slash / "#
        for value in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        return text + "\u{7F} é e\u{301} ß 漢字 😀 👩‍👩‍👧 \u{2028} \u{2029} \u{85} \u{FEFF} end"
    }()

    static let hypervisorTemplate = """
        <domain type='kvm'>
          <name>l1</name>
          <metadata><nestlint:intent xmlns:nestlint="urn:nestlint:intent:1" role="hypervisor"/></metadata>
        </domain>

        """

    /// Lints `arguments` as `nestlint lint` run in `directory` would.
    static func lint(_ arguments: [String], in directory: URL = RepositoryPaths.root, shard: ShardSelection? = nil) async throws
        -> LintResult
    {
        let discovered = try InputDiscovery(workingDirectory: directory.path).discoverSources(arguments: arguments)
        var result = await Linter(catalog: catalog).lint(sources: discovered.sources, jobs: 2, shard: shard, arguments: arguments)
        result.baseDirectories = discovered.baseDirectories
        return result
    }

    static func context(_ result: LintResult, category: String? = nil) -> ReportContext {
        ReportContext(result: result, catalog: catalog, toolVersion: "1.2.3-test", category: category)
    }

    /// New, unchanged and absent findings: a run over one bundle and the templates against the
    /// SARIF of a run over every bundle.
    static func baselineResult() async throws -> LintResult {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("nestlint-baseline-\(UUID().uuidString).sarif")
        defer { try? FileManager.default.removeItem(at: file) }
        let previous = try await lint(["fixtures/bundles"])
        try Data(SARIFReport().render(context(previous)).utf8).write(to: file)
        var result = try await lint(["fixtures/bundles/amd-bad-values", "fixtures/templates"])
        try Baseline(path: file.path).compare(&result)
        #expect(result.findings.contains { $0.baselineState == .new } && result.findings.contains { $0.baselineState == .unchanged })
        #expect(!result.absentFindings.isEmpty)
        return result
    }

    /// An inline suppression, a rule's fix and a host with an awkward name from a real lint,
    /// then findings, notifications, evaluations, base directories and a shard record made by
    /// hand, with every optional part and awkward text everywhere.
    static func awkwardResult() throws -> LintResult {
        var tree = MemoryFileTree()
        tree.addFile(
            "templates/suppressed \"l1\" é.xml",
            text: "<!-- nestlint-ignore: NL401 - lab \"host\" \\ C:\\temp é 😀 \u{2028} \u{7F} -->\n" + hypervisorTemplate)
        tree.addFile(
            "templates/check-none.xml",
            text: "<domain type='kvm'><cpu mode='custom' match='exact' check='none'><model>Haswell</model>"
                + "<feature policy='require' name='vmx'/></cpu></domain>\n")
        let host = "host \"1\" \\ é 😀"
        tree.addFile("\(host)/proc/cpuinfo", text: "vendor_id\t: GenuineIntel\nflags\t\t: vmx lm\n")
        tree.addFile("\(host)/etc/modprobe.d/kvm.conf", text: "options kvm_intel nested=0\noptions kvm_intel nested=1\n")
        tree.addFile("\(host)/sys/module/kvm_intel/parameters/nested", text: "N\n")
        let bundle = BundleScanner(tree: SubtreeFileTree(base: tree, prefix: host), namer: PathNamer(prefix: host)).scan(name: host)
        let (templates, _) = TemplateScanner(tree: SubtreeFileTree(base: tree, prefix: "templates"), namer: PathNamer(prefix: "templates"))
            .scan(name: "templates")
        var result = Linter(catalog: catalog).lint([bundle, templates])
        #expect(result.findings.contains { $0.suppression != nil })
        #expect(result.findings.contains { $0.fix != nil })
        #expect(result.findings.contains { $0.host == host })

        let awkward = awkwardText
        let file = SourceFile(path: "dir/\(awkward)/kvm.conf", baseID: "INPUT2")
        let here = NestlintCore.SourceLocation(file: file, line: 3, excerpt: awkward)
        for (index, severity) in [Severity.error, .warning, .note].enumerated() {
            var finding = Finding(
                ruleID: "NL30\(index)", severity: severity, message: awkward, location: here,
                related: [
                    RelatedLocation(location: NestlintCore.SourceLocation(file: SourceFile(path: awkward), line: 1), message: awkward),
                    RelatedLocation(location: here, message: ""),
                ], suite: awkward, fingerprint: "0123456789abcdef")
            finding.suppression = FindingSuppression(kind: .inSource, justification: awkward, location: here)
            finding.baselineState = [BaselineState.new, .unchanged, .absent][index]
            finding.fix = TextEdit(
                description: awkward, file: file, line: 3, startColumn: 2, endColumn: 9, replacement: awkward, insertsLine: index == 1)
            finding.host = awkward
            result.findings.append(finding)
        }
        result.findings.append(Finding(ruleID: "NL999", severity: .note, message: "", location: here, related: [], suite: ""))
        result.absentFindings.append(
            Finding(ruleID: "NL301", severity: .warning, message: awkward, location: here, related: [], suite: "", fingerprint: awkward))
        result.notifications += [
            Notification(level: .error, message: awkward, file: SourceFile(path: awkward, baseID: awkward)),
            Notification(level: .note, message: ""),
        ]
        result.evaluations += [
            Evaluation(suite: awkward, kind: .host, ruleIDs: []), Evaluation(suite: "", kind: .artifact, ruleIDs: [awkward, "NL001"]),
        ]
        result.baseDirectories = ["INPUT10": "/x", "INPUT2": "/a dir/é", "INPUT1": awkward, "é": "/e", "A": "/", "a": "/a"]
        result.shard = try awkwardShardRecord()
        return result
    }

    /// A shard record with evidence (with and without a base id) and units, empty and full.
    static func awkwardShardRecord() throws -> ShardRecord {
        let awkward = awkwardText
        let evidence: [String: NestlintCore.SourceLocation] = [
            "4dea22b31d52d8f32516782e98ab3fa0": .init(
                file: SourceFile(path: "fleet/l1/sys/class/dmi/id/product_uuid"), line: 1, excerpt: "x"),
            awkward: .init(file: SourceFile(path: awkward, baseID: awkward), line: 9, excerpt: awkward),
            "A": .init(file: SourceFile(path: "a"), line: 2),
        ]
        let units = [
            ShardRecord.Unit(name: "", key: "", hosts: [], files: [], domainUUIDs: []),
            ShardRecord.Unit(
                name: awkward, key: awkward, hosts: [awkward, "fleet/parent"],
                files: [ShardRecord.File(SourceFile(path: awkward, baseID: awkward)), ShardRecord.File(SourceFile(path: "t.xml"))],
                domainUUIDs: [awkward, "4dea22b31d52d8f32516782e98ab3fa0"]),
        ]
        return ShardRecord(
            selection: try ShardSelection(index: 2, count: 7), arguments: [awkward, "fleet", ""], maximumFileSize: Int.max,
            evidence: evidence,
            units: units)
    }
}
