/// The settings of a `.nestlint.yml` (README, "Configuration").
public struct LintConfiguration: Sendable {
    /// The file the settings came from (for error messages); `nil` when there is none.
    public var path: String?
    /// Rule ids switched off, with the line of each entry.
    public var disabled: [(id: String, line: Int)] = []
    /// Severity per rule id, with the line of each entry.
    public var severities: [(id: String, severity: Severity, line: Int)] = []
    /// Intent by glob, first match wins.
    public var intents: [IntentRule] = []
    /// Extra rule packs, absolute or relative to the configuration file.
    public var ruleDirectories: [String] = []
    public var maxFileSize: Int?

    public init(path: String? = nil) {
        self.path = path
    }

    /// Checks rule ids against the loaded catalog: a typo must not silently do nothing.
    public func validate(against catalog: RuleCatalog) throws(RuleFileError) {
        let known = Set(catalog.rules.map(\.id))
        for entry in disabled where !known.contains(entry.id) {
            throw RuleFileError(
                path: path ?? ".nestlint.yml", line: entry.line, message: "disable names \(entry.id), which no loaded rule has")
        }
        for entry in severities where !known.contains(entry.id) {
            throw RuleFileError(
                path: path ?? ".nestlint.yml", line: entry.line, message: "severity names \(entry.id), which no loaded rule has")
        }
    }

    /// The catalog without disabled rules and with configured severities (which replace the
    /// rule's own severity changes: the configuration is the user's explicit word).
    public func apply(to catalog: RuleCatalog) -> RuleCatalog {
        let off = Set(disabled.map(\.id))
        let chosen = Dictionary(severities.map { ($0.id, $0.severity) }, uniquingKeysWith: { _, last in last })
        let rules = catalog.rules.filter { !off.contains($0.id) }.map { rule -> Rule in
            guard let severity = chosen[rule.id] else { return rule }
            return rule.withSeverity(severity)
        }
        return catalog.restricted(to: rules)
    }

    /// The intent layer for `IntentResolver`: the first glob that matches the domain's path or
    /// name refines the lower layers' intent.
    public var intentLayer: IntentResolver.Layer? {
        guard !intents.isEmpty else { return nil }
        let rules = intents
        return { domain, lower in
            let name = domain.identity.name
            guard let rule = rules.first(where: { $0.matches(path: domain.artifact.file.path, domainName: name) }) else { return lower }
            var intent = lower
            intent.source = .configuration
            if let role = rule.role { intent.role = role }
            if let operations = rule.operations { intent.operations = operations }
            return intent
        }
    }
}
