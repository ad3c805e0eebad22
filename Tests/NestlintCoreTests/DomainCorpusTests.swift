import Foundation
import Testing

@testable import NestlintCore

/// nestlint's NL407, NL408 and NL5xx findings over every real QEMU/KVM domain of the libvirt
/// corpus equal, file by file, what `DomainReferenceTriggers` predicts from an independent
/// reading of the same files: same rules, same lines, same severities.
@Suite struct DomainCorpusTests {
    static let folders = ["libvirt-domains", "libvirt-domains-out", "libvirt-domains-realworld"]

    /// The rules compared: the migration and save blockers.
    static func compared(_ id: String) -> Bool { id.hasPrefix("NL5") || id == "NL407" || id == "NL408" }

    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func blockerFindingsMatchTheCatalogueTriggers() async throws {
        let corpus = try #require(RepositoryPaths.corpus)
        let full = try RulePackLoader().catalog(userDirectories: [])
        let linter = Linter(catalog: full.restricted(to: full.rules.filter { Self.compared($0.id) }))
        var domains = 0
        var mismatches: [String] = []
        for folder in Self.folders {
            let root = corpus.appendingPathComponent(folder).path
            let tree = DiskFileTree(rootPath: root)
            let artifacts = TemplateScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: folder).templates.artifacts
            #expect(!artifacts.isEmpty, "\(folder) holds no XML")
            // Lint in chunks on several threads: the corpus is large and the test must stay fast.
            let chunks = stride(from: 0, to: artifacts.count, by: 64).map { Array(artifacts[$0..<min($0 + 64, artifacts.count)]) }
            let found = await withTaskGroup(of: [String: [DomainReferenceTriggers.Expected]].self) { group in
                for chunk in chunks {
                    group.addTask {
                        let result = linter.lint([Snapshot(kind: .templates, name: folder, tree: tree, artifacts: chunk)])
                        var byFile: [String: [DomainReferenceTriggers.Expected]] = [:]
                        for finding in result.findings where Self.compared(finding.ruleID) {
                            byFile[finding.location.file.path, default: []].append(
                                DomainReferenceTriggers.Expected(
                                    rule: finding.ruleID, line: finding.location.line, severity: finding.severity.rawValue))
                        }
                        return byFile
                    }
                }
                var all: [String: [DomainReferenceTriggers.Expected]] = [:]
                for await part in group { all.merge(part) { $0 + $1 } }
                return all
            }
            for artifact in artifacts {
                let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: root + "/" + artifact.treePath)))
                var expected: [DomainReferenceTriggers.Expected] = []
                if let document = try? DomainReferenceXML(bytes: bytes), let domain = DomainReferenceTriggers.qemuDomain(in: document.root)
                {
                    domains += 1
                    expected = DomainReferenceTriggers.expected(in: domain)
                }
                let actual = (found[artifact.file.path] ?? []).sorted()
                if actual != expected {
                    mismatches.append("\(folder)/\(artifact.treePath): nestlint \(actual), catalogue \(expected)")
                }
            }
        }
        // RULES.md's corpus note: 2,474 QEMU/KVM domains; the three folders hold 2,473 whose
        // root is a domain of type kvm or qemu (one more file is not well-formed).
        #expect(domains >= 2_470, "only \(domains) QEMU/KVM domains read from the corpus")
        #expect(mismatches.isEmpty, "\(mismatches.count) file(s) differ:\n\(mismatches.prefix(40).joined(separator: "\n"))")
    }

    /// Other drivers' domains (Xen, bhyve, LXC, VMware…) are out of scope: no domain rule
    /// reports on them, and inspect says why.
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func otherDriversAreSkipped() throws {
        let corpus = try #require(RepositoryPaths.corpus)
        let root = corpus.appendingPathComponent("libvirt-domains-otherdrivers").path
        let tree = DiskFileTree(rootPath: root)
        let snapshot = TemplateScanner(tree: tree, namer: PathNamer(prefix: "")).scan(name: "otherdrivers").templates
        let catalog = try RulePackLoader().catalog(userDirectories: [])
        let result = Linter(catalog: catalog).lint([snapshot])
        let domainRules = Set(catalog.rules(in: .domain).map(\.id))
        #expect(result.findings.filter { domainRules.contains($0.ruleID) }.isEmpty)
        let inspection = Inspection(snapshots: [snapshot], catalog: catalog)
        let domains = inspection.entries.flatMap(\.domains)
        #expect(domains.count > 250)
        for domain in domains {
            #expect(domain.skipped == "domain type \(domain.type) is not QEMU/KVM", "\(domain.file.path)")
        }
    }
}
