import ArgumentParser
import NestlintCore
import NestlintReports

/// `nestlint lint PATH...`: the main job.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Lint host bundles, sosreports, modprobe.d files and domain XML (the default command).")

    @Argument(help: "Bundles, fleets, template directories, domain XML or modprobe.d files.")
    var paths: [String]

    @Option(help: "Report format on standard output (or --output).")
    var format: ReportFormat = .text

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the --format report to FILE.", valueName: "FILE"))
    var output: String?

    @Option(name: .customLong("report"), help: ArgumentHelp("Also write FORMAT to FILE (repeatable), e.g. sarif=out.sarif.", valueName: "FORMAT=FILE"))
    var reports: [ReportRequest] = []

    @Option(help: "Exit 1 when a finding is at or above this severity.")
    var failOn: FailOn = .error

    @Option(help: ArgumentHelp("SARIF automationDetails.id, to keep several analyses apart in code scanning.", valueName: "CATEGORY"))
    var category: String?

    @Option(help: ArgumentHelp("Skip artifacts larger than this many bytes (NL002); default 16 MiB or the configuration's max-file-size.", valueName: "BYTES"))
    var maxFileSize: Int?

    @Option(help: ArgumentHelp("A previous SARIF report: only findings not in it count for --fail-on.", valueName: "FILE.sarif"))
    var baseline: String?

    @OptionGroup var configurationOptions: ConfigurationOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH to lint") }
        if let maxFileSize, maxFileSize <= 0 { throw ValidationError("--max-file-size must be positive") }
    }

    func run() throws {
        let (configuration, catalog) = try configurationOptions.load(startPath: paths.first)
        let inputs: DiscoveredInputs
        do {
            inputs = try InputDiscovery(workingDirectory: Console.workingDirectory).discover(arguments: paths)
        } catch {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
        let sizeLimit = maxFileSize ?? configuration.maxFileSize ?? SnapshotReader.defaultSizeLimit
        var result = Linter(catalog: catalog, sizeLimit: sizeLimit, intentConfiguration: configuration.intentLayer).lint(inputs.snapshots)
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
        let context = ReportContext(result: result, catalog: catalog, toolVersion: NestlintVersion.current, category: category, colour: colour)
        try ReportOutput.write(format.writer.render(context), to: output)
        for request in reports {
            let plain = ReportContext(result: result, catalog: catalog, toolVersion: NestlintVersion.current, category: category)
            try ReportOutput.write(request.format.writer.render(plain), to: request.path)
        }
        if result.fails(at: failOn.threshold) {
            throw ExitStatus.findings
        }
    }
}
