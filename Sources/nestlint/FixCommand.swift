import ArgumentParser
import NestlintCore

/// `nestlint fix PATH... [--dry-run]`: applies the exact edits rules know, to templates and
/// configuration files only (never inside bundles or archives).
struct FixCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fix",
        abstract: "Apply the fixes rules know to template and configuration files (atomically).")

    @Argument(help: "Template directories, domain XML or modprobe.d files.")
    var paths: [String]

    @Flag(help: "Show the changes as a unified diff without writing anything.")
    var dryRun = false

    @OptionGroup var configurationOptions: ConfigurationOptions

    func validate() throws {
        guard !paths.isEmpty else { throw ValidationError("give at least one PATH to fix") }
    }

    func run() throws {
        let (configuration, catalog) = try configurationOptions.load(startPath: paths.first)
        do {
            let inputs = try InputDiscovery(workingDirectory: Console.workingDirectory).discover(arguments: paths)
            let sizeLimit = configuration.maxFileSize ?? SnapshotReader.defaultSizeLimit
            let result = Linter(catalog: catalog, sizeLimit: sizeLimit, intentConfiguration: configuration.intentLayer).lint(
                inputs.snapshots)
            let fixer = Fixer()
            let changes = try fixer.plan(findings: result.findings, snapshots: inputs.snapshots)
            if dryRun {
                Console.output(changes.map { UnifiedDiff.render(path: $0.file.path, original: $0.original, fixed: $0.fixed) }.joined())
            } else {
                try fixer.write(changes)
            }
            let count = changes.reduce(0) { $0 + $1.edits.count }
            let editable = fixer.editableFiles(in: inputs.snapshots)
            let inBundles = result.findings.filter { $0.suppression == nil && $0.fix.map { editable[$0.file] == nil } == true }.count
            var summary = "\(dryRun ? "would fix" : "fixed") \(count) finding(s) in \(changes.count) file(s)"
            if inBundles > 0 {
                summary += "; \(inBundles) fixable finding(s) inside bundles left alone (bundles are evidence, not sources)"
            }
            Console.error(summary)
        } catch {
            Console.error("nestlint: \(error)")
            throw ExitStatus.toolFailure
        }
    }
}
