import ArgumentParser
import NestlintCore

/// `--config FILE` and `--rules DIR`, and the catalog and configuration they lead to.
struct ConfigurationOptions: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp("Use this .nestlint.yml instead of the one found from the first PATH upward.", valueName: "FILE"))
    var configPath: String?

    @Option(name: .customLong("rules"), help: ArgumentHelp("Add the rule pack in DIR (repeatable).", valueName: "DIR"))
    var ruleDirectories: [String] = []

    /// The configuration (explicit, or found upward from `startPath`), the catalog with the
    /// configuration applied. Bad configuration or rule files are exit 2 with file:line.
    func load(startPath: String?) throws -> (configuration: LintConfiguration, catalog: RuleCatalog) {
        do {
            let loader = ConfigurationLoader()
            var configuration = LintConfiguration()
            if let configPath {
                configuration = try loader.load(path: configPath)
            } else if let startPath, let found = loader.find(from: startPath) {
                configuration = try loader.load(path: found)
            }
            let catalog = try RulePackLoader().catalog(userDirectories: configuration.ruleDirectories + ruleDirectories)
            try configuration.validate(against: catalog)
            return (configuration, configuration.apply(to: catalog))
        } catch {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
    }
}
