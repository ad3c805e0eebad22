/// Derives the facts of one domain: identity, form (definition or live status), the vendor its
/// CPU definition names, and intent.
public struct DomainFactsBuilder: Sendable {
    static let intentQuery = try! XPathQuery("metadata/nestlint:intent")
    /// The CPU a guest is given by name: custom (the default mode) or a host-model expanded in
    /// a live status. host-passthrough and maximum ignore `<model>`.
    static let namedCPUQuery = try! XPathQuery("cpu[not(@mode) or @mode='custom' or @mode='host-model']")
    static let vendorQuery = try! XPathQuery("cpu/vendor")
    static let modelQuery = try! XPathQuery("cpu/model")

    /// The domain types nestlint lints: libvirt's QEMU driver with KVM or TCG. Other drivers
    /// (Xen, bhyve, LXC, VMware, Hyper-V, …) have other migration rules and are out of scope.
    public static let lintedTypes: Set<String> = ["kvm", "qemu"]

    public init() {}

    /// Why the domain is not linted by domain rules, or `nil` when it is.
    public func skipReason(for domain: DomainDocument) -> String? {
        guard let type = domain.domain.attributes["type"] else {
            return "the domain has no type attribute, so it is not a QEMU/KVM domain"
        }
        return Self.lintedTypes.contains(type) ? nil : "domain type \(type) is not QEMU/KVM"
    }

    /// The intent from the domain's own metadata (`urn:nestlint:intent:1`), else `fallback`.
    ///
    /// A missing attribute keeps the fallback's part; `operations=''` means none is required;
    /// unknown words are ignored (a typo must not silently widen what is required).
    public func intent(of domain: DomainDocument, fallback: Intent = .defaultIntent) -> Intent {
        // `intentQuery`'s answer by walking the tree (held to the query by tests): asked of every
        // domain, where XPath cost more than the rest of the intent.
        guard let element = domain.intentElement else { return fallback }
        var intent = fallback
        intent.source = .metadata
        intent.location = SourceLocation(file: domain.artifact.file, line: element.line, excerpt: element.excerpt)
        if let role = element.attributes["role"] {
            intent.role = Intent.Role(rawValue: role.trimmingWhitespace) ?? .unknown
        }
        if let operations = element.attributes["operations"] {
            intent.operations = Set(
                operations.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).compactMap { Operation(rawValue: String($0)) })
        }
        return intent
    }

    public func facts(for domain: DomainDocument, intent: Intent) -> FactSet {
        // Room for every fact below at once: growing the dictionary rehashed it twice.
        var facts = FactSet(facts: Dictionary(minimumCapacity: 12))
        let location = domain.location
        let attributes = domain.domain.attributes
        facts["domain.type"] = Fact(.string(attributes["type"] ?? ""), at: location)
        facts["domain.live"] = Fact(.bool(domain.liveState != nil), at: location)
        if let state = domain.liveState { facts["domain.state"] = Fact(.string(state), at: location) }
        facts["domain.form"] = Fact(.string(domain.artifact.kind.rawValue), at: location)
        let identity = domain.identity
        if let name = identity.name { facts["domain.name"] = Fact(.string(name), at: location) }
        if let uuid = identity.uuid { facts["domain.uuid"] = Fact(.string(uuid), at: location) }
        addCPUVendor(domain, into: &facts)
        let intentLocation = intent.location ?? location
        facts["intent.role"] = Fact(.string(intent.role.rawValue), at: intentLocation)
        facts["intent.operations"] = Fact(.list(intent.operations.sorted().map(\.rawValue)), at: intentLocation)
        facts["intent.source"] = Fact(.string(intent.source.rawValue), at: intentLocation)
        return facts
    }

    /// `domain.cpu.vendor` (`intel` or `amd`): the vendor the CPU definition names, from
    /// `<vendor>` or else from the model family; absent when it names neither.
    ///
    /// The queries' answers come from walking the tree (`DomainDocument.cpuWithNamedModel`,
    /// `firstCPUChild`): XPath for three questions on every domain cost more than all other
    /// facts together. Tests hold the walk to the queries over the corpus.
    private func addCPUVendor(_ domain: DomainDocument, into facts: inout FactSet) {
        guard domain.cpuWithNamedModel else { return }
        let file = domain.artifact.file
        if let vendor = domain.firstCPUChild("vendor"), let known = CPUModelVendor(vendorName: vendor.text) {
            let text = vendor.text.trimmingWhitespace
            facts["domain.cpu.vendor"] = Fact(
                .string(known.rawValue), at: SourceLocation(file: file, line: vendor.line, excerpt: text), raw: "vendor \(text)")
        } else if let model = domain.firstCPUChild("model"), let known = CPUModelVendor(model: model.text) {
            let text = model.text.trimmingWhitespace
            facts["domain.cpu.vendor"] = Fact(
                .string(known.rawValue), at: SourceLocation(file: file, line: model.line, excerpt: text), raw: "model \(text)")
        }
    }
}
