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
                if let module = host.vendorModule {
                    text += "    vendor module: \(module)\n"
                    let runtime = host.facts["runtime.nested"]
                    text += "    nested at runtime: \(runtime.map { "\($0.raw ?? $0.value.description) (\($0.location?.description ?? "?"))" } ?? "unknown (no sysfs value)")\n"
                    if host.nestedChain.isEmpty {
                        text += "    nested configured: not set in any read file or the kernel command line\n"
                    } else {
                        let effective = host.facts["config.nested"]
                        text += "    nested configured: \(effective.map { $0.value.description } ?? "invalid value") (last assignment wins)\n"
                        for (index, assignment) in host.nestedChain.enumerated() {
                            let marker = index == host.nestedChain.count - 1 ? "wins" : "overridden"
                            text += "      \(assignment.location.file.path):\(assignment.location.line): \(assignment.token)  (\(marker))\n"
                        }
                    }
                    if let users = host.facts["modules.vendor-users"] {
                        text += "    module users (lsmod Used-by): \(users.value)\n"
                    }
                }
                text += "    facts:\n"
                for name in host.facts.facts.keys.sorted() {
                    let fact = host.facts.facts[name]!
                    text += "      \(name) = \(fact.value)\(fact.location.map { "  (\($0))" } ?? "")\n"
                }
            }
            for domain in entry.domains {
                let form = domain.liveState.map { "live, \($0)" } ?? "definition"
                text += "  domain \(domain.name.isEmpty ? "(unnamed)" : domain.name) [\(domain.type), \(form)] \(domain.file.path):\(domain.line)"
                text += "  intent: role \(domain.intent.role.rawValue), operations [\(domain.intent.operations.sorted().map(\.rawValue).joined(separator: " "))] from \(domain.intent.source.rawValue)"
                if let skipped = domain.skipped { text += "  skipped: \(skipped)" }
                text += "\n"
            }
        }
        return text
    }
}
