import Yams

/// Known parameters of the KVM modules and their kernel types, kept as data beside the rules
/// (`rules/data/module-parameters.yml`) so that NL104–NL106 can check values and names.
///
/// The same module name means different things on different architectures (`kvm` has `nested`
/// on s390x only), and some parameters changed type over the releases (kvm_amd `npt` was an
/// int, is a bool): entries carry both, and lookups take the host's architecture.
public struct ModuleParameterTable: Sendable {
    public struct Entry: Sendable, Equatable {
        /// The type in current kernels.
        public let type: ParameterType
        /// Types the parameter had in older kernels (release of the change not pinned).
        public let earlierTypes: [ParameterType]
        /// Architecture families where it exists (`x86`, `s390x`, `ppc64`, `aarch64`); `nil`: all.
        public let architectures: Set<String>?
        public let note: String?

        public init(type: ParameterType, earlierTypes: [ParameterType] = [], architectures: Set<String>? = nil, note: String? = nil) {
            self.type = type
            self.earlierTypes = earlierTypes
            self.architectures = architectures
            self.note = note
        }

        /// Every type the parameter has had, current first.
        public var allTypes: [ParameterType] { [type] + earlierTypes.filter { $0 != type } }

        public func exists(on architecture: String) -> Bool {
            architectures.map { $0.contains(architecture) } ?? true
        }
    }

    public struct Module: Sendable, Equatable {
        /// Architecture families where the module exists; `nil`: all.
        public let architectures: Set<String>?
        /// Folded parameter name -> entry.
        public let parameters: [String: Entry]
    }

    /// Where the table was taken from (kernel releases and files), for documentation.
    public let source: String
    /// Folded module name -> module.
    public let modules: [String: Module]
    /// The answers of `describe`, shared by every copy of this table.
    let descriptions = ParameterDescriptionCache()

    public init(source: String, modules: [String: Module]) {
        self.source = source
        self.modules = modules
    }

    /// The table of the flat form (module -> parameter -> type), for tests and small packs.
    public init(source: String, types: [String: [String: ParameterType]]) {
        self.init(
            source: source,
            modules: types.mapValues { Module(architectures: nil, parameters: $0.mapValues { Entry(type: $0) }) })
    }

    /// Parses the table file; malformed data is a rule-pack error (exit 2).
    ///
    /// A module maps either to `{arch: [...], parameters: {name: TYPE | {type, earlier-types,
    /// arch, note}}}` or, in the flat form, directly to `{name: TYPE}`.
    public init(path: String, text: String) throws(RuleFileError) {
        // Every plain scalar a string, as in rule files (`RuleLoader.resolver`): the table holds
        // only names and type words, and default tag resolution was most of its cost.
        try self.init(path: path, text: text, resolver: .basic)
    }

    /// The table composed with another resolver (tests compare with `Resolver.default`).
    init(path: String, text: String, resolver: Resolver) throws(RuleFileError) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text, resolver, .default, .utf8)
        } catch {
            throw RuleFileError(path: path, line: 1, message: "not valid YAML: \(error)")
        }
        func fail(_ node: Node?, _ message: String) -> RuleFileError {
            RuleFileError(path: path, line: node?.mark?.line ?? 1, message: message)
        }
        guard let mapping = node?.mapping, let modulesNode = mapping["modules"], let modules = modulesNode.mapping else {
            throw fail(node, "expected 'source' and a 'modules' mapping")
        }
        func types(_ node: Node) throws(RuleFileError) -> [ParameterType] {
            let texts = node.sequence.map { $0.compactMap(\.string) } ?? node.string.map { [$0] } ?? []
            var result: [ParameterType] = []
            for text in texts {
                guard let type = ParameterType(rawValue: text) else {
                    throw fail(node, "parameter type must be one of \(ParameterType.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                result.append(type)
            }
            return result
        }
        func architectures(_ node: Node?) throws(RuleFileError) -> Set<String>? {
            guard let node else { return nil }
            guard let list = node.sequence?.compactMap(\.string), !list.isEmpty else {
                throw fail(node, "arch is a list of architectures (x86, s390x, ppc64, aarch64)")
            }
            return Set(list)
        }
        var table: [String: Module] = [:]
        for (moduleKey, moduleNode) in modules {
            guard let module = moduleKey.string, let moduleMapping = moduleNode.mapping else {
                throw fail(moduleKey, "each module maps to its parameters")
            }
            let parametersMapping: Node.Mapping
            var moduleArchitectures: Set<String>?
            if let parametersNode = moduleMapping["parameters"] {
                guard let parameters = parametersNode.mapping else {
                    throw fail(parametersNode, "parameters is a mapping of names to types")
                }
                parametersMapping = parameters
                moduleArchitectures = try architectures(moduleMapping["arch"])
            } else {
                parametersMapping = moduleMapping
            }
            var entries: [String: Entry] = [:]
            for (parameterKey, valueNode) in parametersMapping {
                guard let name = parameterKey.string else { throw fail(parameterKey, "parameter names are strings") }
                let entry: Entry
                if let detail = valueNode.mapping {
                    guard let typeNode = detail["type"], let type = try types(typeNode).first else {
                        throw fail(valueNode, "parameter '\(name)' needs a type")
                    }
                    for key in detail.keys where !["type", "earlier-types", "arch", "note"].contains(key.string ?? "") {
                        throw fail(key, "unknown key '\(key.string ?? "?")'; expected type, earlier-types, arch, note")
                    }
                    entry = Entry(
                        type: type, earlierTypes: try detail["earlier-types"].map { node throws(RuleFileError) in try types(node) } ?? [],
                        architectures: try architectures(detail["arch"]), note: detail["note"]?.string)
                } else {
                    guard let type = try types(valueNode).first else { throw fail(valueNode, "parameter '\(name)' needs a type") }
                    entry = Entry(type: type)
                }
                entries[ModuleName.fold(name)] = entry
            }
            table[ModuleName.fold(module)] = Module(architectures: moduleArchitectures, parameters: entries)
        }
        self.init(source: mapping["source"]?.string ?? "", modules: table)
    }

    public func entry(module: String, parameter: String) -> Entry? {
        modules[module]?.parameters[parameter]
    }

    /// The current type of a parameter, whatever the architecture.
    public func type(module: String, parameter: String) -> ParameterType? {
        entry(module: module, parameter: parameter)?.type
    }

    /// Whether the table knows the module at all (parameters of unknown modules are not judged).
    public func knows(module: String) -> Bool { modules[module] != nil }

    /// Whether `module` has `parameter` on `architecture`; `nil` when the module is unknown.
    public func has(module: String, parameter: String, architecture: String) -> Bool? {
        guard let known = modules[module] else { return nil }
        return known.parameters[parameter]?.exists(on: architecture) ?? false
    }

    /// Everything the table says about `parameter` given to `module` on `architecture`, worked
    /// out once per table for each combination.
    func describe(module: String, parameter: String, architecture: String) -> ParameterDescription {
        descriptions.description(for: .init(module: module, parameter: parameter, architecture: architecture)) {
            let exists = has(module: module, parameter: parameter, architecture: architecture)
            let missing = exists == false
            let entry = entry(module: module, parameter: parameter).flatMap { $0.exists(on: architecture) ? $0 : nil }
            return ParameterDescription(
                knowsModule: knows(module: module), exists: exists,
                suggestion: missing ? closestParameter(to: parameter, module: module, architecture: architecture) : nil,
                owners: missing ? modules(having: parameter, architecture: architecture, except: module) : [],
                types: entry?.allTypes)
        }
    }

    /// Other modules that have this parameter on `architecture` (for "did you mean" messages).
    public func modules(having parameter: String, architecture: String, except module: String) -> [String] {
        modules.keys.sorted().filter { name in
            guard name != module, let candidate = modules[name] else { return false }
            guard candidate.architectures.map({ $0.contains(architecture) }) ?? true else { return false }
            return candidate.parameters[parameter]?.exists(on: architecture) ?? false
        }
    }

    /// The known parameter of `module` closest to a misspelt `name` (edit distance at most 2).
    public func closestParameter(to name: String, module: String, architecture: String) -> String? {
        guard let known = modules[module] else { return nil }
        // Closest first; among equals, the longest shared beginning (`nest` is `nested`, not `ept`).
        var best: (name: String, distance: Int, prefix: Int)?
        for candidate in known.parameters.keys.sorted() where known.parameters[candidate]!.exists(on: architecture) {
            // The distance is at least the difference in length: most candidates end here.
            guard abs(name.count - candidate.count) <= 2 else { continue }
            let distance = Self.editDistance(name, candidate)
            let prefix = zip(name, candidate).prefix { $0 == $1 }.count
            guard distance <= 2 else { continue }
            if let current = best, (current.distance, -current.prefix) <= (distance, -prefix) { continue }
            best = (candidate, distance, prefix)
        }
        return best?.name
    }

    /// The truth value an assignment gives, by the parameter's types; `nil` when no type the
    /// parameter has had accepts the value.
    public func truth(of assignment: ParameterAssignment) -> Bool? {
        let types = entry(module: assignment.module, parameter: assignment.parameter)?.allTypes ?? []
        for type in types {
            if let truth = Self.truth(of: assignment.value, as: type) { return truth }
        }
        if types.isEmpty {
            if let number = IntegerValue.parseSigned(assignment.value) { return !number.isZero }
            return BoolValueAcceptance.classify(assignment.value).truth
        }
        return nil
    }

    /// The truth of a value under one type; `nil` when the type does not take it.
    public static func truth(of value: String?, as type: ParameterType) -> Bool? {
        if type.isBool { return BoolValueAcceptance.classify(value).truth }
        if type.isInteger {
            guard IntegerValue.isAccepted(value, as: type) else { return nil }
            let parsed = type.integerRange!.lowerBound >= 0 ? IntegerValue.parseUnsigned(value) : IntegerValue.parseSigned(value)
            return parsed.map { !$0.isZero }
        }
        return nil
    }

    /// Levenshtein distance over characters, for suggestions.
    static func editDistance(_ left: String, _ right: String) -> Int {
        let a = Array(left)
        let b = Array(right)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
