import ArgumentParser
import Foundation
import NestlintCore
import NestlintReports

/// `nestlint merge SHARD-REPORT...`: the report of one run, from the reports of its shards.
struct MergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Combine the SARIF or JSON reports of `nestlint lint --shard K/N` runs into the report of one run.",
        discussion: """
            Give the report of every shard (all SARIF or all JSON). The result has the findings, \
            rules and fingerprints one run over everything would have. When a domain in one \
            shard runs an L1 host linted in another, the bundle holding it is linted again with \
            the whole fleet's evidence: run the merge from the directory the shards ran in, with \
            the same --config and --rules, so the shards' PATH arguments lead to the same files.
            """)

    @Argument(help: ArgumentHelp("The shards' reports.", valueName: "REPORT"))
    var files: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the merged report to FILE.", valueName: "FILE"))
    var output: String?

    @Option(help: "Exit 1 when a finding is at or above this severity.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("Lint this many bundles at once when some must be linted again.", valueName: "N"))
    var jobs: Int = Linter.defaultJobs

    @OptionGroup var configurationOptions: ConfigurationOptions

    func validate() throws {
        guard !files.isEmpty else { throw ValidationError("give the report of every shard") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() async throws {
        var reports: [(path: String, bytes: [UInt8])] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                Console.error("nestlint: \(file): cannot read the report")
                throw ExitStatus.toolFailure
            }
            reports.append((file, Array(data)))
        }
        do {
            let merger = try ShardReportMerger(reports: reports)
            let replacement = try await relint(merger.staleUnits, merger: merger)
            let merged = try merger.merged(replacement: replacement)
            try ReportOutput.write(Array(merged.rendered().utf8), to: output)
            if merger.fails(merged, at: failOn.threshold) { throw ExitStatus.findings }
        } catch let error as ShardMergeError {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
    }

    /// The stale units linted with the whole fleet's evidence, as a report in the shards'
    /// format; `nil` when there are none.
    private func relint(_ stale: [ShardRecord.Unit], merger: ShardReportMerger) async throws -> MergeJSON? {
        guard !stale.isEmpty else { return nil }
        let discovered: DiscoveredSources
        do {
            discovered = try InputDiscovery(workingDirectory: Console.workingDirectory).discoverSources(arguments: merger.arguments)
        } catch {
            throw ShardMergeError("cannot find the shards' paths again to re-lint \(stale.map(\.name).joined(separator: ", ")): \(error)")
        }
        let wanted = Set(stale.map { "\($0.key)\u{0}\($0.name)" })
        let sources = discovered.sources.filter { wanted.contains("\($0.shardKey)\u{0}\($0.name)") }
        guard sources.count == stale.count else {
            throw ShardMergeError(
                "cannot find \(stale.map(\.name).joined(separator: ", ")) again under \(merger.arguments.joined(separator: " ")): run the merge where the shards ran"
            )
        }
        // The configuration is looked up from the shards' first path, as `lint` did: only once
        // that path is known to exist here.
        let (configuration, catalog) = try configurationOptions.load(startPath: merger.arguments.first)
        let linter = Linter(catalog: catalog, sizeLimit: merger.maximumFileSize, intentConfiguration: configuration.intentLayer)
        var result = await linter.lint(
            sources: sources, jobs: jobs, archiveLimits: ArchiveLimits(maximumFileSize: merger.maximumFileSize), evidence: merger.evidence)
        result.baseDirectories = discovered.baseDirectories
        let context = ReportContext(result: result, catalog: catalog, toolVersion: NestlintVersion.current, category: merger.category)
        let text = merger.format == .sarif ? SARIFReport().render(context) : JSONReport().render(context)
        return MergeJSON.parse(Array(text.utf8))
    }
}
