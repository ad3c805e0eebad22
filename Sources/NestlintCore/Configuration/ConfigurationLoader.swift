import Yams

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds and reads `.nestlint.yml`. An unknown key or a bad value is an error naming the file
/// and line (exit 2): a misspelt setting must not be silently ignored.
public struct ConfigurationLoader: Sendable {
    public static let fileName = ".nestlint.yml"
    static let keys = ["disable", "severity", "intent", "rules", "max-file-size"]

    public init() {}

    /// The configuration in `directory` or the nearest parent, if any.
    public func find(from startPath: String) -> String? {
        var info = stat()
        var directory = startPath
        if stat(directory, &info) == 0, info.st_mode & S_IFMT != S_IFDIR {
            directory = String(directory.treeParentAbsolute)
        }
        if let resolved = realpath(directory, nil) {
            directory = String(cString: resolved)
            free(resolved)
        }
        while true {
            let candidate = directory == "/" ? "/" + Self.fileName : directory + "/" + Self.fileName
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG { return candidate }
            // A relative start that could not be resolved (a dangling link) ends at ".", whose
            // parent is itself: stop there instead of looping.
            let parent = String(directory.treeParentAbsolute)
            if directory == "/" || directory.isEmpty || parent == directory { return nil }
            directory = parent
        }
    }

    public func load(path: String) throws(RuleFileError) -> LintConfiguration {
        let tree = DiskFileTree(rootPath: String(path.treeParentAbsolute))
        let bytes: [UInt8]
        do {
            bytes = try tree.readFile(at: path.treeBaseName, limit: 1 << 20)
        } catch {
            throw RuleFileError(path: path, line: 1, message: "cannot read the configuration: \(error)")
        }
        return try parse(path: path, text: String(decoding: bytes, as: UTF8.self))
    }

    public func parse(path: String, text: String) throws(RuleFileError) -> LintConfiguration {
        func fail(_ node: Node?, _ message: String) -> RuleFileError {
            RuleFileError(path: path, line: node?.mark?.line ?? 1, message: message)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw RuleFileError(path: path, line: error.line, message: "not valid YAML: \(error.problem)")
        } catch {
            throw RuleFileError(path: path, line: 1, message: "not valid YAML: \(error)")
        }
        var configuration = LintConfiguration(path: path)
        guard let root else { return configuration }
        guard let mapping = root.mapping else { throw fail(root, "the configuration is a mapping of settings") }
        for (key, value) in mapping {
            guard let name = key.string, Self.keys.contains(name) else {
                throw fail(key, "unknown key '\(key.string ?? "?")'; expected one of \(Self.keys.joined(separator: ", "))")
            }
            switch name {
            case "disable":
                guard let list = value.sequence else { throw fail(value, "disable is a list of rule ids") }
                for entry in list {
                    guard let id = entry.string?.uppercased(), !id.isEmpty else {
                        throw fail(entry, "disable lists rule ids such as NL303")
                    }
                    configuration.disabled.append((id, entry.mark?.line ?? 1))
                }
            case "severity":
                guard let entries = value.mapping else { throw fail(value, "severity maps rule ids to error, warning or note") }
                for (idNode, severityNode) in entries {
                    guard let id = idNode.string?.uppercased() else { throw fail(idNode, "severity keys are rule ids") }
                    guard let text = severityNode.string, let severity = Severity(rawValue: text) else {
                        throw fail(severityNode, "severity of \(id) must be error, warning or note")
                    }
                    configuration.severities.append((id, severity, idNode.mark?.line ?? 1))
                }
            case "intent":
                guard let list = value.sequence else { throw fail(value, "intent is a list of {match, role, operations}") }
                for entry in list { configuration.intents.append(try intentRule(entry, fail: fail)) }
            case "rules":
                guard let list = value.sequence else { throw fail(value, "rules is a list of rule pack directories") }
                let base = String(path.treeParentAbsolute)
                for entry in list {
                    guard let directory = entry.string, !directory.isEmpty else { throw fail(entry, "rules lists directories") }
                    configuration.ruleDirectories.append(directory.hasPrefix("/") ? directory : base + "/" + directory)
                }
            case "max-file-size":
                guard let text = value.string, let size = Self.size(text), size > 0 else {
                    throw fail(value, "max-file-size is a positive size in bytes (suffixes K, M, G, KiB, MiB, GiB)")
                }
                configuration.maxFileSize = size
            default:
                break
            }
        }
        return configuration
    }

    private func intentRule(_ node: Node, fail: (Node?, String) -> RuleFileError) throws(RuleFileError) -> IntentRule {
        guard let mapping = node.mapping else { throw fail(node, "an intent entry is {match: GLOB, role: ..., operations: [...]}") }
        for key in mapping.keys {
            guard let name = key.string, ["match", "role", "operations"].contains(name) else {
                throw fail(key, "unknown intent key '\(key.string ?? "?")'; expected match, role, operations")
            }
        }
        guard let matchNode = mapping["match"], let pattern = matchNode.string, !pattern.isEmpty else {
            throw fail(node, "an intent entry needs match: GLOB (a path or domain name pattern)")
        }
        let glob: Glob
        do {
            glob = try Glob(pattern)
        } catch {
            throw fail(matchNode, "invalid glob '\(pattern)'")
        }
        var role: Intent.Role?
        if let roleNode = mapping["role"] {
            guard let text = roleNode.string, let value = Intent.Role(rawValue: text), value != .unknown else {
                throw fail(roleNode, "role must be hypervisor or guest")
            }
            role = value
        }
        var operations: Set<Operation>?
        if let operationsNode = mapping["operations"] {
            guard let list = operationsNode.sequence else {
                throw fail(operationsNode, "operations is a list: [migrate, save, snapshot] or []")
            }
            var set = Set<Operation>()
            for entry in list {
                guard let text = entry.string, let operation = Operation(rawValue: text) else {
                    throw fail(entry, "operations are migrate, save and snapshot")
                }
                set.insert(operation)
            }
            operations = set
        }
        guard role != nil || operations != nil else { throw fail(node, "an intent entry needs role or operations") }
        return IntentRule(match: glob, role: role, operations: operations, line: node.mark?.line ?? 1)
    }

    /// `1048576`, `64M`, `64MiB`, `1G`…
    static func size(_ text: String) -> Int? {
        let trimmed = text.trimmingWhitespace
        let units: [(String, Int)] = [("KiB", 1 << 10), ("MiB", 1 << 20), ("GiB", 1 << 30), ("K", 1 << 10), ("M", 1 << 20), ("G", 1 << 30)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            return Int(trimmed.dropLast(suffix.count).trimmingWhitespace).map { $0 * factor }
        }
        return Int(trimmed)
    }
}
