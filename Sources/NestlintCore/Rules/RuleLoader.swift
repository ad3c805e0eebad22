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

    public init() {}

    /// Loads one rule from its text. `path` names the file in errors.
    public func load(path: String, text: String) throws(RuleFileError) -> Rule {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
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
