import ArgumentParser
import NestlintCore

/// `--rules DIR`, shared by every command that needs the rule catalog.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("Add the rule pack in DIR (repeatable).", valueName: "DIR"))
    var directories: [String] = []

    /// The built-in pack plus user packs; a broken rule file is exit 2 with file:line.
    func catalog() throws -> RuleCatalog {
        do {
            return try RulePackLoader().catalog(userDirectories: directories)
        } catch {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
    }
}
