import ArgumentParser
import NestlintCore

/// The root command: lists subcommands; `lint` runs when none is named, so
/// `nestlint --format sarif PATH` lints.
@main
struct NestlintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nestlint",
        abstract: "Offline linter for nested KVM virtualization and live-migration / save blockers.",
        discussion: """
            Reads snapshots (host bundles, sosreports, modprobe.d files, libvirt domain XML) and \
            reports nested-virtualization misconfigurations as text, JSON, SARIF 2.1.0 or JUnit XML.

            Exit status: 0 no finding at or above --fail-on; 1 findings at or above it; \
            2 nestlint could not do its job (bad rule file, missing path, unwritable report); \
            64 usage error.
            """,
        version: NestlintVersion.current,
        subcommands: [LintCommand.self, InspectCommand.self, MergeCommand.self, FixCommand.self, RulesCommand.self, VersionCommand.self],
        defaultSubcommand: LintCommand.self)

    /// The rules are built on another core while the command line is parsed: every command
    /// but `version` needs them, and each step takes a few milliseconds of every run's start.
    static func main() async {
        RulePackLoader.prepareBuiltinPack()
        await main(nil)
    }
}
