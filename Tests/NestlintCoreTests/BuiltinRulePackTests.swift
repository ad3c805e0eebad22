import Foundation
import Testing

@testable import NestlintCore

/// The embedded rule pack must match `rules/`, so an installed binary has exactly the rules the
/// repository shows. Regenerate with `NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePack`.
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

    static func render(_ files: [(path: String, text: String)]) -> String {
        var source = """
            // Generated from rules/ by `NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePack`;
            // a test fails when this file is stale. Do not edit by hand.

            /// The built-in rule pack, embedded so that an installed binary works without the source tree.
            public enum BuiltinRulePack {
                public static let files: [(path: String, text: String)] = [

            """
        for file in files {
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) { hashes += "#" }
            source += "        (\n            \"\(file.path)\",\n            \(hashes)\"\"\"\n\(file.text)\n\"\"\"\(hashes)\n        ),\n"
        }
        source += "    ]\n}\n"
        return source
    }

    @Test func embeddedPackMatchesRulesDirectory() throws {
        let expected = Self.render(try Self.packFiles())
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
}
