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

    @Option(help: ArgumentHelp("Skip artifacts larger than this many bytes (NL002).", valueName: "BYTES"))
    var maxFileSize: Int = SnapshotReader.defaultSizeLimit

    @OptionGroup var ruleOptions: RuleOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH to lint") }
        guard maxFileSize > 0 else { throw ValidationError("--max-file-size must be positive") }
    }

    func run() throws {
        let catalog = try ruleOptions.catalog()
        let inputs: DiscoveredInputs
        do {
            inputs = try InputDiscovery(workingDirectory: Console.workingDirectory).discover(arguments: paths)
        } catch {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
        var result = Linter(catalog: catalog, sizeLimit: maxFileSize).lint(inputs.snapshots)
        result.baseDirectories = inputs.baseDirectories
        let colour = output == nil && format == .text && Console.standardOutputIsTerminal
        let context = ReportContext(result: result, catalog: catalog, toolVersion: NestlintVersion.current, category: category, colour: colour)
        try ReportOutput.write(format.writer.render(context), to: output)
        for request in reports {
            let plain = ReportContext(result: result, catalog: catalog, toolVersion: NestlintVersion.current, category: category)
            try ReportOutput.write(request.format.writer.render(plain), to: request.path)
        }
        if let threshold = failOn.threshold, result.findings.contains(where: { $0.severity >= threshold }) {
            throw ExitStatus.findings
        }
    }
}
