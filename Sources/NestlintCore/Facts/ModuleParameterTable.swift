import Yams

/// Known parameters of the KVM modules and their kernel types, kept as data beside the rules
/// (`rules/data/module-parameters.yml`) so that NL104–NL106 can check values and names.
public struct ModuleParameterTable: Sendable {
    public struct Entry: Sendable {
        public let type: ParameterType
    }

    /// Where the table was taken from (kernel release and files), for documentation.
    public let source: String
    /// Folded module name -> folded parameter name -> entry.
    public let modules: [String: [String: Entry]]

    public init(source: String, modules: [String: [String: Entry]]) {
        self.source = source
        self.modules = modules
    }

    /// Parses the table file; malformed data is a rule-pack error (exit 2).
    public init(path: String, text: String) throws(RuleFileError) {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw RuleFileError(path: path, line: 1, message: "not valid YAML: \(error)")
        }
        guard let mapping = node?.mapping, let modulesNode = mapping["modules"], let modules = modulesNode.mapping else {
            throw RuleFileError(path: path, line: node?.mark?.line ?? 1, message: "expected 'source' and a 'modules' mapping")
        }
        var table: [String: [String: Entry]] = [:]
        for (moduleKey, parametersNode) in modules {
            guard let module = moduleKey.string, let parameters = parametersNode.mapping else {
                throw RuleFileError(path: path, line: moduleKey.mark?.line ?? 1, message: "each module maps parameter names to types")
            }
            var entries: [String: Entry] = [:]
            for (parameterKey, typeNode) in parameters {
                let typeText = typeNode.string ?? typeNode.mapping?["type"]?.string
                guard let name = parameterKey.string, let typeText, let type = ParameterType(rawValue: typeText) else {
                    throw RuleFileError(
                        path: path, line: parameterKey.mark?.line ?? 1,
                        message: "parameter type must be one of bool, int, uint, ushort, string, other")
                }
                entries[ModuleName.fold(name)] = Entry(type: type)
            }
            table[ModuleName.fold(module)] = entries
        }
        self.init(source: mapping["source"]?.string ?? "", modules: table)
    }

    public func type(module: String, parameter: String) -> ParameterType? {
        modules[module]?[parameter]?.type
    }

    /// Whether the table knows the module at all (parameters of unknown modules are not judged).
    public func knows(module: String) -> Bool { modules[module] != nil }

    /// The truth value an assignment gives, by the parameter's type; `nil` when invalid.
    public func truth(of assignment: ParameterAssignment) -> Bool? {
        switch type(module: assignment.module, parameter: assignment.parameter) {
        case .int?, .uint?, .ushort?:
            return IntegerValue.parse(assignment.value).map { $0 != 0 }
        case .bool?:
            return BoolValueAcceptance.classify(assignment.value).truth
        default:
            if let number = IntegerValue.parse(assignment.value) { return number != 0 }
            return BoolValueAcceptance.classify(assignment.value).truth
        }
    }
}
