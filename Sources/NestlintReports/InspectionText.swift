import NestlintCore

/// Renders `nestlint inspect` output.
public struct InspectionText: Sendable {
    public init() {}

    public func render(_ inspection: Inspection) -> String {
        var text = ""
        for entry in inspection.entries {
            let snapshot = entry.snapshot
            switch snapshot.kind {
            case .bundle: text += "\(snapshot.name): host bundle (\(snapshot.layout ?? "rootfs") layout)\n"
            case .templates: text += "\(snapshot.name): templates and configuration files (not a bundle)\n"
            }
            if entry.files.isEmpty { text += "  no artifacts found\n" }
            text += entry.files.isEmpty ? "" : "  artifacts:\n"
            for file in entry.files {
                text += "    \(file.reference.file.path)  [\(file.reference.kind.rawValue)]"
                if let reason = file.reference.modprobePlacement?.ignoredBecause { text += "  ignored by modprobe: \(reason)" }
                text += "\n"
                for problem in file.problems {
                    text += "      problem (\(problem.kind.rawValue)) at line \(problem.location.line): \(problem.message)\n"
                }
            }
            for host in entry.hosts where host.isBundle || !host.facts.facts.isEmpty {
                text += "  host \(host.name):\n"
                text += hostSummary(host.details)
                text += "    facts:\n"
                for name in host.facts.facts.keys.sorted() {
                    let fact = host.facts.facts[name]!
                    text += "      \(name) = \(fact.value)\(fact.location.map { "  (\($0))" } ?? "")\n"
                }
            }
            for domain in entry.domains {
                let form = domain.liveState.map { "live, \($0)" } ?? "definition"
                text +=
                    "  domain \(domain.name.isEmpty ? "(unnamed)" : domain.name) [\(domain.type), \(form)] \(domain.file.path):\(domain.line)"
                text +=
                    "  intent: role \(domain.intent.role.rawValue), operations [\(domain.intent.operations.sorted().map(\.rawValue).joined(separator: " "))] from \(domain.intent.source.rawValue)"
                if let skipped = domain.skipped { text += "  skipped: \(skipped)" }
                text += "\n"
            }
        }
        return text
    }

    /// The nesting picture of one host: vendor module, chain of assignments, runtime value,
    /// module users, and what modprobe reads.
    func hostSummary(_ host: HostInspection) -> String {
        var text = "    vendor module: \(host.vendorModule ?? "unknown") (\(host.vendorEvidence))\n"
        for chain in host.chains {
            text += "    \(chain.module) nested:\n"
            if chain.assignments.isEmpty {
                text += "      configured: not set in any read file or the kernel command line (the kernel default applies)\n"
            } else {
                let effective = chain.effective.map { $0 ? "on" : "off" } ?? "invalid value (the module would not load)"
                text += "      configured: \(effective) (files in kmod order, then the kernel command line; the last assignment wins)\n"
                for (index, assignment) in chain.assignments.enumerated() {
                    let marker = index == chain.assignments.count - 1 ? "wins" : "overridden"
                    text += "        \(assignment.location.file.path):\(assignment.location.line): \(assignment.token)  (\(marker))\n"
                }
            }
            guard chain.module == host.vendorModule else { continue }
            if let runtime = host.runtimeNested {
                text += "      at runtime: \(runtime.raw ?? runtime.value.description) (\(runtime.location?.description ?? "?"))\n"
            } else {
                text += "      at runtime: unknown (no sysfs value in the bundle)\n"
            }
            if let users = host.users {
                let holders = host.holders.isEmpty ? "" : "; held by \(host.holders.joined(separator: ", "))"
                text += "      module users (lsmod Used-by): \(users.value) (\(users.location?.description ?? "?"))\(holders)\n"
            } else {
                text += "      module users: unknown (\(chain.module) not in the loaded-module lists, or none collected)\n"
            }
        }
        if !host.readOrder.isEmpty {
            text += "    modprobe reads, in order: \(host.readOrder.map(\.path).joined(separator: ", "))\n"
        }
        for file in host.ignored {
            text += "    not read by modprobe: \(file.file.path) (\(file.detail))\n"
        }
        for file in host.dropped {
            text += "    dropped by modprobe: \(file.file.path) (\(file.detail))\n"
        }
        for block in host.blocks {
            text += "    stops a KVM module from loading: \(block): \(block.excerpt)\n"
        }
        return text
    }
}
