import Yams

/// Turns the YAML node tree of one rule file into a `Rule`, naming the line of every problem.
struct RuleNodeReader {
    let path: String

    init(path: String) {
        self.path = path
    }

    func fail(_ node: Node?, _ message: String) -> RuleFileError {
        RuleFileError(path: path, line: node?.mark?.line ?? 1, message: message)
    }

    mutating func rule(from node: Node, text: String) throws(RuleFileError) -> Rule {
        guard let mapping = node.mapping else { throw fail(node, "a rule file must be a mapping of keys") }
        for key in mapping.keys {
            guard let name = key.string, RuleLoader.ruleKeys.contains(name) else {
                throw fail(
                    key, "unknown key '\(key.string ?? "?")'; expected one of \(RuleLoader.ruleKeys.sorted().joined(separator: ", "))")
            }
        }
        let id = try requiredString(mapping, "id", in: node)
        guard Self.isRuleID(id) else {
            throw fail(mapping["id"], "id '\(id)' must be capital letters then at least three digits (NL203)")
        }
        let baseName = path.treeBaseName
        guard baseName.hasPrefix(id + "-") else {
            throw fail(mapping["id"], "rule file names start with the rule id: expected '\(id)-<name>.yml', found '\(baseName)'")
        }
        let name = try requiredString(mapping, "name", in: node)
        guard Self.isKebabCase(name) else {
            throw fail(mapping["name"], "name '\(name)' must be kebab-case and name the problem")
        }
        let severity = try severityValue(mapping["severity"], in: node)
        guard let scopeNode = mapping["scope"], let scopeText = scopeNode.string, let scope = RuleScope(rawValue: scopeText) else {
            throw fail(mapping["scope"] ?? node, "scope must be one of \(RuleScope.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let forEach = try optionalString(mapping["for-each"])
        var select: XPathQuery?
        var captures: [(name: String, query: XPathQuery)] = []
        if let selectNode = mapping["select"] {
            guard scope == .domain else { throw fail(selectNode, "select is for domain rules; use for-each in \(scope.rawValue) rules") }
            select = try xpath(selectNode)
        }
        if let captureNode = mapping["capture"] {
            guard select != nil, let captureMapping = captureNode.mapping else {
                throw fail(captureNode, "capture is a mapping of NAME: XPATH and needs select")
            }
            for (key, value) in captureMapping {
                guard let captureName = key.string else { throw fail(key, "capture names are strings") }
                captures.append((captureName, try xpath(value)))
            }
        }
        if forEach != nil && scope == .domain {
            throw fail(mapping["for-each"], "domain rules pick elements with select, not for-each")
        }
        let hasItems = forEach != nil || select != nil
        let condition = try mapping["when"].map { node throws(RuleFileError) in try self.condition(node, scope: scope, hasItems: hasItems) }
        let message = try template(mapping["message"], in: node, required: true, hasItems: hasItems)!
        var notes: [(condition: Condition, text: MessageTemplate)] = []
        if let notesNode = mapping["notes"] {
            guard let sequence = notesNode.sequence else { throw fail(notesNode, "notes is a list of {when, text}") }
            for entry in sequence {
                guard let entryMapping = entry.mapping, let when = entryMapping["when"] else {
                    throw fail(entry, "each note needs when and text")
                }
                let text = try template(entryMapping["text"], in: entry, required: true, hasItems: hasItems)!
                notes.append((try self.condition(when, scope: scope, hasItems: hasItems), text))
            }
        }
        var overrides: [(condition: Condition, severity: Severity)] = []
        if let overridesNode = mapping["severity-when"] {
            guard let sequence = overridesNode.sequence else { throw fail(overridesNode, "severity-when is a list of {when, severity}") }
            for entry in sequence {
                guard let entryMapping = entry.mapping, let when = entryMapping["when"] else {
                    throw fail(entry, "each severity-when entry needs when and severity")
                }
                overrides.append(
                    (try self.condition(when, scope: scope, hasItems: hasItems), try severityValue(entryMapping["severity"], in: entry)))
            }
        }
        let blocks = try stringList(mapping["blocks"]).map { (value: (String, Node)) throws(RuleFileError) -> Operation in
            guard let operation = Operation(rawValue: value.0) else {
                throw fail(value.1, "blocks lists operations: \(Operation.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return operation
        }
        let at = try optionalString(mapping["at"])
        if at != nil && hasItems { throw fail(mapping["at"], "at is for rules without for-each or select (items carry their location)") }
        if at == nil && !hasItems && scope != .domain {
            throw fail(node, "a \(scope.rawValue) rule needs for-each or at, so that every finding has a location")
        }
        let edit = try self.edit(mapping["edit"], hasItems: hasItems)
        let examples = try self.examples(mapping["examples"], in: node)
        return Rule(
            id: id, name: name, severity: severity, scope: scope,
            summary: try requiredString(mapping, "summary", in: node),
            rationale: try requiredString(mapping, "rationale", in: node),
            fix: try requiredString(mapping, "fix", in: node),
            references: try stringList(mapping["references"]).map(\.0),
            blocks: blocks, reads: try stringList(mapping["reads"]).map(\.0), tags: try stringList(mapping["tags"]).map(\.0),
            forEach: forEach, select: select, captures: captures, condition: condition, at: at,
            related: try stringList(mapping["related"]).map(\.0), message: message, notes: notes,
            severityOverrides: overrides, edit: edit, examples: examples, sourcePath: path, sourceText: text)
    }

    // MARK: Names

    /// Whether `text` is `[A-Z]{2,}[0-9]{3,}` (ASCII only). Checked by hand: a regular expression
    /// literal is parsed again each time it runs, which cost more than reading the rest of a rule.
    static func isRuleID(_ text: String) -> Bool {
        let letters = text.utf8.prefix { UInt8(ascii: "A") <= $0 && $0 <= UInt8(ascii: "Z") }.count
        let digits = text.utf8.dropFirst(letters)
        return letters >= 2 && digits.count >= 3 && digits.allSatisfy { UInt8(ascii: "0") <= $0 && $0 <= UInt8(ascii: "9") }
    }

    /// Whether `text` is `[a-z0-9]+(-[a-z0-9]+)*` (ASCII only), checked by hand like `isRuleID`.
    static func isKebabCase(_ text: String) -> Bool {
        text.utf8.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false).allSatisfy { word in
            !word.isEmpty
                && word.allSatisfy {
                    (UInt8(ascii: "a") <= $0 && $0 <= UInt8(ascii: "z")) || (UInt8(ascii: "0") <= $0 && $0 <= UInt8(ascii: "9"))
                }
        }
    }

    // MARK: Edits

    func edit(_ node: Node?, hasItems: Bool) throws(RuleFileError) -> RuleEdit? {
        guard let node else { return nil }
        guard let mapping = node.mapping else { throw fail(node, "edit is a mapping: description with find and replace, or insert-after") }
        for key in mapping.keys {
            guard let name = key.string, ["description", "find", "replace", "insert-after"].contains(name) else {
                throw fail(key, "unknown edit key '\(key.string ?? "?")'; expected description, find, replace, insert-after")
            }
        }
        let description = try template(mapping["description"], in: node, required: true, hasItems: hasItems)!
        if let insert = mapping["insert-after"] {
            guard mapping["find"] == nil, mapping["replace"] == nil else {
                throw fail(node, "edit has either insert-after or find and replace")
            }
            return RuleEdit(
                description: description, find: nil, replacement: try template(insert, in: node, required: true, hasItems: hasItems)!)
        }
        guard let find = mapping["find"], let replace = mapping["replace"] else {
            throw fail(node, "edit needs find and replace (or insert-after)")
        }
        return RuleEdit(
            description: description, find: try template(find, in: node, required: true, hasItems: hasItems),
            replacement: try template(replace, in: node, required: true, hasItems: hasItems)!)
    }

    // MARK: Conditions

    func condition(_ node: Node, scope: RuleScope, hasItems: Bool) throws(RuleFileError) -> Condition {
        if let sequence = node.sequence {
            var parts: [Condition] = []
            for element in sequence { parts.append(try condition(element, scope: scope, hasItems: hasItems)) }
            return .all(parts)
        }
        guard let mapping = node.mapping, let firstKey = mapping.keys.first?.string else {
            throw fail(node, "a condition is a mapping (all, any, not, exists, xpath, or fact with a comparison)")
        }
        func list(_ key: String) throws(RuleFileError) -> [Condition] {
            guard mapping.count == 1, let sequence = mapping[key]?.sequence else {
                throw fail(node, "\(key) takes a list of conditions and nothing beside it")
            }
            var parts: [Condition] = []
            for element in sequence { parts.append(try condition(element, scope: scope, hasItems: hasItems)) }
            return parts
        }
        switch firstKey {
        case "all": return .all(try list("all"))
        case "any": return .any(try list("any"))
        case "not":
            guard mapping.count == 1, let inner = mapping["not"] else { throw fail(node, "not takes one condition") }
            return .not(try condition(inner, scope: scope, hasItems: hasItems))
        case "exists":
            guard mapping.count == 1, let name = mapping["exists"]?.string else { throw fail(node, "exists takes a fact name") }
            return .exists(try reference(name, node: node, hasItems: hasItems))
        case "xpath":
            guard mapping.count == 1, let expression = mapping["xpath"] else { throw fail(node, "xpath takes one expression") }
            guard scope == .domain else { throw fail(node, "xpath conditions are for domain rules") }
            return .xpath(try xpath(expression))
        case "fact":
            guard let name = mapping["fact"]?.string else { throw fail(node, "fact takes a fact name") }
            let comparisons = mapping.keys.compactMap(\.string).filter { $0 != "fact" }
            guard comparisons.count == 1, let operatorName = comparisons.first, let operand = mapping[operatorName] else {
                throw fail(node, "fact needs exactly one comparison: equals, not-equals, is, in, matches, at-least, below, contains")
            }
            return .compare(try reference(name, node: node, hasItems: hasItems), try comparison(operatorName, operand))
        default:
            throw fail(node, "unknown condition '\(firstKey)'; expected all, any, not, exists, xpath or fact")
        }
    }

    func comparison(_ name: String, _ operand: Node) throws(RuleFileError) -> Comparison {
        switch name {
        case "equals", "is": return .equals(try literal(operand))
        case "not-equals": return .notEquals(try literal(operand))
        case "at-least": return .atLeast(try literal(operand))
        case "below": return .below(try literal(operand))
        case "contains": return .contains(try literal(operand))
        case "in":
            guard let sequence = operand.sequence else { throw fail(operand, "in takes a list") }
            var literals: [FactLiteral] = []
            for element in sequence { literals.append(try literal(element)) }
            return .oneOf(literals)
        case "matches":
            guard let pattern = operand.string else { throw fail(operand, "matches takes a regular expression") }
            do {
                return .matches(try RegularExpression(pattern))
            } catch {
                throw fail(operand, "invalid regular expression '\(pattern)'")
            }
        default:
            throw fail(operand, "unknown comparison '\(name)'; expected equals, not-equals, is, in, matches, at-least, below, contains")
        }
    }

    func literal(_ node: Node) throws(RuleFileError) -> FactLiteral {
        guard let scalar = node.scalar else { throw fail(node, "expected a single value") }
        if scalar.style == .plain {
            // Plain `true` and `false` are booleans unless tagged `!!str`, plain integers are
            // integers, quoted values are text. The tag is read as written (not resolved, which
            // with the loader's basic resolver would make every plain scalar a string).
            if scalar.string == "true" || scalar.string == "false", scalar.tag.rawValue != Tag.Name.str.rawValue {
                return .bool(scalar.string == "true")
            }
            if let value = Int(scalar.string) { return .int(value) }
        }
        return .string(scalar.string)
    }

    func reference(_ name: String, node: Node, hasItems: Bool) throws(RuleFileError) -> FactReference {
        let reference = FactReference(name)
        if reference.itemField != nil && !hasItems {
            throw fail(node, "'\(name)' names an item field, but the rule has no for-each or select")
        }
        return reference
    }

    func xpath(_ node: Node) throws(RuleFileError) -> XPathQuery {
        guard let expression = node.string else { throw fail(node, "expected an XPath expression") }
        do {
            return try XPathQuery(expression)
        } catch {
            throw fail(node, "invalid XPath expression '\(expression)'")
        }
    }

    // MARK: Scalars

    func template(_ node: Node?, in parent: Node, required: Bool, hasItems: Bool) throws(RuleFileError) -> MessageTemplate? {
        guard let node else {
            if required { throw fail(parent, "message is required") }
            return nil
        }
        guard let text = node.string else { throw fail(node, "a message is a string") }
        do {
            let template = try MessageTemplate(text)
            for name in template.referencedNames where FactReference(name).itemField != nil && !hasItems {
                throw fail(node, "'{\(name)}' names an item field, but the rule has no for-each or select")
            }
            return template
        } catch let error as MessageTemplateError {
            throw fail(node, error.message)
        } catch let error as RuleFileError {
            throw error
        } catch {
            throw fail(node, "\(error)")
        }
    }

    func severityValue(_ node: Node?, in parent: Node) throws(RuleFileError) -> Severity {
        guard let node, let text = node.string, let severity = Severity(rawValue: text) else {
            throw fail(node ?? parent, "severity must be one of error, warning, note")
        }
        return severity
    }

    func requiredString(_ mapping: Node.Mapping, _ key: String, in parent: Node) throws(RuleFileError) -> String {
        guard let node = mapping[key] else { throw fail(parent, "\(key) is required") }
        guard let text = node.string, !text.trimmingWhitespace.isEmpty else { throw fail(node, "\(key) must be a non-empty string") }
        return text.trimmingWhitespace
    }

    func optionalString(_ node: Node?) throws(RuleFileError) -> String? {
        guard let node else { return nil }
        guard let text = node.string else { throw fail(node, "expected a string") }
        return text
    }

    func stringList(_ node: Node?) throws(RuleFileError) -> [(String, Node)] {
        guard let node else { return [] }
        guard let sequence = node.sequence else { throw fail(node, "expected a list") }
        var values: [(String, Node)] = []
        for element in sequence {
            guard let text = element.string else { throw fail(element, "expected a string") }
            values.append((text, element))
        }
        return values
    }

    // MARK: Examples

    func examples(_ node: Node?, in parent: Node) throws(RuleFileError) -> [RuleExample] {
        guard let node, let mapping = node.mapping else {
            throw fail(node ?? parent, "examples with must-flag and must-not-flag lists are required")
        }
        var examples: [RuleExample] = []
        for key in mapping.keys {
            guard let name = key.string, name == "must-flag" || name == "must-not-flag" else {
                throw fail(key, "examples has must-flag and must-not-flag lists only")
            }
        }
        for (kind, mustFlag) in [("must-flag", true), ("must-not-flag", false)] {
            guard let list = mapping[kind]?.sequence, !list.isEmpty else {
                throw fail(mapping[kind] ?? node, "at least one \(kind) example is required")
            }
            for (index, element) in list.enumerated() {
                examples.append(try example(element, mustFlag: mustFlag, index: index + 1))
            }
        }
        return examples
    }

    func example(_ node: Node, mustFlag: Bool, index: Int) throws(RuleFileError) -> RuleExample {
        guard let mapping = node.mapping else { throw fail(node, "an example is a mapping with domain, modprobe or bundle") }
        for key in mapping.keys {
            guard let name = key.string, ["name", "domain", "modprobe", "bundle", "links"].contains(name) else {
                throw fail(key, "unknown example key '\(key.string ?? "?")'; expected name, domain, modprobe, bundle, links")
            }
        }
        let kind = mustFlag ? "must-flag" : "must-not-flag"
        let name = mapping["name"]?.string ?? "\(kind) #\(index)"
        let input: RuleExample.Input
        if let text = mapping["domain"]?.string {
            input = .domain(text)
        } else if let text = mapping["modprobe"]?.string {
            input = .modprobe(text)
        } else if let bundle = mapping["bundle"]?.mapping {
            var files: [(path: String, contents: String)] = []
            for (key, value) in bundle {
                guard let path = key.string, let contents = value.string else {
                    throw fail(key, "bundle maps relative paths to file contents")
                }
                guard !path.hasPrefix("/"), !path.split(separator: "/").contains("..") else {
                    throw fail(key, "bundle paths are relative and stay inside the bundle")
                }
                files.append((path, contents))
            }
            var links: [(path: String, target: String)] = []
            if let linkMapping = mapping["links"]?.mapping {
                for (key, value) in linkMapping {
                    guard let path = key.string, let target = value.string else { throw fail(key, "links maps paths to link targets") }
                    links.append((path, target))
                }
            }
            input = .bundle(files: files, links: links)
        } else {
            throw fail(node, "an example needs domain, modprobe or bundle")
        }
        let example = RuleExample(name: name, mustFlag: mustFlag, input: input, line: node.mark?.line ?? 1)
        if mustFlag && !example.hasMarkers {
            throw fail(node, "must-flag example '\(name)' marks no line: put \(RuleExample.marker) on each line a finding must point at")
        }
        if !mustFlag && example.hasMarkers {
            throw fail(node, "must-not-flag example '\(name)' has a \(RuleExample.marker) marker")
        }
        return example
    }
}
