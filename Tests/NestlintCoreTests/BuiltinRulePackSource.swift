@testable import NestlintCore

/// The text of `Sources/NestlintCore/Rules/BuiltinRulePack.swift`: the files of `rules/`
/// embedded as text, and the rules and the parameter table read from them (with `RuleLoader`
/// and `ModuleParameterTable`) written out as Swift values, so that start-up builds them
/// without parsing YAML. `BuiltinRulePackTests` checks that the file is current and that the
/// values are what the loaders read.
struct BuiltinRulePackSource {
    /// The pack's files, relative to `rules/`, sorted by path.
    let files: [(path: String, text: String)]

    /// The generated Swift source; loading errors in the files are thrown.
    func render() throws -> String {
        var source = """
            // Generated from rules/ by `NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePack`;
            // a test fails when this file is stale. Do not edit by hand.

            /// The built-in rule pack, embedded so that an installed binary works without the source
            /// tree: the files as text (for `rules explain`), and the rules and the parameter table read
            /// from them when this file was generated, so that start-up parses no YAML. A test checks
            /// that they are what `RuleLoader` and `ModuleParameterTable` read from the files; user
            /// rule packs are read with those at run time.
            public enum BuiltinRulePack {
                public static let files: [(path: String, text: String)] = [

            """
        for file in files {
            var hashes = "#"
            while file.text.contains("\"\"\"" + hashes) { hashes += "#" }
            source += "        (\n            \"\(file.path)\",\n            \(hashes)\"\"\"\n\(file.text)\n\"\"\"\(hashes)\n        ),\n"
        }
        source += "    ]\n"
        var functions: [String] = []
        for (index, file) in files.enumerated() where !file.path.contains("/") && file.path.hasSuffix(".yml") {
            let rule = try RuleLoader().load(path: "rules/" + file.path, text: file.text)
            functions.append("rule\(rule.id)")
            source += "\n" + Self.function(for: rule, fileIndex: index)
        }
        source += """

                /// The rules of `files`, sorted by path as the rule loader reads a directory.
                static func rules() throws(RuleFileError) -> [Rule] {
                    [
            \(functions.map { "            try \($0)()," }.joined(separator: "\n"))
                    ]
                }

            """
        if let file = files.first(where: { $0.path == RulePackLoader.parameterTablePath }) {
            let table = try ModuleParameterTable(path: "rules/" + file.path, text: file.text)
            source += "\n" + Self.function(for: table, path: file.path)
        }
        return source + "}\n"
    }

    // MARK: Rules

    static func function(for rule: Rule, fileIndex: Int) -> String {
        let arguments: [(String, String)] = [
            ("id", literal(rule.id)),
            ("name", literal(rule.name)),
            ("severity", "." + rule.severity.rawValue),
            ("scope", "." + rule.scope.rawValue),
            ("summary", literal(rule.summary)),
            ("rationale", literal(rule.rationale)),
            ("fix", literal(rule.fix)),
            ("references", list(rule.references.map(literal))),
            ("blocks", list(rule.blocks.map { "." + $0.rawValue })),
            ("reads", list(rule.reads.map(literal))),
            ("tags", list(rule.tags.map(literal))),
            ("forEach", optional(rule.forEach.map(literal))),
            ("select", optional(rule.select.map(query))),
            ("captures", list(rule.captures.map { "(name: \(literal($0.name)), query: \(query($0.query)))" })),
            ("condition", optional(rule.condition.map(condition))),
            ("at", optional(rule.at.map(literal))),
            ("related", list(rule.related.map(literal))),
            ("message", template(rule.message)),
            ("notes", list(rule.notes.map { "(condition: \(condition($0.condition)), text: \(template($0.text)))" })),
            (
                "severityOverrides",
                list(rule.severityOverrides.map { "(condition: \(condition($0.condition)), severity: .\($0.severity.rawValue))" })
            ),
            ("edit", optional(rule.edit.map(edit))),
            ("examples", list(rule.examples.map(example), multiline: true)),
            ("sourcePath", "file.path"),
            ("sourceText", "file.text"),
        ]
        return """
                /// `\(rule.sourcePath)`, as `RuleLoader` reads it.
                private static func rule\(rule.id)() throws(RuleFileError) -> Rule {
                    let file = EmbeddedRuleFile(\(fileIndex))
                    return try Rule(
            \(arguments.map { "            \($0.0): \($0.1)" }.joined(separator: ",\n")))
                }

            """
    }

    static func query(_ query: XPathQuery) -> String {
        "file.query(\(literal(query.expression)))"
    }

    static func template(_ template: MessageTemplate) -> String {
        "file.template(\(literal(template.source)))"
    }

    static func condition(_ condition: Condition) -> String {
        switch condition {
        case .all(let parts): ".all(\(list(parts.map(self.condition))))"
        case .any(let parts): ".any(\(list(parts.map(self.condition))))"
        case .not(let inner): ".not(\(self.condition(inner)))"
        case .exists(let reference): ".exists(\(self.reference(reference)))"
        case .compare(let reference, let comparison): ".compare(\(self.reference(reference)), \(self.comparison(comparison)))"
        case .xpath(let query): ".xpath(\(self.query(query)))"
        }
    }

    static func reference(_ reference: FactReference) -> String {
        "FactReference(\(literal(reference.name)))"
    }

    static func comparison(_ comparison: Comparison) -> String {
        switch comparison {
        case .equals(let value): ".equals(\(literal(value)))"
        case .notEquals(let value): ".notEquals(\(literal(value)))"
        case .oneOf(let values): ".oneOf(\(list(values.map(literal))))"
        case .matches(let expression): ".matches(file.regularExpression(\(literal(expression.pattern))))"
        case .atLeast(let value): ".atLeast(\(literal(value)))"
        case .below(let value): ".below(\(literal(value)))"
        case .contains(let value): ".contains(\(literal(value)))"
        }
    }

    static func literal(_ value: FactLiteral) -> String {
        switch value {
        case .bool(let value): ".bool(\(value))"
        case .int(let value): ".int(\(value))"
        case .string(let value): ".string(\(literal(value)))"
        }
    }

    static func edit(_ edit: RuleEdit) -> String {
        "RuleEdit(description: \(template(edit.description)), find: \(optional(edit.find.map(template))), "
            + "replacement: \(template(edit.replacement)))"
    }

    static func example(_ example: RuleExample) -> String {
        let input: String
        switch example.input {
        case .domain(let text): input = ".domain(\(literal(text)))"
        case .modprobe(let text): input = ".modprobe(\(literal(text)))"
        case .bundle(let files, let links):
            input =
                ".bundle(files: \(list(files.map { "(path: \(literal($0.path)), contents: \(literal($0.contents)))" })), "
                + "links: \(list(links.map { "(path: \(literal($0.path)), target: \(literal($0.target)))" })))"
        }
        return "RuleExample(name: \(literal(example.name)), mustFlag: \(example.mustFlag), input: \(input), line: \(example.line))"
    }

    // MARK: The parameter table

    static func function(for table: ModuleParameterTable, path: String) -> String {
        var lines = [
            "    /// `rules/\(path)`, as `ModuleParameterTable` reads it.",
            "    static func parameterTable() -> ModuleParameterTable {",
            "        var modules: [String: ModuleParameterTable.Module] = [:]",
        ]
        for name in table.modules.keys.sorted() {
            let module = table.modules[name]!
            lines.append("        modules[\(literal(name))] = ModuleParameterTable.Module(")
            lines.append("            architectures: \(optional(module.architectures.map(architectures))),")
            guard !module.parameters.isEmpty else {
                lines.append("            parameters: [:])")
                continue
            }
            lines.append("            parameters: [")
            for parameter in module.parameters.keys.sorted() {
                let entry = module.parameters[parameter]!
                lines.append(
                    "                \(literal(parameter)): ModuleParameterTable.Entry(type: .\(entry.type.rawValue), "
                        + "earlierTypes: \(list(entry.earlierTypes.map { "." + $0.rawValue })), "
                        + "architectures: \(optional(entry.architectures.map(architectures))), note: \(optional(entry.note.map(literal)))),"
                )
            }
            lines.append("            ])")
        }
        lines.append("        return ModuleParameterTable(source: \(literal(table.source)), modules: modules)")
        lines.append("    }")
        return lines.joined(separator: "\n") + "\n"
    }

    static func architectures(_ set: Set<String>) -> String {
        list(set.sorted().map(literal))
    }

    // MARK: Swift literals

    /// A Swift string literal of `text`: printable ASCII as is, everything else escaped, so that
    /// the generated file holds no character an editor or the compiler could read differently.
    static func literal(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": output += "\\\\"
            case "\"": output += "\\\""
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case " "..."~": output.unicodeScalars.append(scalar)
            default: output += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            }
        }
        return output + "\""
    }

    static func list(_ elements: [String], multiline: Bool = false) -> String {
        guard multiline, !elements.isEmpty else { return "[" + elements.joined(separator: ", ") + "]" }
        return "[\n" + elements.map { "                \($0),\n" }.joined() + "            ]"
    }

    static func optional(_ value: String?) -> String {
        value ?? "nil"
    }
}
