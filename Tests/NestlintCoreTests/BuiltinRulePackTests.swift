import Foundation
import Testing

@testable import NestlintCore

/// The embedded rule pack must match `rules/`, so an installed binary has exactly the rules the
/// repository shows, and its pre-read rules and parameter table must be what the loaders read
/// from those files. Regenerate with `NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePack`.
@Suite struct BuiltinRulePackTests {
    static let generatedPath = RepositoryPaths.root.appendingPathComponent("Sources/NestlintCore/Rules/BuiltinRulePack.swift")

    /// Every file of the pack, relative to `rules/`, sorted.
    static func packFiles() throws -> [(path: String, text: String)] {
        let base = RepositoryPaths.rules.path
        let enumerator = FileManager.default.enumerator(atPath: base)
        var files: [(String, String)] = []
        while let relative = enumerator?.nextObject() as? String {
            guard relative.hasSuffix(".yml") else { continue }
            files.append((relative, try String(contentsOfFile: base + "/" + relative, encoding: .utf8)))
        }
        return files.sorted { $0.0 < $1.0 }
    }

    @Test func embeddedPackMatchesRulesDirectory() throws {
        let expected = try BuiltinRulePackSource(files: Self.packFiles()).render()
        let current = (try? String(contentsOf: Self.generatedPath, encoding: .utf8)) ?? ""
        if RepositoryPaths.regenerate && current != expected {
            try expected.write(to: Self.generatedPath, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            current == expected,
            "Sources/NestlintCore/Rules/BuiltinRulePack.swift is stale: run NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePack")
    }

    @Test func embeddedTextsEqualTheFiles() throws {
        let files = try Self.packFiles()
        #expect(BuiltinRulePack.files.map(\.path) == files.map(\.path))
        for (embedded, file) in zip(BuiltinRulePack.files, files) {
            #expect(embedded.text == file.text, "\(file.path) differs from its embedded copy")
        }
    }

    @Test func preReadRulesAreWhatTheLoaderReads() throws {
        let preRead = try BuiltinRulePack.rules()
        let files = BuiltinRulePack.files.filter { !$0.path.contains("/") && $0.path.hasSuffix(".yml") }
        #expect(preRead.count == files.count)
        for (rule, file) in zip(preRead, files) {
            let loaded = try RuleLoader().load(path: "rules/" + file.path, text: file.text).contentLines
            let built = rule.contentLines
            let common = min(built.count, loaded.count)
            let first = (0..<common).first { built[$0] != loaded[$0] } ?? common
            let same = built == loaded
            #expect(
                same,
                "\(file.path): pre-read \(built.dropFirst(first).first ?? "-"), loaded \(loaded.dropFirst(first).first ?? "-")")
        }
    }

    @Test func preReadParameterTableIsWhatTheTableLoaderReads() throws {
        let file = try #require(BuiltinRulePack.files.first { $0.path == RulePackLoader.parameterTablePath })
        let loaded = try ModuleParameterTable(path: "rules/" + file.path, text: file.text)
        let preRead = BuiltinRulePack.parameterTable()
        #expect(preRead.source == loaded.source)
        #expect(preRead.modules == loaded.modules)
    }
}

extension Rule {
    /// Every stored property, recursively (class instances too), one per line.
    fileprivate var contentLines: [String] {
        var output = ""
        dump(self, to: &output)
        return output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }
}
