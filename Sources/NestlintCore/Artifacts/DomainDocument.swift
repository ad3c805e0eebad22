/// A parsed libvirt domain: a persistent `<domain>`, a live `<domstatus>` wrapping one, or a
/// template. Rules' XPath runs with the `<domain>` element as the context node, so one rule
/// serves every form.
///
/// A class, though immutable: every rule evaluation, condition and fact of a document holds it,
/// and a struct of this many references was copied (and each reference counted) every time.
public final class DomainDocument: Sendable {
    public let artifact: ArtifactReference
    public let document: XMLDocument
    /// `/domain` or `/domstatus/domain`.
    public let domainPath: XPathQuery
    /// The `<domain>` element.
    public let domain: XMLElementValue
    /// `state` of a `<domstatus>` root; `nil` for a definition.
    public let liveState: String?
    /// The root element: `<domain>`, or the `<domstatus>` that says the guest is running.
    public let root: XMLElementValue
    /// Element names from the root to `<domain>`, for walking the tree without XPath.
    public let elementPath: [String]
    /// Which guest this is. Worked out once: the intent, the facts, the finding merger and the
    /// fleet evidence all ask.
    public let identity: DomainIdentity

    /// The root's place: for a live status, the `<domstatus state=...>` line.
    public let rootLocation: SourceLocation
    /// The `<domain>` start tag's place. Kept: facts, findings and merging all ask, and the
    /// excerpt is built from the sorted attributes.
    public let location: SourceLocation

    static let plainPath = try! XPathQuery("/domain")
    static let statusPath = try! XPathQuery("/domstatus/domain")

    /// Wraps a parsed document when its root is a domain; `nil` for other XML (a network, a pool).
    init?(artifact: ArtifactReference, document: XMLDocument) {
        guard let root = document.root else { return nil }
        let path: XPathQuery
        switch root.name {
        case "domain": path = Self.plainPath
        case "domstatus": path = Self.statusPath
        default: return nil
        }
        let elementPath = root.name == "domain" ? ["domain"] : ["domstatus", "domain"]
        // A definition's root is its `<domain>`: copied out of the tree once, not twice.
        guard let domain = root.name == "domain" ? root : document.element(atPath: elementPath) else { return nil }
        self.artifact = artifact
        self.elementPath = elementPath
        self.document = document
        self.domainPath = path
        self.domain = domain
        self.root = root
        self.liveState = root.name == "domstatus" ? (root.attributes["state"] ?? "unknown") : nil
        let location = SourceLocation(file: artifact.file, line: domain.line, excerpt: domain.excerpt)
        self.location = location
        self.rootLocation =
            root.name == "domain" ? location : SourceLocation(file: artifact.file, line: root.line, excerpt: root.excerpt)
        self.identity = DomainIdentity(
            uuid: document.childText("uuid", ofElementAtPath: elementPath), name: document.childText("name", ofElementAtPath: elementPath))
    }

    /// Whether `cpu[not(@mode) or @mode='custom' or @mode='host-model']` selects something: a
    /// CPU definition that names its model (`DomainFactsBuilder.namedCPUQuery`).
    var cpuWithNamedModel: Bool {
        document.hasChild("cpu", ofElementAtPath: elementPath, whereAttribute: "mode", isAbsentOrIn: Self.namedModelModes)
    }

    /// The CPU modes in which `<model>` names the CPU, made once: a set literal at the call
    /// was built again for every domain.
    private static let namedModelModes: Set<String> = ["custom", "host-model"]

    /// The first element `cpu/NAME` selects (with its text), found by walking the tree.
    func firstCPUChild(_ name: String) -> XMLElementValue? {
        document.firstElement(along: ["cpu", name], fromElementAtPath: elementPath)
    }

    /// The first `<nestlint:intent>` in `<metadata>` (`DomainFactsBuilder.intentQuery`), found
    /// by walking the tree.
    var intentElement: XMLElementValue? {
        document.firstElement(along: ["metadata", "intent"], lastNamespace: XPathQuery.intentNamespace, fromElementAtPath: elementPath)
    }

    /// Evaluates `query` relative to `<domain>`.
    public func evaluate(_ query: XPathQuery) -> [XPathValue] {
        document.evaluate(query, contextPath: domainPath)
    }

    /// The first element `query` selects, relative to `<domain>`.
    public func element(_ query: XPathQuery) -> XMLElementValue? {
        for value in evaluate(query) {
            if case .node(let element) = value { return element }
        }
        return nil
    }
}
