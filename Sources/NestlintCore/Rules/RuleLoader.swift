import Yams

/// Reads rule files (YAML, one rule per file) into `Rule` values.
///
/// Every problem is a `RuleFileError` with the file and line: a broken rule pack stops the run
/// loudly (exit 2) instead of silently checking less.
public struct RuleLoader: Sendable {
    static let ruleKeys: Set<String> = [
        "id", "name", "severity", "scope", "summary", "rationale", "fix", "references", "blocks", "reads", "tags",
        "for-each", "select", "capture", "when", "at", "related", "message", "notes", "severity-when", "edit", "examples",
    ]

    /// Decides the tags of plain scalars. Rule files are read with `Resolver.basic` (every plain
    /// scalar is a string): the reader interprets the few typed values itself (`true`, `false`
    /// and integers in conditions, see `RuleNodeReader.literal`), so Yams' default resolver only
    /// cost time: it matched every scalar against seven regular expressions, again for each key
    /// lookup, and that was most of nestlint's start-up.
    let resolver: Resolver

    public init() {
        self.init(resolver: .basic)
    }

    /// A loader with another resolver; tests load with `Resolver.default` (the resolver rule
    /// files were read with before) to show both give the same rules and errors.
    init(resolver: Resolver) {
        self.resolver = resolver
    }

    /// Loads one rule from its text. `path` names the file in errors.
    public func load(path: String, text: String) throws(RuleFileError) -> Rule {
        let node: Node
        do {
            // UTF-8 stated, not `.default`, which reads the whole environment on every call.
            guard let composed = try Yams.compose(yaml: text, resolver, .default, .utf8) else {
                throw RuleFileError(path: path, line: 1, message: "empty rule file")
            }
            node = composed
        } catch let error as RuleFileError {
            throw error
        } catch let error as YamlError {
            throw RuleFileError(path: path, line: error.line, message: "not valid YAML: \(error.problem)")
        } catch {
            throw RuleFileError(path: path, line: 1, message: "not valid YAML: \(error)")
        }
        var reader = RuleNodeReader(path: path)
        return try reader.rule(from: node, text: text)
    }
}
