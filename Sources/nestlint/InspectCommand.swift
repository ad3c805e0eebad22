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
            Console.output(InspectionText().render(Inspection(snapshots: inputs.snapshots, catalog: catalog)))
        } catch {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
    }
}
