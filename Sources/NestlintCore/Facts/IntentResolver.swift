/// Decides a domain's intent in the order RULES.md gives ("Intent"): the domain's own
/// `<nestlint:intent>` metadata, then the configuration (globs on paths or domain names), then
/// evidence in the bundles, then the default (role unknown, every operation required).
///
/// Each layer refines the one below it, so a metadata element that names only `role` keeps the
/// operations the configuration or the default gave.
public struct IntentResolver: Sendable {
    /// A layer supplied by the caller (the configuration file): given a domain and the intent
    /// the lower layers decided, the intent to use. Return `lower` unchanged when nothing applies.
    public typealias Layer = @Sendable (_ domain: DomainDocument, _ lower: Intent) -> Intent

    public let configuration: Layer?
    public let evidence: HypervisorHostEvidence
    let builder = DomainFactsBuilder()

    public init(configuration: Layer? = nil, evidence: HypervisorHostEvidence = .none) {
        self.configuration = configuration
        self.evidence = evidence
    }

    public func intent(of domain: DomainDocument) -> Intent {
        var intent = Intent.defaultIntent
        if let host = evidence.l1Host(runBy: domain.identity) {
            intent.role = .hypervisor
            intent.source = .bundleEvidence
            intent.location = host
        }
        if let configuration {
            intent = configuration(domain, intent)
        }
        return builder.intent(of: domain, fallback: intent)
    }
}
