import Foundation
import Testing

/// The CI examples in examples/ci are run here: every `nestlint` command line they contain is
/// executed against a small template repository, so a renamed flag breaks this test, not a
/// user's pipeline.
@Suite struct PipelineExampleTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/ci")

    /// The nestlint invocations of a workflow file (words after `nestlint`), split like a shell
    /// splits these simple lines.
    static func invocations(in file: String) throws -> [[String]] {
        let text = try String(contentsOf: examples.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: "nestlint lint ") else { return nil }
            return ["lint"] + line[range.upperBound...].split(separator: " ").map(String.init)
        }
    }

    func repository() throws -> TemporaryDirectory {
        let scratch = try TemporaryDirectory()
        try scratch.write(
            "templates/l1.xml",
            "<domain type='kvm'><name>l1</name><metadata><nestlint:intent xmlns:nestlint=\"urn:nestlint:intent:1\" role=\"hypervisor\"/></metadata></domain>\n"
        )
        return scratch
    }

    @Test func githubWorkflowCommandsWork() throws {
        let commands = try Self.invocations(in: "github-actions.yml")
        #expect(commands.count == 1)
        let scratch = try repository()
        // First run without a baseline, as when a repository adopts nestlint: write one.
        let adopt = try CommandLineRunner.run(["lint", ".", "--format", "sarif", "--output", ".nestlint-baseline.sarif"], in: scratch.url)
        #expect(adopt.status == 1)
        for command in commands {
            let outcome = try CommandLineRunner.run(command, in: scratch.url)
            #expect(outcome.status == 0, "old findings are in the baseline: \(outcome.error)")
            let sarif = try String(contentsOfFile: scratch.path("nestlint.sarif"), encoding: .utf8)
            #expect(sarif.contains("\"id\" : \"nestlint/templates\""))
            #expect(sarif.contains("\"baselineState\" : \"unchanged\""))
        }
    }

    @Test func gitlabJobCommandsWork() throws {
        let commands = try Self.invocations(in: "gitlab-ci.yml")
        #expect(commands.count == 1)
        let scratch = try repository()
        for command in commands {
            let outcome = try CommandLineRunner.run(command, in: scratch.url)
            #expect(outcome.status == 1, "an error fails the job")
            let junit = try String(contentsOfFile: scratch.path("nestlint-junit.xml"), encoding: .utf8)
            #expect(junit.contains("<failure type=\"error\""))
        }
    }
}
