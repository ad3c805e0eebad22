/// Runs a rule catalog over snapshots: inputs -> artifacts -> facts -> rules -> findings.
public struct Linter: Sendable {
    public let catalog: RuleCatalog
    public let reader: SnapshotReader

    /// The configuration's intent layer (globs on paths or domain names), between a domain's
    /// own metadata and the bundle evidence; `nil` when there is no configuration.
    public var intentConfiguration: IntentResolver.Layer?

    public init(catalog: RuleCatalog, sizeLimit: Int = SnapshotReader.defaultSizeLimit, intentConfiguration: IntentResolver.Layer? = nil) {
        self.catalog = catalog
        self.reader = SnapshotReader(sizeLimit: sizeLimit)
        self.intentConfiguration = intentConfiguration
    }

    /// Lints snapshots; the result is finalised (sorted, fingerprinted).
    ///
    /// Every snapshot is read before any is linted: an L1 host's bundle decides the intent of
    /// the domain that runs it in its parent's bundle (`HypervisorHostEvidence`).
    public func lint(_ snapshots: [Snapshot]) -> LintResult {
        var result = LintResult()
        let reads = snapshots.map { reader.read($0) }
        let intents = IntentResolver(configuration: intentConfiguration, evidence: HypervisorHostEvidence(hosts: reads.flatMap(\.hosts)))
        for read in reads {
            lint(read, intents: intents, into: &result)
        }
        result.finalise()
        return result
    }

    func lint(_ read: ReadSnapshot, intents: IntentResolver, into result: inout LintResult) {
        let firstFinding = result.findings.count
        defer { gate(read, findings: firstFinding..<result.findings.count, into: &result) }
        let hostBuilder = HostFactsBuilder(parameters: catalog.parameters)
        let domainBuilder = DomainFactsBuilder()
        for host in read.hosts {
            let hostFacts = hostBuilder.facts(for: host)
            let suite = host.name
            let fallback = host.files.first.map { SourceLocation(file: $0.reference.file, line: 1) }
                ?? SourceLocation(file: SourceFile(path: host.name), line: 1)
            evaluate(scope: .host, facts: hostFacts, document: nil, fallback: fallback, suite: suite, kind: .host, intent: nil, into: &result)
            for file in host.files {
                lintArtifact(file.reference, problems: file.problems, into: &result)
            }
            for path in host.unreadablePaths {
                let problem = ArtifactProblem(kind: .unreadable, location: SourceLocation(file: path.file, line: 1), message: path.reason)
                lintArtifact(ArtifactReference(treePath: path.file.path, kind: .hostIdentity, file: path.file), problems: [problem], into: &result)
            }
            // One bundle may hold several forms of one domain: each problem is reported once.
            let linted = host.domains.map { domain in
                DomainFindingMerger.Linted(
                    document: domain, findings: lintDomain(domain, hostFacts: hostFacts, builder: domainBuilder, intents: intents, into: &result))
            }
            result.findings += DomainFindingMerger().merge(linted)
        }
        for file in read.templateFiles {
            lintArtifact(file.reference, problems: file.problems, into: &result)
        }
        for domain in read.templateDomains {
            // Templates are separate files, not forms of one guest: never merged.
            result.findings += lintDomain(domain, hostFacts: FactSet(), builder: domainBuilder, intents: intents, into: &result)
        }
    }

    /// The domain-rule findings of one document (not yet in `result`; its evaluations are).
    /// Domains of other drivers than QEMU/KVM are not linted by domain rules.
    private func lintDomain(
        _ domain: DomainDocument, hostFacts: FactSet, builder: DomainFactsBuilder, intents: IntentResolver, into result: inout LintResult
    ) -> [Finding] {
        guard builder.skipReason(for: domain) == nil else { return [] }
        let intent = intents.intent(of: domain)
        let facts = builder.facts(for: domain, intent: intent).merging(hostFacts)
        let start = result.findings.count
        evaluate(
            scope: .domain, facts: facts, document: domain, fallback: domain.location, suite: domain.artifact.file.path,
            kind: .artifact, intent: intent, into: &result)
        defer { result.findings.removeSubrange(start...) }
        return Array(result.findings[start...])
    }

    /// After a snapshot's rules ran: place rule edits against the files' text, apply inline
    /// suppressions, and report the suppressions that silence nothing (NL003).
    private func gate(_ read: ReadSnapshot, findings range: Range<Int>, into result: inout LintResult) {
        var lines: [SourceFile: TextLines] = [:]
        for index in range {
            guard let edit = result.findings[index].pendingEdit else { continue }
            let location = result.findings[index].location
            guard let bytes = read.contents[location.file] else { continue }
            if lines[location.file] == nil { lines[location.file] = TextLines(bytes: bytes) }
            result.findings[index].fix = edit.resolve(file: location.file, line: location.line, lineText: lines[location.file]!.line(location.line))
        }
        guard !read.suppressions.isEmpty else { return }
        let gate = SuppressionGate(suppressions: read.suppressions, knownRuleIDs: Set(catalog.rules.map(\.id)))
        let unused = gate.apply(to: &result.findings, range: range)
        for (file, items) in Dictionary(grouping: unused, by: \.location.file).sorted(by: { $0.key < $1.key }) {
            let facts = FactSet(collections: ["unused-suppressions": items])
            evaluate(
                scope: .artifact, facts: facts, document: nil, fallback: SourceLocation(file: file, line: 1), suite: file.path,
                kind: .artifact, intent: nil, into: &result)
        }
    }

    private func lintArtifact(_ reference: ArtifactReference, problems: [ArtifactProblem], into result: inout LintResult) {
        var facts = FactSet()
        facts["artifact.kind"] = Fact(.string(reference.kind.rawValue), at: SourceLocation(file: reference.file, line: 1))
        facts.collections["problems"] = problems.map { problem in
            FactItem(
                location: problem.location,
                fields: ["kind": Fact(.string(problem.kind.rawValue)), "message": Fact(.string(problem.message))])
        }
        evaluate(
            scope: .artifact, facts: facts, document: nil, fallback: SourceLocation(file: reference.file, line: 1),
            suite: reference.file.path, kind: .artifact, intent: nil, into: &result)
    }

    private func evaluate(
        scope: RuleScope, facts: FactSet, document: DomainDocument?, fallback: SourceLocation, suite: String,
        kind: Evaluation.Kind, intent: Intent?, into result: inout LintResult
    ) {
        let rules = catalog.rules(in: scope)
        guard !rules.isEmpty else { return }
        let evaluator = RuleEvaluator(facts: facts, document: document, fallbackLocation: fallback, suite: suite, intent: intent)
        for rule in rules {
            result.findings += evaluator.findings(of: rule)
        }
        if let index = result.evaluations.firstIndex(where: { $0.suite == suite && $0.kind == kind }) {
            let merged = Array(Set(result.evaluations[index].ruleIDs + rules.map(\.id))).sorted()
            result.evaluations[index] = Evaluation(suite: suite, kind: kind, ruleIDs: merged)
        } else {
            result.evaluations.append(Evaluation(suite: suite, kind: kind, ruleIDs: rules.map(\.id)))
        }
    }
}
