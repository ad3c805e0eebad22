/// Runs the must-flag / must-not-flag examples of rules: `nestlint rules test` and the
/// parameterised `swift test` case per built-in rule both use it.
///
/// Each example is linted in memory with the whole catalog (suppressions and NL003 depend on the
/// other rules), once with LF and once with CRLF line ends (a line-number bug shows up as a
/// mismatch); the rule's unsuppressed findings must be exactly at the `↓`-marked lines.
public struct ExampleVerifier: Sendable {
    public let catalog: RuleCatalog

    public init(catalog: RuleCatalog) {
        self.catalog = catalog
    }

    /// One example that did not behave.
    public struct Failure: Sendable, CustomStringConvertible {
        public let ruleID: String
        public let rulePath: String
        public let example: String
        public let line: Int
        public let detail: String

        public var description: String { "\(rulePath):\(line): \(ruleID) example '\(example)': \(detail)" }
    }

    public func verify(_ rule: Rule) -> [Failure] {
        var failures: [Failure] = []
        let linter = Linter(catalog: catalog)
        for example in rule.examples {
            for (variant, ending) in [("LF", "\n"), ("CRLF", "\r\n")] {
                let (tree, expected, isBundle) = example.materialise(lineEnding: ending)
                let snapshot = Self.snapshot(tree: tree, isBundle: isBundle, example: example)
                let result = linter.lint([snapshot])
                let actual = Set(
                    result.findings.filter { $0.ruleID == rule.id && $0.suppression == nil }.map {
                        "\($0.location.file.path):\($0.location.line)"
                    })
                guard actual != expected else { continue }
                let missing = expected.subtracting(actual).sorted()
                let unexpected = actual.subtracting(expected).sorted()
                var parts: [String] = []
                if !missing.isEmpty { parts.append("expected a finding at \(missing.joined(separator: ", "))") }
                if !unexpected.isEmpty {
                    let messages = result.findings.filter {
                        $0.ruleID == rule.id && unexpected.contains("\($0.location.file.path):\($0.location.line)")
                    }
                    .map { "\($0.location): \($0.message)" }
                    parts.append("unexpected finding(s): \(messages.joined(separator: "; "))")
                }
                failures.append(
                    Failure(
                        ruleID: rule.id, rulePath: rule.sourcePath, example: example.name, line: example.line,
                        detail: "[\(variant)] " + parts.joined(separator: "; ")))
                break
            }
        }
        return failures
    }

    static func snapshot(tree: MemoryFileTree, isBundle: Bool, example: RuleExample) -> Snapshot {
        if isBundle {
            return BundleScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "example")
        }
        switch example.input {
        case .modprobe:
            return Snapshot(
                kind: .templates, name: "example", tree: tree,
                artifacts: [
                    ArtifactReference(treePath: "example.conf", kind: .modprobeConfig, file: SourceFile(path: "example.conf"))
                ])
        default:
            return Snapshot(
                kind: .templates, name: "example", tree: tree,
                artifacts: [
                    ArtifactReference(treePath: "example.xml", kind: .persistentDomain, file: SourceFile(path: "example.xml"))
                ])
        }
    }
}
