/// Derives the named host facts rules read (README, "Facts") from one host's artifacts.
///
/// Meanings that need real code live here (kmod's effective options, the vendor module, value
/// parsing by kernel release, module users, L1 evidence); rule files stay declarative and only
/// compare facts. A fact is set to an explicit `false` when the evidence is there and negative,
/// and left out when there is no evidence, so that rules stay silent on what was not collected.
public struct HostFactsBuilder: Sendable {
    public let parameters: ModuleParameterTable

    /// The KVM modules whose presence or configuration shows KVM in use (NL201).
    static let kvmModules = ["kvm", "kvm_intel", "kvm_amd", "kvm_hv"]

    public init(parameters: ModuleParameterTable) {
        self.parameters = parameters
    }

    public func facts(for host: HostArtifacts) -> FactSet {
        // Room for a bundle's facts, so that filling the set never grows its tables.
        var facts = FactSet(
            facts: Dictionary(minimumCapacity: Self.factCapacity + host.sysfs.count),
            collections: Dictionary(minimumCapacity: Self.collectionCount))
        let configuration = ModprobeConfiguration(files: host.modprobeFiles)
        let options = EffectiveModuleOptions(configuration: configuration, commandLine: host.commandLine)
        facts["host.is-bundle"] = Fact(.bool(host.isBundle))
        addCPUFacts(host, into: &facts)
        let inference = VendorModuleInference.infer(host, options: options)
        let vendorModule = inference?.module
        if let inference {
            facts["host.vendor-module"] = Fact(.string(inference.module), at: inference.location)
            facts["host.vendor-module-source"] = Fact(
                .string(inference.source.rawValue), at: inference.location, raw: inference.explanation)
        }
        if let kernel = host.kernelVersion {
            facts["kernel.version"] = Fact(.version(kernel.version), at: kernel.location, raw: kernel.version.release)
        }
        addModuleFacts(host, vendorModule: vendorModule, into: &facts)
        addConfigFacts(host, options: options, vendorModule: vendorModule, into: &facts)
        addRuntimeFacts(host, vendorModule: vendorModule, into: &facts)
        addDomainFacts(host, options: options, into: &facts)
        let items = ModprobeConfigurationItems(configuration: configuration, commandLine: host.commandLine, vendorModule: vendorModule)
        facts.collections["modprobe.assignments"] = assignmentItems(host, options: options)
        facts.collections["modprobe.ignored-kvm-options"] = items.ignoredKVMOptions
        facts.collections["modprobe.shadowed-kvm-files"] = items.shadowedKVMFiles
        facts.collections["modprobe.junk-options"] = items.junkOptions
        facts.collections["modprobe.kvm-blocks"] = items.kvmBlocks
        facts.collections["config.nested-conflicts"] = conflictItems(options: options, vendorModule: vendorModule)
        facts.collections["host.nesting-outside-x86"] = nestingOutsideX86Items(host, facts: facts)
        return facts
    }

    /// About the most named facts a bundle has besides its `sysfs.` ones.
    static let factCapacity = 40
    /// The collections `facts(for:)` sets.
    static let collectionCount = 7

    /// `x86`, `s390x`, `ppc64` or `aarch64`, the names the parameter table uses.
    static func architectureFamily(_ architecture: String?) -> String? {
        switch architecture {
        case "x86_64"?, "x86"?: "x86"
        case let other?: other
        case nil: nil
        }
    }

    // MARK: CPU

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

    // MARK: Loaded modules

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
            let holders = listed.holders.isEmpty ? "" : " (held by \(listed.holders.joined(separator: ", ")))"
            facts["modules.vendor-users"] = Fact(.int(listed.useCount), at: listed.location)
            facts["modules.vendor-holders"] = Fact(.list(listed.holders), at: listed.location, raw: holders)
        }
    }

    // MARK: Configuration

    private func addConfigFacts(_ host: HostArtifacts, options: EffectiveModuleOptions, vendorModule: String?, into facts: inout FactSet) {
        for (module, name) in Self.optionsFactNames {
            let first = options.assignments[module]?.first
            facts[name] = Fact(.bool(first != nil), at: first?.location)
        }
        guard let vendorModule else { return }
        if let other = Self.otherVendorModule(of: vendorModule) {
            let vendorFirst = options.assignments[vendorModule]?.first
            let otherFirst = options.assignments[other]?.first
            facts["config.options.vendor"] = Fact(.bool(vendorFirst != nil), at: vendorFirst?.location, raw: vendorModule)
            facts["config.options.other-vendor"] = Fact(.bool(otherFirst != nil), at: otherFirst?.location, raw: other)
        }
        let chain = options.chain(module: vendorModule, parameter: "nested")
        // Whether nested= is written anywhere modprobe or the kernel reads: known when the host
        // has configuration evidence (its modprobe.d files or its command line).
        if !host.isBundle || !host.modprobeFiles.isEmpty || host.commandLine != nil {
            facts["config.nested-assigned"] = Fact(
                .bool(!chain.isEmpty),
                at: chain.last?.location ?? host.commandLine?.location
                    ?? host.modprobeFiles.first.map { SourceLocation(file: $0.reference.file, line: 1) })
        }
        guard let winner = chain.last else { return }
        let overridden = chain.dropLast().map {
            RelatedLocation(location: $0.location, message: "overridden: \($0.token)")
        }
        if let truth = parameters.truth(of: winner) {
            facts["config.nested"] = Fact(.bool(truth), at: winner.location, raw: winner.value ?? winner.token, related: overridden)
        }
        let truths = Set(chain.compactMap { parameters.truth(of: $0) })
        facts["config.nested-conflict"] = Fact(.bool(truths.count > 1), at: winner.location, raw: winner.token, related: overridden)
    }

    /// The modules whose `options` lines `config.options.<module>` tells of, with that name.
    static let optionsFactNames = [
        ("kvm", "config.options.kvm"), ("kvm_intel", "config.options.kvm_intel"), ("kvm_amd", "config.options.kvm_amd"),
    ]

    /// The x86 vendor module of the other vendor; `nil` for other modules.
    static func otherVendorModule(of module: String) -> String? {
        switch module {
        case "kvm_intel": "kvm_amd"
        case "kvm_amd": "kvm_intel"
        default: nil
        }
    }

    /// `config.nested-conflicts`: one item per module whose `nested` is assigned several times
    /// with different truth values (NL103), at the winning assignment. Without a vendor module
    /// (a bundle with no cpuinfo) every vendor module is checked: a conflict is one either way.
    private func conflictItems(options: EffectiveModuleOptions, vendorModule: String?) -> [FactItem] {
        let modules = vendorModule.map { [$0] } ?? ["kvm_intel", "kvm_amd", "kvm_hv"]
        return modules.compactMap { module in
            let chain = options.chain(module: module, parameter: "nested")
            let truths = chain.map { parameters.truth(of: $0) }
            guard let winner = chain.last, Set(truths.compactMap { $0 }).count > 1 else { return nil }
            let effective = truths.last!
            let related = chain.dropLast().map { assignment in
                let truth = parameters.truth(of: assignment).map { $0 ? "on" : "off" } ?? "invalid"
                return RelatedLocation(location: assignment.location, message: "overridden: \(assignment.token) (\(truth))")
            }
            return FactItem(
                location: winner.location,
                fields: [
                    "module": Fact(.string(module)),
                    "token": Fact(.string(winner.token)),
                    "effective": Fact(
                        .string(effective.map { $0 ? "on" : "off" } ?? "invalid"),
                        raw: effective.map { $0 ? "on" : "off" }
                            ?? "undetermined (the winning value is invalid, so the module does not load)"),
                    "count": Fact(.int(chain.count)),
                    "overridden": Fact(.string(chain.dropLast().map { "\($0.location): \($0.token)" }.joined(separator: ", "))),
                ],
                related: related)
        }
    }

    // MARK: Runtime

    private func addRuntimeFacts(_ host: HostArtifacts, vendorModule: String?, into facts: inout FactSet) {
        for parameter in host.sysfs {
            facts["sysfs.\(parameter.module).\(parameter.parameter)"] = Fact(
                .string(parameter.value), at: parameter.location, raw: parameter.value)
        }
        func truth(_ module: String, _ name: String) -> (Bool, SysfsParameter)? {
            guard let value = host.sysfs.first(where: { $0.module == module && $0.parameter == name }) else { return nil }
            let assignment = ParameterAssignment(
                module: module, parameter: name, value: value.value, token: value.value, source: .modprobe, location: value.location)
            return parameters.truth(of: assignment).map { ($0, value) }
        }
        if let vendorModule, let (nested, value) = truth(vendorModule, "nested") {
            facts["runtime.nested"] = Fact(.bool(nested), at: value.location, raw: value.value)
        }
        let pagingParameter: String? =
            switch vendorModule {
            case "kvm_intel"?: "ept"
            case "kvm_amd"?: "npt"
            default: nil
            }
        if let vendorModule, let pagingParameter, let (paging, value) = truth(vendorModule, pagingParameter) {
            facts["runtime.two-dimensional-paging"] = Fact(.bool(paging), at: value.location, raw: "\(pagingParameter)=\(value.value)")
        }
        // The host's nesting: the running module's value, else the configured one.
        if let runtime = facts["runtime.nested"] {
            facts["host.nesting-enabled"] = Fact(
                runtime.value, at: runtime.location,
                raw: "\(vendorModule ?? "") nested=\(runtime.raw ?? runtime.value.description) at runtime")
        } else if let configured = facts["config.nested"] {
            facts["host.nesting-enabled"] = Fact(
                configured.value, at: configured.location,
                raw: "\(vendorModule ?? "") nested=\(configured.raw ?? configured.value.description) configured",
                related: configured.related)
        }
        addSEVFacts(host, truth: truth, into: &facts)
    }

    /// `host.sev-enabled` / `host.sev-snp-enabled` (NL707): kvm_amd's `sev`/`sev_snp` in sysfs;
    /// false on an Intel CPU, or when kvm_amd's parameters were collected without them.
    private func addSEVFacts(_ host: HostArtifacts, truth: (String, String) -> (Bool, SysfsParameter)?, into facts: inout FactSet) {
        let amdParameters = host.sysfs.filter { $0.module == "kvm_amd" }
        for (fact, name) in [("host.sev-enabled", "sev"), ("host.sev-snp-enabled", "sev_snp")] {
            if let (enabled, value) = truth("kvm_amd", name) {
                facts[fact] = Fact(.bool(enabled), at: value.location, raw: "kvm_amd \(name)=\(value.value)")
            } else if let first = amdParameters.first {
                facts[fact] = Fact(.bool(false), at: first.location, raw: "kvm_amd has no \(name) parameter")
            } else if let cpu = host.cpuinfo, cpu.vendor == .intel {
                facts[fact] = Fact(.bool(false), at: cpu.vendorLocation, raw: "the CPU is Intel")
            }
        }
    }

    // MARK: Domains and KVM use

    private func addDomainFacts(_ host: HostArtifacts, options: EffectiveModuleOptions, into facts: inout FactSet) {
        guard host.isBundle else { return }
        // Only type='kvm' domains use hardware virtualization; 'qemu' (TCG) guests need no vmx/svm.
        let kvmDomains = host.domains.filter { $0.domain.attributes["type"] == "kvm" }
        // One guest often appears twice (its definition and its live status): count guests.
        var seen: Set<String> = []
        let guests = kvmDomains.filter { domain in
            guard let key = domain.identity.key else { return true }
            return seen.insert(key).inserted
        }
        // A document's location spells out its element's attributes: each is worked out once.
        let firstKVMLocation = kvmDomains.first?.location
        facts["host.kvm-domains"] = Fact(.int(guests.count), at: firstKVMLocation)
        let running = kvmDomains.filter { $0.liveState == "running" }
        let firstRunningLocation = running.first?.rootLocation
        facts["host.running-guests"] = Fact(.int(running.count), at: firstRunningLocation)
        let users = facts["modules.vendor-users"]
        let holdsGuests = (users.flatMap { if case .int(let count) = $0.value { count } else { nil } } ?? 0) > 0
        if !running.isEmpty || holdsGuests {
            facts["host.l2-running"] = Fact(.bool(true), at: firstRunningLocation ?? users?.location)
        } else if !host.loadedModules.isEmpty || !host.domains.isEmpty {
            facts["host.l2-running"] = Fact(
                .bool(false), at: host.loadedModules.first.map { SourceLocation(file: $0.file, line: 1) } ?? host.domains.first?.location)
        }
        // NL201: whether the bundle shows KVM in use (always known for a bundle).
        var evidence: (text: String, location: SourceLocation?)?
        if let location = firstKVMLocation {
            evidence = ("it defines \(guests.count) type='kvm' domain(s) (first: \(location))", location)
        } else if let module = host.loadedModules.lazy.compactMap({ list in Self.kvmModules.lazy.compactMap { list.modules[$0] }.first })
            .first
        {
            evidence = ("\(module.name) is loaded (\(module.location))", module.location)
        } else if let module = Self.kvmModules.first(where: { host.sysModules?.contains($0) == true }) {
            evidence = ("/sys/module/\(module) exists", host.sysfs.first { $0.module == module }?.location)
        } else if let assignment = ["kvm", "kvm_intel", "kvm_amd", "kvm_hv"].lazy.compactMap({ options.assignments[$0]?.first }).first {
            evidence = ("\(assignment.location) configures \(assignment.module)", assignment.location)
        }
        facts["host.kvm-in-use"] = Fact(
            .bool(evidence != nil), at: evidence?.location ?? host.cpuinfo?.flagsLocation,
            raw: evidence?.text ?? "no KVM domain, module or configuration")
    }

    // MARK: Collections

    /// Every `options`/cmdline assignment as an item, for per-token rules (NL104–NL106).
    private func assignmentItems(_ host: HostArtifacts, options: EffectiveModuleOptions) -> [FactItem] {
        let kernel = host.kernelVersion?.version
        let knownFamily = Self.architectureFamily(host.cpuinfo?.architecture)
        // Without cpuinfo the host is taken to be x86, by far the common case; messages say so.
        let family = knownFamily ?? "x86"
        let architecture = Fact(.string(family))
        let architectureAssumed = Fact(.bool(knownFamily == nil))
        var items: [FactItem] = []
        for module in options.assignments.keys.sorted() {
            let chain = options.assignments[module]!
            let moduleFact = Fact(.string(module))
            for (index, assignment) in chain.enumerated() {
                let isLast = !chain[(index + 1)...].contains { $0.parameter == assignment.parameter }
                let description = parameters.describe(module: module, parameter: assignment.parameter, architecture: family)
                // Room for every field an item can have, so that filling it never grows the table.
                var fields = [String: Fact](minimumCapacity: Self.assignmentFieldCount)
                fields["module"] = moduleFact
                fields["parameter"] = Fact(.string(assignment.parameter))
                fields["token"] = Fact(.string(assignment.token))
                fields["source"] = Fact(.string(assignment.source.rawValue))
                fields["has-value"] = Fact(.bool(assignment.value != nil))
                fields["effective"] = Fact(.bool(isLast))
                fields["junk"] = Fact(.bool(assignment.isJunk))
                fields["known-module"] = Fact(.bool(description.knowsModule))
                fields["arch"] = architecture
                fields["arch-assumed"] = architectureAssumed
                fields["value-shown"] = Fact(.string(Self.shown(assignment.value)))
                if let value = assignment.value { fields["value"] = Fact(.string(value)) }
                if let exists = description.exists {
                    fields["known-parameter"] = Fact(.bool(exists))
                    if let suggestion = description.suggestion { fields["suggestion"] = Fact(.string(suggestion)) }
                    if !description.owners.isEmpty { fields["belongs-to"] = Fact(.string(description.owners.joined(separator: " or "))) }
                }
                if let types = description.types {
                    fields["type"] = Fact(.string(types[0].rawValue))
                    let check = ParameterValueCheck.check(assignment.value, types: types, kernel: kernel)
                    fields["value-check"] = Fact(.string(check.verdict.rawValue))
                    fields["expected"] = Fact(.string(check.expected))
                    if let since = check.acceptedSince { fields["accepted-since"] = Fact(.string(since)) }
                    if types.count > 1 {
                        fields["types"] = Fact(.string(types.map(\.rawValue).joined(separator: " or ")))
                    }
                }
                items.append(FactItem(location: assignment.location, fields: fields))
            }
        }
        return items
    }

    /// The most fields an assignment item has (the eleven every item has, `value`,
    /// `known-parameter`, `suggestion`, `belongs-to`, `type`, `value-check`, `expected`,
    /// `accepted-since`, `types`).
    static let assignmentFieldCount = 20

    static func shown(_ value: String?) -> String {
        guard let value else { return "no value" }
        return value.isEmpty ? "an empty value" : "'\(value)'"
    }

    static let nestedHVQuery = try! XPathQuery("features/nested-hv[@state='on']")

    /// The architectures NL208 is about, as cpuinfo and `os/type/@arch` name them.
    static let architecturesOutsideX86: Set<String> = ["aarch64", "ppc64", "ppc64le", "s390x"]

    /// `host.nesting-outside-x86` (NL208): the host itself when it is aarch64, ppc64 or s390x
    /// with nesting on or requested, and each domain of the bundle of such an architecture that
    /// requests nesting (`<nested-hv state='on'/>`, or intent role hypervisor in its metadata).
    private func nestingOutsideX86Items(_ host: HostArtifacts, facts: FactSet) -> [FactItem] {
        let outside = Self.architecturesOutsideX86
        var items: [FactItem] = []
        if let architecture = host.cpuinfo?.architecture, outside.contains(architecture) {
            var place: (location: SourceLocation, how: String)?
            for name in ["runtime.nested", "config.nested"] {
                if let fact = facts[name], fact.value == .bool(true), let location = fact.location {
                    place = (location, name == "runtime.nested" ? "nested is on at runtime" : "nested is enabled in the configuration")
                    break
                }
            }
            if place == nil, let commandLine = host.commandLine,
                commandLine.moduleParameters.contains(where: { $0.module == "kvm_arm" && $0.parameter == "mode" && $0.value == "nested" })
            {
                place = (commandLine.location, "kvm-arm.mode=nested is on the kernel command line")
            }
            if let place {
                items.append(
                    FactItem(
                        location: place.location,
                        fields: [
                            "subject": Fact(.string("this \(architecture) host")), "how": Fact(.string(place.how)),
                            "arch": Fact(.string(architecture)),
                        ]))
            }
        }
        let intents = DomainFactsBuilder()
        for domain in host.domains {
            // string(os/type/@arch), by walking the tree: asked of every domain of every host.
            let architecture = domain.document.attributeText("arch", along: ["os", "type"], fromElementAtPath: domain.elementPath)
            guard outside.contains(architecture) else { continue }
            let name = domain.identity.name ?? domain.artifact.file.path
            if let element = domain.element(Self.nestedHVQuery) {
                items.append(
                    FactItem(
                        location: SourceLocation(file: domain.artifact.file, line: element.line, excerpt: element.excerpt),
                        fields: [
                            "subject": Fact(.string("the \(architecture) guest \(name)")),
                            "how": Fact(.string("it sets <nested-hv state='on'/>")), "arch": Fact(.string(architecture)),
                        ]))
            } else if intents.intent(of: domain).role == .hypervisor {
                items.append(
                    FactItem(
                        location: domain.location,
                        fields: [
                            "subject": Fact(.string("the \(architecture) guest \(name)")),
                            "how": Fact(.string("its intent role is hypervisor")), "arch": Fact(.string(architecture)),
                        ]))
            }
        }
        return items
    }
}
