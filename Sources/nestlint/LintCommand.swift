import ArgumentParser
import NestlintCore
import NestlintReports

/// `nestlint lint PATH...`: the main job.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint host bundles, sosreports, modprobe.d files and domain XML (the default command).")

    @Argument(help: "Bundles, fleets, template directories, domain XML or modprobe.d files.")
    var paths: [String]

    @Option(help: "Report format on standard output (or --output).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the --format report to FILE.", valueName: "FILE"))
    var output: String?

    @Option(
        name: .customLong("report"),
        help: ArgumentHelp("Also write FORMAT to FILE (repeatable), e.g. sarif=out.sarif.", valueName: "FORMAT=FILE"))
    var reports: [ReportRequest] = []

    @Option(help: "Exit 1 when a finding is at or above this severity.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("SARIF automationDetails.id, to keep several analyses apart in code scanning.", valueName: "CATEGORY"))
    var category: String?

    @Option(
        help: ArgumentHelp(
            "Skip artifacts larger than this many bytes (NL002); default 16 MiB or the configuration's max-file-size.", valueName: "BYTES"))
    var maxFileSize: Int?

    @Option(help: ArgumentHelp("A previous SARIF report: only findings not in it count for --fail-on.", valueName: "FILE.sarif"))
    var baseline: String?

    @Option(
        help: ArgumentHelp(
            "Lint only part K of N of the bundles and files (1 <= K <= N), chosen by a stable hash of each one's name; combine the parts with `nestlint merge`.",
            valueName: "K/N"),
        transform: { text in try ShardSelection(parsing: text) })
    var shard: ShardSelection?

    @Option(help: ArgumentHelp("Lint this many bundles at once (default: one per core); the output does not depend on it.", valueName: "N"))
    var jobs: Int = Linter.defaultJobs

    @Flag(help: "No progress line on standard error (it is shown for fleets only when standard error is a terminal).")
    var quiet = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH to lint") }
        if let maxFileSize, maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        if shard != nil, baseline != nil {
            throw ValidationError("--baseline compares a whole run: give it to `nestlint merge`'s result, not to a --shard run")
        }
    }

    func run() async throws {
        // The process ends as soon as the reports are written (below): what the run built is
        // never freed, rather than freed on a third thread while the report is being written.
        ReleaseAtExit.enable()
        // The inputs are listed while the rules load: both come before the first unit can
        // start, and neither needs the other. A rule file's error is still reported first.
        let paths = paths
        async let discovered = Result { () throws(InputError) in
            try InputDiscovery(workingDirectory: Console.workingDirectory).discoverSources(arguments: paths)
        }
        let (configuration, catalog) = try configurationOptions.load(startPath: paths.first)
        let sizeLimit = maxFileSize ?? configuration.maxFileSize ?? SnapshotReader.defaultSizeLimit
        let inputs: DiscoveredSources
        switch await discovered {
        case .success(let sources): inputs = sources
        case .failure(let error):
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
        let progressLine = ProgressLine.forFleet(
            bundles: inputs.sources.filter(\.isBundle).count, units: inputs.sources.count, quiet: quiet)
        var progress: (@Sendable (Int, Int) -> Void)?
        if let progressLine { progress = { done, total in progressLine.update(done: done, total: total) } }
        var result = await Linter(catalog: catalog, sizeLimit: sizeLimit, intentConfiguration: configuration.intentLayer).lint(
            sources: inputs.sources, jobs: jobs, archiveLimits: ArchiveLimits(maximumFileSize: sizeLimit), shard: shard, arguments: paths,
            progress: progress)
        progressLine?.finish()
        result.baseDirectories = inputs.baseDirectories
        if let baseline {
            do {
                try Baseline(path: baseline).compare(&result)
            } catch {
                Console.error("nestlint: \(error)")
                throw ExitStatus.toolFailure
            }
        }
        let colour = output == nil && format == .text && Console.standardOutputIsTerminal
        let context = ReportContext(
            result: result, catalog: catalog, toolVersion: NestlintVersion.current, category: category, colour: colour)
        try ReportOutput.write(format.writer.renderUTF8(context), to: output)
        for request in reports {
            let plain = ReportContext(result: result, catalog: catalog, toolVersion: NestlintVersion.current, category: category)
            try ReportOutput.write(request.format.writer.renderUTF8(plain), to: request.path)
        }
        // Everything is written (with write(2), nothing buffered): end the process here.
        // Returning would first free the run's results, documents and reports one object at
        // a time, about 10 ms for a fleet of 500 hosts after the work is done.
        Console.exitNow(result.fails(at: failOn.threshold) ? ExitStatus.findings.rawValue : ExitStatus.clean.rawValue)
    }
}
