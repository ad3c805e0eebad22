/// Derives the facts of one domain: identity, form (definition or live status) and intent.
public struct DomainFactsBuilder: Sendable {
    static let intentQuery = try! XPathQuery("metadata/nestlint:intent")

    public init() {}

    /// The intent from the domain's own metadata (`urn:nestlint:intent:1`), else `fallback`.
    ///
    /// A missing attribute keeps the fallback's part; `operations=''` means none is required;
    /// unknown words are ignored (a typo must not silently widen what is required).
    public func intent(of domain: DomainDocument, fallback: Intent = .defaultIntent) -> Intent {
        guard let element = domain.element(Self.intentQuery) else { return fallback }
        var intent = fallback
        intent.source = .metadata
        intent.location = SourceLocation(file: domain.artifact.file, line: element.line, excerpt: element.excerpt)
        if let role = element.attributes["role"] {
            intent.role = Intent.Role(rawValue: role.trimmingWhitespace) ?? .unknown
        }
        if let operations = element.attributes["operations"] {
            intent.operations = Set(operations.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).compactMap { Operation(rawValue: String($0)) })
        }
        return intent
    }

    public func facts(for domain: DomainDocument, intent: Intent) -> FactSet {
        var facts = FactSet()
        let location = domain.location
        let attributes = domain.domain.attributes
        facts["domain.type"] = Fact(.string(attributes["type"] ?? ""), at: location)
        facts["domain.live"] = Fact(.bool(domain.liveState != nil), at: location)
        if let state = domain.liveState { facts["domain.state"] = Fact(.string(state), at: location) }
        facts["domain.form"] = Fact(.string(domain.artifact.kind.rawValue), at: location)
        let intentLocation = intent.location ?? location
        facts["intent.role"] = Fact(.string(intent.role.rawValue), at: intentLocation)
        facts["intent.operations"] = Fact(.list(intent.operations.sorted().map(\.rawValue)), at: intentLocation)
        facts["intent.source"] = Fact(.string(intent.source.rawValue), at: intentLocation)
        return facts
    }
}
