/// Derives the named host facts rules read (README, "Facts") from one host's artifacts.
///
/// Meanings that need real code live here (kmod's effective options, the vendor module, module
/// users, L1 evidence); rule files stay declarative and only compare facts.
public struct HostFactsBuilder: Sendable {
    public let parameters: ModuleParameterTable

    public init(parameters: ModuleParameterTable) {
        self.parameters = parameters
    }

    public func facts(for host: HostArtifacts) -> FactSet {
        var facts = FactSet()
        let configuration = ModprobeConfiguration(files: host.modprobeFiles)
        let options = EffectiveModuleOptions(configuration: configuration, commandLine: host.commandLine)
        facts["host.is-bundle"] = Fact(.bool(host.isBundle))
        addCPUFacts(host, into: &facts)
        let vendorModule = vendorModule(host, options: options)
        if let vendorModule {
            facts["host.vendor-module"] = Fact(.string(vendorModule), at: host.cpuinfo?.vendorLocation)
        }
        addModuleFacts(host, vendorModule: vendorModule, into: &facts)
        addConfigFacts(host, options: options, vendorModule: vendorModule, into: &facts)
        for parameter in host.sysfs {
            facts["sysfs.\(parameter.module).\(parameter.parameter)"] = Fact(.string(parameter.value), at: parameter.location, raw: parameter.value)
        }
        if let vendorModule, let nested = host.sysfs.first(where: { $0.module == vendorModule && $0.parameter == "nested" }) {
            let truth = parameters.truth(
                of: ParameterAssignment(
                    module: vendorModule, parameter: "nested", value: nested.value, token: nested.value, source: .modprobe,
                    location: nested.location))
            if let truth { facts["runtime.nested"] = Fact(.bool(truth), at: nested.location, raw: nested.value) }
        }
        if let kernel = host.kernelVersion {
            facts["kernel.version"] = Fact(.version(kernel.version), at: kernel.location, raw: kernel.version.release)
        }
        addDomainFacts(host, into: &facts)
        facts.collections["modprobe.assignments"] = assignmentItems(options: options)
        return facts
    }

    private func addCPUFacts(_ host: HostArtifacts, into facts: inout FactSet) {
        guard let cpu = host.cpuinfo else { return }
        if let vendor = cpu.vendor {
            facts["cpu.vendor"] = Fact(.string(vendor.rawValue), at: cpu.vendorLocation, raw: cpu.vendorID)
        }
        if let architecture = cpu.architecture {
            facts["cpu.arch"] = Fact(.string(architecture), at: cpu.flagsLocation ?? cpu.vendorLocation)
        }
        guard let flagsLocation = cpu.flagsLocation else { return }
        let vmx = cpu.flags.contains("vmx")
        let svm = cpu.flags.contains("svm")
        facts["cpu.vmx"] = Fact(.bool(vmx), at: flagsLocation)
        facts["cpu.svm"] = Fact(.bool(svm), at: flagsLocation)
        facts["cpu.virt-extension"] = Fact(.bool(vmx || svm), at: flagsLocation, raw: vmx ? "vmx" : (svm ? "svm" : "neither vmx nor svm"))
        facts["cpu.hypervisor"] = Fact(.bool(cpu.flags.contains("hypervisor")), at: flagsLocation)
    }

    /// The KVM module that implements nesting on this host: from the CPU vendor, else from the
    /// module evidence, else from the only vendor module the configuration names.
    private func vendorModule(_ host: HostArtifacts, options: EffectiveModuleOptions) -> String? {
        if let cpu = host.cpuinfo {
            switch cpu.vendor {
            case .intel?: return "kvm_intel"
            case .amd?, .hygon?: return "kvm_amd"
            default: break
            }
            switch cpu.architecture {
            case "s390x"?: return "kvm"
            case "ppc64"?: return "kvm_hv"
            default: break
            }
        }
        let evidence = Set(host.sysfs.map(\.module)).union(host.loadedModules.flatMap { $0.modules.keys })
        let vendors = ["kvm_intel", "kvm_amd"]
        if let found = vendors.filter(evidence.contains).onlyElement { return found }
        return vendors.filter { options.assignments[$0] != nil }.onlyElement
    }

    private func addModuleFacts(_ host: HostArtifacts, vendorModule: String?, into facts: inout FactSet) {
        let evidenceLocation = host.loadedModules.first.map { SourceLocation(file: $0.file, line: 1) }
        let hasEvidence = !host.loadedModules.isEmpty || host.sysModules != nil
        guard host.isBundle else { return }
        facts["modules.evidence"] = Fact(.bool(hasEvidence), at: evidenceLocation)
        guard let vendorModule else { return }
        let listed = host.loadedModules.lazy.compactMap { $0.modules[vendorModule] }.first
        let builtin = host.builtinModules[vendorModule]
        facts["modules.vendor-builtin"] = Fact(.bool(builtin != nil), at: builtin)
        if hasEvidence {
            let inSysfs = host.sysModules?.contains(vendorModule) ?? false
            facts["modules.vendor-loaded"] = Fact(.bool(listed != nil || inSysfs), at: listed?.location ?? evidenceLocation)
        }
        if let listed {
            facts["modules.vendor-users"] = Fact(.int(listed.useCount), at: listed.location)
        }
    }

    private func addConfigFacts(_ host: HostArtifacts, options: EffectiveModuleOptions, vendorModule: String?, into facts: inout FactSet) {
        var firstOptions: [String: ParameterAssignment] = [:]
        for module in ["kvm", "kvm_intel", "kvm_amd"] {
            let first = options.assignments[module]?.first { $0.source == .modprobe }
            firstOptions[module] = first
            facts["config.options.\(module)"] = Fact(.bool(first != nil), at: first?.location)
        }
        guard let vendorModule else { return }
        if let other = ["kvm_intel": "kvm_amd", "kvm_amd": "kvm_intel"][vendorModule] {
            facts["config.options.vendor"] = Fact(.bool(firstOptions[vendorModule] != nil), at: firstOptions[vendorModule]?.location, raw: vendorModule)
            facts["config.options.other-vendor"] = Fact(.bool(firstOptions[other] != nil), at: firstOptions[other]?.location, raw: other)
        }
        let chain = options.chain(module: vendorModule, parameter: "nested")
        guard let winner = chain.last else { return }
        let truth = parameters.truth(of: winner)
        let overridden = chain.dropLast().map {
            RelatedLocation(location: $0.location, message: "overridden: \($0.token)")
        }
        if let truth {
            facts["config.nested"] = Fact(.bool(truth), at: winner.location, raw: winner.value ?? winner.token, related: overridden)
        }
        let truths = Set(chain.compactMap { parameters.truth(of: $0) })
        facts["config.nested-conflict"] = Fact(.bool(truths.count > 1), at: winner.location, raw: winner.token, related: overridden)
    }

    private func addDomainFacts(_ host: HostArtifacts, into facts: inout FactSet) {
        guard host.isBundle else { return }
        // Only type='kvm' domains use hardware virtualization; 'qemu' (TCG) guests need no vmx/svm.
        let kvmDomains = host.domains.filter { $0.domain.attributes["type"] == "kvm" }
        facts["host.kvm-domains"] = Fact(.int(kvmDomains.count), at: kvmDomains.first?.location)
        let running = kvmDomains.filter { $0.liveState == "running" }
        facts["host.running-guests"] = Fact(.int(running.count), at: running.first?.rootLocation)
        let users = facts["modules.vendor-users"]
        let holdsGuests = (users.flatMap { if case .int(let count) = $0.value { count } else { nil } } ?? 0) > 0
        if !running.isEmpty || holdsGuests {
            facts["host.l2-running"] = Fact(.bool(true), at: running.first?.rootLocation ?? users?.location)
        } else if !host.loadedModules.isEmpty || !host.domains.isEmpty {
            facts["host.l2-running"] = Fact(.bool(false), at: host.loadedModules.first.map { SourceLocation(file: $0.file, line: 1) } ?? host.domains.first?.location)
        }
    }

    /// Every `options`/cmdline assignment as an item, for per-token rules.
    private func assignmentItems(options: EffectiveModuleOptions) -> [FactItem] {
        var items: [FactItem] = []
        for module in options.assignments.keys.sorted() {
            let chain = options.assignments[module]!
            for (index, assignment) in chain.enumerated() {
                let isLast = !chain[(index + 1)...].contains { $0.parameter == assignment.parameter }
                var fields: [String: Fact] = [
                    "module": Fact(.string(module)),
                    "parameter": Fact(.string(assignment.parameter)),
                    "token": Fact(.string(assignment.token)),
                    "source": Fact(.string(assignment.source.rawValue)),
                    "has-value": Fact(.bool(assignment.value != nil)),
                    "effective": Fact(.bool(isLast)),
                    "known-module": Fact(.bool(parameters.knows(module: module))),
                ]
                if let value = assignment.value { fields["value"] = Fact(.string(value)) }
                if let type = parameters.type(module: module, parameter: assignment.parameter) {
                    fields["type"] = Fact(.string(type.rawValue))
                }
                items.append(FactItem(location: assignment.location, fields: fields))
            }
        }
        return items
    }
}

extension Array {
    /// The element when there is exactly one.
    var onlyElement: Element? { count == 1 ? first : nil }
}
