import ArgumentParser
import NestlintCore
import NestlintReports

/// `nestlint rules list|explain|test`.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules", abstract: "List, explain and test rules.",
        subcommands: [ListRules.self, ExplainRule.self, TestRules.self])

    struct ListRules: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List every rule with its severity and summary.")

        @OptionGroup var configurationOptions: ConfigurationOptions

        func run() throws {
            let catalog = try configurationOptions.load(startPath: nil).catalog
            var text = ""
            for rule in catalog.rules {
                text +=
                    "\(rule.id)  \(rule.severity.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0))  \(rule.name): \(rule.summary)\n"
            }
            Console.output(text)
        }
    }

    struct ExplainRule: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule: what, why, how to fix.")

        @Argument(help: "A rule id such as NL203.")
        var id: String

        @OptionGroup var configurationOptions: ConfigurationOptions

        func run() throws {
            let catalog = try configurationOptions.load(startPath: nil).catalog
            guard let rule = catalog.rule(id: id.uppercased()) else {
                throw ValidationError("no rule \(id); `nestlint rules list` shows them all")
            }
            Console.output(RuleDocumentation(rule: rule).plainText)
        }
    }

    struct TestRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test", abstract: "Run the must-flag / must-not-flag examples of a rule pack (built-in when no DIR).")

        @Argument(help: "A rule pack directory; the built-in pack when omitted.")
        var directory: String?

        func run() throws {
            let loader = RulePackLoader()
            let catalog: RuleCatalog
            do {
                catalog = try loader.catalog(userDirectories: directory.map { [$0] } ?? [], includeBuiltin: directory == nil)
            } catch {
                Console.error("nestlint: \(error)")
                throw ExitStatus.toolFailure
            }
            let verifier = ExampleVerifier(catalog: catalog)
            var failures: [ExampleVerifier.Failure] = []
            var examples = 0
            for rule in catalog.rules {
                examples += rule.examples.count
                failures += verifier.verify(rule)
            }
            for failure in failures { Console.error("FAIL \(failure)") }
            Console.output("\(examples - failures.count) passed, \(failures.count) failed (\(catalog.rules.count) rules)\n")
            if !failures.isEmpty { throw ExitStatus.findings }
        }
    }
}
