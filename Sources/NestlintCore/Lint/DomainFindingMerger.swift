/// Reports each problem of a domain once, however many forms of it a bundle holds.
///
/// A bundle often has the same guest three times: the persistent definition
/// (`etc/libvirt/qemu/NAME.xml`), the live status (`run/libvirt/qemu/NAME.xml`, a
/// `<domstatus>`) and a `virsh dumpxml` in `sos_commands/virsh`. A PCI hostdev in that guest is
/// one problem, not three. Documents are grouped by domain identity (UUID, else name); within a
/// group, findings of the same rule on the same element are merged into one finding at the most
/// useful form (the persistent definition, which the user edits), with the other forms'
/// places as related locations.
///
/// "The same element" is the rule, the element's name and its rank among that rule's findings
/// on elements of that name in the document (libvirt writes devices in the same order in every
/// form). `<domain>` and `<cpu>` count as one element, because a CPU rule points at `<domain>`
/// when a definition has no `<cpu>` and a live status may have one filled in. Findings placed
/// outside the document (a host fact) merge when their places are equal. The result does not
/// depend on the order documents are given in.
public struct DomainFindingMerger: Sendable {
    public init() {}

    /// One document and the domain-rule findings it produced.
    public struct Linted: Sendable {
        public let document: DomainDocument
        public let findings: [Finding]

        public init(document: DomainDocument, findings: [Finding]) {
            self.document = document
            self.findings = findings
        }
    }

    /// The findings of one bundle's domains, merged across forms of the same domain.
    public func merge(_ linted: [Linted]) -> [Finding] {
        var groups: [String: [Linted]] = [:]
        var merged: [Finding] = []
        for entry in linted {
            guard let key = entry.document.identity.key else {
                merged += entry.findings  // Nothing says which domain this is: never merged.
                continue
            }
            groups[key, default: []].append(entry)
        }
        for key in groups.keys.sorted() {
            let forms = groups[key]!.sorted { Self.preference($0.document) < Self.preference($1.document) }
            merged += mergeGroup(forms)
        }
        return merged
    }

    /// Forms in the order their places are preferred: the persistent definition first (what
    /// the user edits), then a `virsh dumpxml`, then the live status; ties by path.
    static func preference(_ document: DomainDocument) -> (Int, String) {
        let rank: Int
        switch document.artifact.kind {
        case .persistentDomain: rank = 0
        case .dumpedDomain: rank = 1
        case .liveDomain: rank = 2
        default: rank = 3
        }
        return (rank, document.artifact.file.path)
    }

    private func mergeGroup(_ forms: [Linted]) -> [Finding] {
        var order: [String] = []
        var findings: [String: Finding] = [:]
        for form in forms {
            var ranks: [String: Int] = [:]
            for finding in form.findings {
                let element = elementKey(of: finding, in: form.document)
                let rank = ranks["\(finding.ruleID)|\(element)", default: 0]
                ranks["\(finding.ruleID)|\(element)"] = rank + 1
                let key = "\(finding.ruleID)|\(element)|\(rank)"
                guard let primary = findings[key] else {
                    order.append(key)
                    findings[key] = finding
                    continue
                }
                findings[key] = adding(finding, from: form.document, to: primary)
            }
        }
        return order.map { findings[$0]! }
    }

    /// What identifies the flagged element across forms.
    private func elementKey(of finding: Finding, in document: DomainDocument) -> String {
        let location = finding.location
        guard location.file == document.artifact.file else {
            return "at:\(location.file.path):\(location.line):\(location.excerpt)"
        }
        // The excerpt is `name attr="v" …` (XMLElementValue.excerpt): its first word is the name.
        let name = location.excerpt.prefix { $0 != " " }
        return name == "domain" ? "cpu" : String(name)
    }

    /// `primary` with the other form's place (and its related places) added.
    private func adding(_ other: Finding, from document: DomainDocument, to primary: Finding) -> Finding {
        var related = primary.related
        if other.location != primary.location {
            related.append(RelatedLocation(location: other.location, message: "the same problem in \(Self.describe(document))"))
        }
        for place in other.related where place.location != primary.location && !related.contains(place) {
            related.append(place)
        }
        return Finding(
            ruleID: primary.ruleID, severity: primary.severity, message: primary.message, location: primary.location,
            related: related, suite: primary.suite, fingerprint: primary.fingerprint)
    }

    static func describe(_ document: DomainDocument) -> String {
        switch document.artifact.kind {
        case .liveDomain: "the live status of this domain (\(document.liveState ?? "unknown state"))"
        case .dumpedDomain: "the virsh dumpxml output of this domain"
        case .persistentDomain: "another persistent definition with the same identity"
        default: "another form of this domain"
        }
    }
}
