import Foundation
import NestlintCore
import Testing

/// Every hostile XML fixture has its expected outcome written down: NL001 at a line, or linted
/// as written (a domain found, no finding about the file). A new fixture without an entry fails.
@Suite struct HostileFixtureTests {
    static let folder = RepositoryPaths.fixtures.appendingPathComponent("hostile")

    /// File name -> the NL001 line, or `nil` when the document must parse.
    static let expected: [String: Int?] = [
        "billion-laughs.xml": 12,
        "crlf-malformed.xml": 6,
        "crowded-attributes.xml": 6,
        "deep-nesting.xml": 260,
        "empty.xml": 1,
        "entity-loop-pair.xml": 8,
        "entity-loop-parameter.xml": 6,
        "external-entity-attribute.xml": 6,
        "external-entity.xml": nil,
        "external-parameter-entity.xml": nil,
        "latin1-declared.xml": nil,
        "latin1-undeclared.xml": 5,
        "malformed-domain.xml": 4,
        "quadratic-blowup.xml": 7,
    ]

    static let files: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".xml") }.sorted()

    @Test func everyFixtureHasAnExpectedOutcome() {
        #expect(Set(Self.files) == Set(Self.expected.keys))
    }

    @Test(arguments: files)
    func fixtureGivesItsOutcome(_ name: String) throws {
        let discovery = InputDiscovery(workingDirectory: Self.folder.path)
        let snapshots = try discovery.discover(arguments: [name]).snapshots
        let result = Linter(catalog: HostileScratch.catalog).lint(snapshots)
        let expectedLine = try #require(Self.expected[name])
        if let line = expectedLine {
            #expect(result.places(of: "NL001") == ["\(name):\(line)"])
        } else {
            #expect(result.places(of: "NL001").isEmpty && result.places(of: "NL002").isEmpty)
            let inspection = Inspection(snapshots: snapshots, catalog: HostileScratch.catalog)
            #expect(inspection.entries.flatMap(\.domains).count == 1, "the domain is linted, not skipped")
        }
        #expect(!result.allText.contains("root:x:0:0"), "/etc/passwd is never read")
    }
}
