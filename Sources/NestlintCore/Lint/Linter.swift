import Foundation

/// Runs a rule catalog over snapshots: inputs -> artifacts -> facts -> rules -> findings.
public struct Linter: Sendable {
    public let catalog: RuleCatalog
    public let reader: SnapshotReader

    /// The configuration's intent layer (globs on paths or domain names), between a domain's
    /// own metadata and the bundle evidence; `nil` when there is no configuration.
    public var intentConfiguration: IntentResolver.Layer?

    /// The ids of each scope's rules, shared by every evaluation of that scope (one array, not
    /// one per document).
    private let ruleIDsByScope: [RuleScope: [String]]
    /// Whether every artifact rule reports on collection items or selected elements only, so
    /// a file without problems needs no facts (`lintArtifact`). The catalog never changes.
    private let artifactRulesReportOnlyItems: Bool

    public init(catalog: RuleCatalog, sizeLimit: Int = SnapshotReader.defaultSizeLimit, intentConfiguration: IntentResolver.Layer? = nil) {
        self.catalog = catalog
        self.ruleIDsByScope = Dictionary(uniqueKeysWithValues: RuleScope.allCases.map { ($0, catalog.rules(in: $0).map(\.id)) })
        self.artifactRulesReportOnlyItems = catalog.rules(in: .artifact).allSatisfy { $0.forEach != nil || $0.select != nil }
        self.reader = SnapshotReader(sizeLimit: sizeLimit)
        self.intentConfiguration = intentConfiguration
    }

    /// Lints snapshots one after the other; the result is finalised (sorted, fingerprinted) and
    /// the same as `lint(sources:)` gives for the same snapshots.
    ///
    /// Each snapshot is linted on its own. One fact crosses snapshots: an L1 host's bundle
    /// decides the intent of the domain that runs it in its parent's bundle
    /// (`HypervisorHostEvidence`), so the few snapshots holding a domain the fleet's evidence
    /// concerns are linted again with it, instead of keeping every parsed snapshot in memory.
    public func lint(_ snapshots: [Snapshot]) -> LintResult {
        var units = snapshots.map { lintUnit([$0], evidence: [:]) }
        let evidence = ShardRecord.combine(units.map(\.evidence))
        for index in units.indices where units[index].changes(from: [:], to: evidence) {
            units[index] = lintUnit([snapshots[index]], evidence: evidence)
        }
        return combine(units)
    }

    /// One job per core: units are CPU-bound (parsing and XPath).
    public static var defaultJobs: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }

    /// Lints units concurrently, at most `jobs` at a time (structured concurrency: a task group
    /// with a sliding window), so memory is bounded by the units in flight, not by the fleet.
    /// The result is finalised and does not depend on `jobs` or on scheduling: units are
    /// combined in source order before the report sort.
    ///
    /// - Parameters:
    ///   - shard: lint only the units of this shard, and record in the result what
    ///     `nestlint merge` needs (`ShardRecord`, with `arguments`).
    ///   - evidence: the fleet's L1 evidence when it is already known (a merge re-linting a
    ///     unit); otherwise it is gathered from the units themselves.
    ///   - progress: called after each unit with the units done and the total, from one task
    ///     at a time.
    public func lint(
        sources: [SnapshotSource], jobs: Int = Linter.defaultJobs, archiveLimits: ArchiveLimits = ArchiveLimits(),
        shard: ShardSelection? = nil, arguments: [String] = [], evidence known: [String: SourceLocation]? = nil,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) async -> LintResult {
        let selected = shard.map { selection in sources.filter { selection.contains(key: $0.shardKey) } } ?? sources
        let initial = known ?? [:]
        let firstTotal = selected.count
        var firstProgress: (@Sendable (Int) -> Void)?
        if let progress { firstProgress = { done in progress(done, firstTotal) } }
        let firstPass: @Sendable (SnapshotSource) -> ShardUnitResult = { source in
            self.lintUnit(source.open(limits: archiveLimits), evidence: initial)
        }
        var units = await Self.boundedMap(selected, jobs: jobs, progress: firstProgress, firstPass)
        let evidence = known ?? ShardRecord.combine(units.map { $0.evidence })
        let stale = units.indices.filter { units[$0].changes(from: initial, to: evidence) }
        if !stale.isEmpty {
            let total = selected.count + stale.count
            var laterProgress: (@Sendable (Int) -> Void)?
            if let progress { laterProgress = { done in progress(firstTotal + done, total) } }
            let secondPass: @Sendable (SnapshotSource) -> ShardUnitResult = { source in
                self.lintUnit(source.open(limits: archiveLimits), evidence: evidence)
            }
            let relinted = await Self.boundedMap(stale.map { selected[$0] }, jobs: jobs, progress: laterProgress, secondPass)
            for (index, unit) in zip(stale, relinted) { units[index] = unit }
        }
        var result = combine(units)
        if let shard {
            let recorded = zip(selected, units).filter { !$1.domainUUIDs.isEmpty }.map { source, unit in
                ShardRecord.Unit(
                    name: source.name, key: source.shardKey, hosts: unit.hosts, files: unit.files.map(ShardRecord.File.init),
                    domainUUIDs: unit.domainUUIDs.sorted())
            }
            result.shard = ShardRecord(
                selection: shard, arguments: arguments, maximumFileSize: reader.sizeLimit, evidence: evidence, units: recorded)
        }
        BackgroundRelease.drop(consume units)
        return result
    }

    /// `transform` over `inputs` with at most `jobs` running at once; outputs in input order.
    ///
    /// Each of the `jobs` child tasks takes the next input from a shared counter until none is
    /// left, rather than one child task per input: a fleet has thousands of small units, and
    /// waking the parent after each one to start the next cost a context switch per unit.
    private static func boundedMap<Input: Sendable, Output: Sendable>(
        _ inputs: [Input], jobs: Int, progress: (@Sendable (Int) -> Void)?, _ transform: @escaping @Sendable (Input) -> Output
    ) async -> [Output] {
        let outputs = OutputSlots<Output>(count: inputs.count)
        let queue = WorkCounter()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<min(max(1, jobs), inputs.count) {
                group.addTask {
                    while let index = queue.take(below: inputs.count) {
                        outputs.store(transform(inputs[index]), at: index)
                        if let progress { queue.finished(progress) }
                    }
                }
            }
        }
        return outputs.collected()
    }

    /// Reads and lints the snapshots of one unit with the given L1 evidence.
    private func lintUnit(_ snapshots: [Snapshot], evidence: [String: SourceLocation]) -> ShardUnitResult {
        let intents = IntentResolver(configuration: intentConfiguration, evidence: HypervisorHostEvidence(hosts: evidence))
        var unit = ShardUnitResult(result: LintResult(), hosts: [], files: [], domainUUIDs: [], evidence: [:])
        for snapshot in snapshots {
            let read = reader.read(snapshot)
            let start = unit.result.findings.count
            lint(read, intents: intents, into: &unit.result)
            if snapshot.kind == .bundle {
                unit.hosts.append(snapshot.name)
                for index in start..<unit.result.findings.count { unit.result.findings[index].host = snapshot.name }
            } else {
                unit.files += snapshot.artifacts.map(\.file) + snapshot.unreadable.map(\.file)
            }
            for domain in read.hosts.flatMap(\.domains) + read.templateDomains {
                // Only the UUID matters here: the fleet evidence is keyed by it.
                if let uuid = domain.identity.uuid { unit.domainUUIDs.insert(uuid) }
            }
            unit.evidence = ShardRecord.combine([unit.evidence, HypervisorHostEvidence(hosts: read.hosts).hosts])
        }
        // Sorted here, on the unit's own thread, in the report order: `combine` then needs no
        // sort when the units follow one another, and otherwise sorts runs already in order (a
        // stable merge sort finds them). Stable sorts of parts and of the whole agree.
        unit.result.findings.sort(by: Finding.reportOrder)
        unit.result.evaluations.sort(by: Evaluation.reportOrder)
        // Fingerprints count identical findings of a file; when no file is in two units (the
        // usual case, checked in `combine`) the unit's own count is the run's.
        unit.result.assignFingerprints()
        // What `combine` checks of each unit, checked here on the unit's thread.
        let evaluations = unit.result.evaluations
        // By index, comparing in place: iterating would copy every element.
        unit.isInReportOrder = evaluations.indices.dropFirst().allSatisfy { Evaluation.reportOrder(evaluations[$0 - 1], evaluations[$0]) }
        unit.pathsLackSeparator = !unit.result.findings.contains { $0.location.file.path.utf8.contains(UInt8(ascii: "|")) }
        return unit
    }

    /// From this many units on, `combine` gathers findings and evaluations on two threads.
    static let concurrentGatheringUnits = 64

    /// The units' results in order, as one finalised result. A suite evaluated in two units
    /// (the same file given twice) is merged as `evaluate` merges it within one.
    private func combine(_ units: [ShardUnitResult]) -> LintResult {
        var result = LintResult()
        let findingCount = units.reduce(0) { $0 + $1.result.findings.count }
        let evaluationCount = units.reduce(0) { $0 + $1.result.evaluations.count }
        // The usual case, checked with comparisons only: every unit's evaluations and findings
        // are in report order (`lintUnit` sorts them) and the units follow one another in it
        // (a fleet's bundles are listed by name), so no suite is in two units and the whole is
        // already sorted. Then nothing needs merging or sorting: on 500 hosts, hashing 25,000
        // suites and sorting them again was a third of the serial step after the last unit.
        if Self.followReportOrder(units) {
            // The findings and the evaluations are gathered on two cores at once: copying a
            // fleet's tens of thousands of them (reference counts of values made on other
            // cores, each a cache miss) was most of this step, on one thread after the last unit.
            let findings = OutputSlots<(findings: [Finding], notifications: [Notification])>(count: 1)
            let evaluations = OutputSlots<[Evaluation]>(count: 1)
            // A few units (a file, a host) are gathered on this thread: handing them over
            // would cost more than copying them.
            let parts = units.count < Self.concurrentGatheringUnits ? 1 : 2
            DispatchQueue.concurrentPerform(iterations: parts) { part in
                if part == 0 {
                    var gathered: [Finding] = []
                    gathered.reserveCapacity(findingCount)
                    var notifications: [Notification] = []
                    for index in units.indices {
                        gathered += units[index].result.findings
                        notifications += units[index].result.notifications
                    }
                    findings.store((gathered, notifications), at: 0)
                }
                if part == parts - 1 {
                    var gathered: [Evaluation] = []
                    gathered.reserveCapacity(evaluationCount)
                    for index in units.indices { gathered += units[index].result.evaluations }
                    evaluations.store(gathered, at: 0)
                }
            }
            (result.findings, result.notifications) = findings.collected()[0]
            result.evaluations = evaluations.collected()[0]
            if !Self.fingerprintedAlone(units) { result.assignFingerprints() }
            return result
        }
        result.findings.reserveCapacity(findingCount)
        result.evaluations.reserveCapacity(evaluationCount)
        var evaluationIndex: [Evaluation.Key: Int] = [:]
        evaluationIndex.reserveCapacity(evaluationCount)
        for unit in units {
            result.findings += unit.result.findings
            result.notifications += unit.result.notifications
            for evaluation in unit.result.evaluations {
                let key = evaluation.key
                if let index = evaluationIndex[key] {
                    result.evaluations[index] = result.evaluations[index].adding(ruleIDs: evaluation.ruleIDs)
                } else {
                    evaluationIndex[key] = result.evaluations.count
                    result.evaluations.append(evaluation)
                }
            }
        }
        result.finalise()
        return result
    }

    /// Whether the fingerprints each unit gave its findings are those of the whole run: no file
    /// has findings in two units (in report order, a file's findings are together, so only a
    /// boundary between units could split them), and no path holds `|`, the separator in the
    /// text fingerprints hash (a path with one could make two files' texts equal).
    private static func fingerprintedAlone(_ units: [ShardUnitResult]) -> Bool {
        var lastPath: String?
        for unit in units {
            guard unit.pathsLackSeparator else { return false }
            let findings = unit.result.findings
            guard let first = findings.first else { continue }
            if let lastPath, lastPath == first.location.file.path { return false }
            lastPath = findings.last!.location.file.path
        }
        return true
    }

    /// Whether the units' evaluations, one after the other, are strictly in report order (so no
    /// suite and kind occurs twice) and their findings in report order. Each unit checked its
    /// own (`ShardUnitResult.isInReportOrder`); here only where one unit meets the next.
    private static func followReportOrder(_ units: [ShardUnitResult]) -> Bool {
        // The last unit that had evaluations, and the last that had findings.
        var withEvaluations: Int?
        var withFindings: Int?
        for index in units.indices {
            guard units[index].isInReportOrder else { return false }
            let evaluations = units[index].result.evaluations
            let findings = units[index].result.findings
            if let first = evaluations.first {
                if let previous = withEvaluations, !Evaluation.reportOrder(units[previous].result.evaluations.last!, first) { return false }
                withEvaluations = index
            }
            if let first = findings.first {
                if let previous = withFindings, Finding.reportOrder(first, units[previous].result.findings.last!) { return false }
                withFindings = index
            }
        }
        return true
    }

    func lint(_ read: ReadSnapshot, intents: IntentResolver, into result: inout LintResult) {
        let firstFinding = result.findings.count
        defer { gate(read, findings: firstFinding..<result.findings.count, into: &result) }
        let hostBuilder = HostFactsBuilder(parameters: catalog.parameters)
        let domainBuilder = DomainFactsBuilder()
        for host in read.hosts {
            let hostFacts = hostBuilder.facts(for: host)
            let suite = host.name
            let fallback =
                host.files.first.map { SourceLocation(file: $0.reference.file, line: 1) }
                ?? SourceLocation(file: SourceFile(path: host.name), line: 1)
            evaluate(
                scope: .host, facts: hostFacts, document: nil, fallback: fallback, suite: suite, kind: .host, intent: nil, into: &result)
            for file in host.files {
                lintArtifact(file.reference, problems: file.problems, into: &result)
            }
            for path in host.unreadablePaths {
                let problem = ArtifactProblem(kind: .unreadable, location: SourceLocation(file: path.file, line: 1), message: path.reason)
                lintArtifact(
                    ArtifactReference(treePath: path.file.path, kind: .hostIdentity, file: path.file), problems: [problem], into: &result)
            }
            // One bundle may hold several forms of one domain: each problem is reported once.
            let linted = host.domains.map { domain in
                DomainFindingMerger.Linted(
                    document: domain,
                    findings: lintDomain(domain, hostFacts: hostFacts, builder: domainBuilder, intents: intents, into: &result))
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
        let facts = builder.facts(for: domain, intent: intent).layered(over: hostFacts)
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
            result.findings[index].fix = edit.resolve(
                file: location.file, line: location.line, lineText: lines[location.file]!.line(location.line))
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
        // A file without problems gives rules that report per collection item or per XPath match
        // nothing to report on (no items, no document). When every artifact rule is of those
        // kinds (the built-in ones are), such a file's facts are not built; the rules still run,
        // so that JUnit lists its passing checks.
        if !problems.isEmpty || !artifactRulesReportOnlyItems {
            facts["artifact.kind"] = Fact(.string(reference.kind.rawValue), at: SourceLocation(file: reference.file, line: 1))
            facts.collections["problems"] = problems.map { problem in
                FactItem(
                    location: problem.location,
                    fields: ["kind": Fact(.string(problem.kind.rawValue)), "message": Fact(.string(problem.message))])
            }
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
        // By index, not `for rule in rules`: each iteration would copy a rule (a few dozen
        // reference-counted fields), and this runs for every rule of every document.
        for index in rules.indices {
            result.findings += evaluator.findings(of: rules[index])
        }
        let ruleIDs = ruleIDsByScope[scope] ?? []
        if let index = result.evaluations.lastIndex(where: { $0.suite == suite && $0.kind == kind }) {
            result.evaluations[index] = result.evaluations[index].adding(ruleIDs: ruleIDs)
        } else {
            result.evaluations.append(Evaluation(suite: suite, kind: kind, ruleIDs: ruleIDs))
        }
    }
}
