import ArgumentParser

/// `nestlint version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print nestlint's version.")

    func run() {
        Console.output("nestlint \(NestlintVersion.current)\n")
    }
}
