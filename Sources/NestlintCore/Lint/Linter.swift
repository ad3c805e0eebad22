/// Runs a rule catalog over snapshots: inputs -> artifacts -> facts -> rules -> findings.
public struct Linter: Sendable {
    public let catalog: RuleCatalog
    public let reader: SnapshotReader

    public init(catalog: RuleCatalog, sizeLimit: Int = SnapshotReader.defaultSizeLimit) {
        self.catalog = catalog
        self.reader = SnapshotReader(sizeLimit: sizeLimit)
    }

    /// Lints snapshots; the result is finalised (sorted, fingerprinted).
    public func lint(_ snapshots: [Snapshot]) -> LintResult {
        var result = LintResult()
        for snapshot in snapshots {
            lint(reader.read(snapshot), into: &result)
        }
        result.finalise()
        return result
    }

    func lint(_ read: ReadSnapshot, into result: inout LintResult) {
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
            for domain in host.domains {
                lintDomain(domain, hostFacts: hostFacts, builder: domainBuilder, into: &result)
            }
        }
        for file in read.templateFiles {
            lintArtifact(file.reference, problems: file.problems, into: &result)
        }
        for domain in read.templateDomains {
            lintDomain(domain, hostFacts: FactSet(), builder: domainBuilder, into: &result)
        }
    }

    private func lintDomain(_ domain: DomainDocument, hostFacts: FactSet, builder: DomainFactsBuilder, into result: inout LintResult) {
        let intent = builder.intent(of: domain)
        let facts = builder.facts(for: domain, intent: intent).merging(hostFacts)
        evaluate(
            scope: .domain, facts: facts, document: domain, fallback: domain.location, suite: domain.artifact.file.path,
            kind: .artifact, intent: intent, into: &result)
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
