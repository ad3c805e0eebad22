import Foundation
import Testing

@testable import NestlintCore

/// The CPU-vendor facts and the intent metadata walk the tree instead of evaluating XPath
/// (`DomainFactsBuilder.addCPUVendor`, `intent(of:)`); over every real domain, and over
/// hand-made edge cases (several `<cpu>` or `<metadata>`, namespaced attributes and
/// children), the walk answers as the queries do.
@Suite struct DomainTreeWalkTests {
    @Test(.enabled(if: RepositoryPaths.corpus != nil, RepositoryPaths.corpusMissingComment))
    func walkAnswersAsTheQueriesOverTheCorpus() throws {
        let corpus = try #require(RepositoryPaths.corpus)
        var compared = 0
        var withVendor = 0
        for folder in ["libvirt-domains", "libvirt-domains-out", "libvirt-domains-realworld"] {
            let directory = corpus.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() where name.hasSuffix(".xml") {
                let bytes = Array(try Data(contentsOf: directory.appendingPathComponent(name)))
                guard let domain = try Self.domain(bytes, name: name) else { continue }
                Self.expectSameAnswers(domain, name)
                compared += 1
                if domain.firstCPUChild("vendor") != nil { withVendor += 1 }
            }
        }
        #expect(compared > 1_000)
        #expect(withVendor > 5)
    }

    @Test func edgeCasesAnswerAsTheQueries() throws {
        let cases = [
            "<domain><cpu mode='host-passthrough'><model>x</model></cpu><cpu><vendor>AMD</vendor></cpu></domain>",
            "<domain><cpu mode='host-passthrough'/><cpu mode='custom'><model>Skylake</model></cpu></domain>",
            "<domain xmlns:q='urn:q'><cpu q:mode='x'><q:vendor>Intel</q:vendor><vendor>AMD</vendor></cpu></domain>",
            "<domain><cpu mode='host-model'><model> EPYC </model><model>Skylake</model></cpu></domain>",
            "<domain><cpu mode=''/></domain>",
            "<domain><cpu/><cpu><model>Icelake<b>x</b></model></cpu></domain>",
            "<domstatus state='running'><domain><cpu mode='custom'><vendor>Intel</vendor></cpu></domain></domstatus>",
            "<domain><devices><cpu><vendor>AMD</vendor></cpu></devices></domain>",
            "<domain/>",
            "<domain><metadata><i:intent xmlns:i='urn:nestlint:intent:1' role='guest'/></metadata></domain>",
            "<domain><metadata><intent role='x'/><i:intent xmlns:i='urn:other' role='y'/></metadata>"
                + "<metadata><n:intent xmlns:n='urn:nestlint:intent:1' role='hypervisor'/><n:intent xmlns:n='urn:nestlint:intent:1'/>"
                + "</metadata></domain>",
            "<domain xmlns:n='urn:nestlint:intent:1'><n:metadata><n:intent role='guest'/></n:metadata></domain>",
            "<domain><devices><metadata><n:intent xmlns:n='urn:nestlint:intent:1'/></metadata></devices></domain>",
        ]
        for (index, text) in cases.enumerated() {
            let domain = try #require(try Self.domain(Array(text.utf8), name: "case\(index).xml"))
            Self.expectSameAnswers(domain, text)
        }
    }

    private static func domain(_ bytes: [UInt8], name: String) throws -> DomainDocument? {
        guard case .success(let parsed) = XMLDocument.parse(bytes: bytes, name: name) else { return nil }
        let reference = ArtifactReference(treePath: name, kind: .persistentDomain, file: SourceFile(path: name))
        return DomainDocument(artifact: reference, document: parsed)
    }

    private static func expectSameAnswers(_ domain: DomainDocument, _ name: String) {
        #expect(domain.cpuWithNamedModel == (domain.element(DomainFactsBuilder.namedCPUQuery) != nil), "\(name)")
        #expect(domain.firstCPUChild("vendor") == domain.element(DomainFactsBuilder.vendorQuery), "\(name)")
        #expect(domain.firstCPUChild("model") == domain.element(DomainFactsBuilder.modelQuery), "\(name)")
        #expect(domain.intentElement == domain.element(DomainFactsBuilder.intentQuery), "\(name)")
    }
}
