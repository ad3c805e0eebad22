/// What `nestlint inspect` shows: how each PATH was recognised, every artifact with its kind and
/// problems, and the facts derived, so a user who gets no findings can see why.
public struct Inspection: Sendable {
    public struct Host: Sendable {
        public let name: String
        public let isBundle: Bool
        public let facts: FactSet
        /// The assignments of the vendor module's `nested`, in application order.
        public let nestedChain: [ParameterAssignment]
        public let vendorModule: String?
        /// The nesting picture: vendor module and why, chains, runtime value, users, files.
        public let details: HostInspection
    }

    public struct Domain: Sendable {
        public let file: SourceFile
        public let line: Int
        public let name: String
        public let type: String
        public let liveState: String?
        public let intent: Intent
        /// Why the domain is not linted, when it is not (a non-QEMU driver).
        public let skipped: String?
    }

    public struct Entry: Sendable {
        public let snapshot: Snapshot
        public let files: [(reference: ArtifactReference, problems: [ArtifactProblem])]
        public let hosts: [Host]
        public let domains: [Domain]
    }

    public let entries: [Entry]

    static let nameQuery = try! XPathQuery("string(name)")

    public init(snapshots: [Snapshot], catalog: RuleCatalog, sizeLimit: Int = SnapshotReader.defaultSizeLimit) {
        let reader = SnapshotReader(sizeLimit: sizeLimit)
        let hostBuilder = HostFactsBuilder(parameters: catalog.parameters)
        let domainBuilder = DomainFactsBuilder()
        // As in Linter: every snapshot is read first, since an L1 bundle decides the intent of
        // the domain that runs it in another bundle.
        let reads = snapshots.map { reader.read($0) }
        let intents = IntentResolver(evidence: HypervisorHostEvidence(hosts: reads.flatMap(\.hosts)))
        entries = reads.map { read in
            let snapshot = read.snapshot
            var files = read.templateFiles
            var hosts: [Host] = []
            var domains: [Domain] = []
            for host in read.hosts {
                files += host.files
                let facts = hostBuilder.facts(for: host)
                let details = HostInspection(host: host, facts: facts, parameters: catalog.parameters)
                hosts.append(
                    Host(
                        name: host.name, isBundle: host.isBundle, facts: facts,
                        nestedChain: details.vendorModule == nil ? [] : details.chains.first?.assignments ?? [],
                        vendorModule: details.vendorModule, details: details))
                domains += host.domains.map { Self.describe($0, builder: domainBuilder, intents: intents) }
            }
            domains += read.templateDomains.map { Self.describe($0, builder: domainBuilder, intents: intents) }
            return Entry(snapshot: snapshot, files: files, hosts: hosts, domains: domains)
        }
    }

    static func describe(_ domain: DomainDocument, builder: DomainFactsBuilder, intents: IntentResolver) -> Domain {
        var name = ""
        if case .string(let text)? = domain.evaluate(nameQuery).first { name = text }
        let type = domain.domain.attributes["type"] ?? ""
        return Domain(
            file: domain.artifact.file, line: domain.domain.line, name: name, type: type, liveState: domain.liveState,
            intent: intents.intent(of: domain), skipped: builder.skipReason(for: domain))
    }
}
