import ArgumentParser
import NestlintCore
import NestlintReports

/// `nestlint inspect PATH...`: what was recognised and the host facts derived.
struct InspectCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "inspect", abstract: "Show what nestlint recognises in PATH and the facts it derives.")

    @Argument(help: "Bundles, template directories, domain XML or modprobe.d files.")
    var paths: [String]

    @OptionGroup var configurationOptions: ConfigurationOptions

    func run() throws {
        let catalog = try configurationOptions.load(startPath: paths.first).catalog
        do {
            let inputs = try InputDiscovery(workingDirectory: Console.workingDirectory).discover(arguments: paths)
            // Snapshot text (file names, values) with control characters made visible, line by line.
            let text = InspectionText().render(Inspection(snapshots: inputs.snapshots, catalog: catalog))
            Console.output(
                text.split(separator: "\n", omittingEmptySubsequences: false).map { TextReport.visible(String($0)) }.joined(separator: "\n")
            )
        } catch {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
    }
}
