import Foundation
import Testing

@testable import NestlintCore

/// A domain rule whose condition is `no` before any element is selected is not evaluated
/// further (`RuleEvaluator.checksConditionFirst`): over the real domains, with the facts of
/// every fixture host and with each intent role, the findings are those of the full evaluation.
@Suite struct ConditionFirstTests {
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func conditionFirstNeverChangesAFinding() throws {
        let catalog = try RulePackLoader().catalog(userDirectories: [])
        let rules = catalog.rules(in: .domain)
        let bundles = RepositoryPaths.root.appendingPathComponent("fixtures/bundles")
        var hostFacts: [FactSet] = [FactSet()]
        for name in try FileManager.default.contentsOfDirectory(atPath: bundles.path).sorted() {
            let tree = DiskFileTree(rootPath: bundles.appendingPathComponent(name).path)
            guard BundleScanner.isBundle(tree) else { continue }
            let snapshot = BundleScanner(tree: tree, namer: PathNamer(prefix: name)).scan(name: name)
            for host in SnapshotReader().read(snapshot).hosts {
                hostFacts.append(HostFactsBuilder(parameters: catalog.parameters).facts(for: host))
            }
        }
        #expect(hostFacts.count > 5)
        var intents: [Intent] = [.defaultIntent]
        for role in [Intent.Role.hypervisor, .guest] {
            var intent = Intent.defaultIntent
            intent.role = role
            intents.append(intent)
        }
        let folder = RepositoryPaths.corpus!.appendingPathComponent("libvirt-domains")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".xml") }.sorted()
        var compared = 0
        var findings = 0
        var skipped = 0
        let builder = DomainFactsBuilder()
        // Every fifth domain: enough variety (every rule fires on some), quick in a debug build.
        for name in names.enumerated().filter({ $0.offset % 5 == 0 }).map(\.element) {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name)))
            guard case .success(let parsed) = XMLDocument.parse(bytes: bytes, name: name) else { continue }
            let reference = ArtifactReference(treePath: name, kind: .persistentDomain, file: SourceFile(path: name))
            guard let domain = DomainDocument(artifact: reference, document: parsed) else { continue }
            for host in hostFacts {
                for intent in intents {
                    let facts = builder.facts(for: domain, intent: intent).layered(over: host)
                    var evaluator = RuleEvaluator(
                        facts: facts, document: domain, fallbackLocation: domain.location, suite: name, intent: intent)
                    let fast = rules.flatMap { evaluator.findings(of: $0) }
                    evaluator.checksConditionFirst = false
                    let full = rules.flatMap { evaluator.findings(of: $0) }
                    #expect(fast.map(\.ruleID) == full.map(\.ruleID), "\(name)")
                    #expect(fast.map(\.message) == full.map(\.message), "\(name)")
                    #expect(fast.map(\.location) == full.map(\.location), "\(name)")
                    let anyItem = ConditionContext(facts: facts, item: nil, document: domain, itemIsUnknown: true)
                    skipped += rules.filter { $0.select != nil && $0.condition?.evaluate(anyItem) == .no }.count
                    compared += 1
                    findings += full.count
                }
            }
        }
        #expect(compared > 1000)
        #expect(findings > 100)
        // The shortcut is taken, for several rules per evaluation on average.
        #expect(skipped > compared * 2)
    }
}
