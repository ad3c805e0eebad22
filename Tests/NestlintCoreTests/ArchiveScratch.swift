import Foundation
import NestlintCore

/// A scratch directory for archive and fleet tests, removed afterwards, with helpers to copy
/// fixture bundles, pack them and lint a path in it the way `nestlint lint` does.
final class ArchiveScratch {
    let url: URL
    var path: String { url.path }

    init() throws {
        // Canonical from the start (/tmp may be a link), so report paths are predictable.
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        url = base.appendingPathComponent("nestlint-archive-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func url(_ relativePath: String) -> URL { url.appendingPathComponent(relativePath) }

    func createDirectory(_ relativePath: String) throws {
        try FileManager.default.createDirectory(at: url(relativePath), withIntermediateDirectories: true)
    }

    func write(_ relativePath: String, _ text: String) throws {
        let file = url(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
    }

    /// Copies a directory, keeping symbolic links as links.
    func copy(_ source: URL, to relativePath: String) throws {
        try FileManager.default.createDirectory(at: url(relativePath).deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: source, to: url(relativePath))
    }

    /// Every file and directory under the scratch directory, relative.
    func listing() -> [String] {
        (FileManager.default.subpaths(atPath: path) ?? []).sorted()
    }

    static let catalog = try! RulePackLoader().catalog(userDirectories: [])

    /// Lints `arguments` as `nestlint lint` run in this directory would.
    func lint(_ arguments: [String], jobs: Int = 2, limits: ArchiveLimits = ArchiveLimits(), shard: ShardSelection? = nil) async throws
        -> LintResult
    {
        let discovery = InputDiscovery(workingDirectory: path, archiveLimits: limits)
        let discovered = try discovery.discoverSources(arguments: arguments)
        var result = await Linter(catalog: Self.catalog).lint(
            sources: discovered.sources, jobs: jobs, archiveLimits: limits, shard: shard, arguments: arguments)
        result.baseDirectories = discovered.baseDirectories
        return result
    }

    /// A finding as one comparable line, with `replacements` applied to every path and message.
    static func describe(_ finding: Finding, replacing replacements: [(String, String)] = []) -> String {
        var text = [
            finding.ruleID, finding.severity.rawValue, "\(finding.location.file.path):\(finding.location.line)", finding.message,
            finding.related.map { "\($0.location.file.path):\($0.location.line) \($0.message)" }.joined(separator: " / "),
            finding.suite, finding.host ?? "-",
        ].joined(separator: " | ")
        for (from, to) in replacements { text = text.replacingOccurrences(of: from, with: to) }
        return text
    }
}
