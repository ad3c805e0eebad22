/// The host part of `nestlint inspect`: which module implements nesting and why, the chain of
/// `nested` assignments in the order kmod and the kernel apply them (file:line each), the value
/// in force at runtime, the module's users, and what modprobe reads, ignores or drops.
public struct HostInspection: Sendable {
    /// The `nested` assignments of one module, in application order; the last one wins.
    public struct Chain: Sendable {
        public let module: String
        public let assignments: [ParameterAssignment]
        /// The effective value (`nil` when the winning value is invalid or there is none).
        public let effective: Bool?
    }

    public struct File: Sendable {
        public let file: SourceFile
        /// Why kmod does not read it (ignored), or the copy that replaces it (dropped).
        public let detail: String
    }

    public let vendorModule: String?
    /// Why that module, or why none.
    public let vendorEvidence: String
    /// The vendor module's chain; without a vendor module, every vendor module's that is set.
    public let chains: [Chain]
    public let runtimeNested: Fact?
    public let users: Fact?
    public let holders: [String]
    /// The files kmod reads, in the order it reads them.
    public let readOrder: [SourceFile]
    public let ignored: [File]
    public let dropped: [File]
    /// Lines that stop a KVM module from loading (`install … /bin/false`, `blacklist`, …).
    public let blocks: [SourceLocation]

    public init(host: HostArtifacts, facts: FactSet, parameters: ModuleParameterTable) {
        let configuration = ModprobeConfiguration(files: host.modprobeFiles)
        let options = EffectiveModuleOptions(configuration: configuration, commandLine: host.commandLine)
        var module: String?
        if case .string(let name)? = facts["host.vendor-module"]?.value { module = name }
        vendorModule = module
        if module != nil {
            vendorEvidence = facts["host.vendor-module-source"]?.raw ?? "from the host's evidence"
        } else if host.isBundle {
            vendorEvidence = "no cpuinfo vendor and no loaded vendor module; the rules that need one stay silent"
        } else {
            vendorEvidence = "this file configures no vendor module, or both"
        }
        let modules = module.map { [$0] } ?? ["kvm_intel", "kvm_amd", "kvm_hv"]
        chains = modules.compactMap { name in
            let chain = options.chain(module: name, parameter: "nested")
            guard module != nil || !chain.isEmpty else { return nil }
            return Chain(module: name, assignments: chain, effective: chain.last.flatMap { parameters.truth(of: $0) })
        }
        runtimeNested = facts["runtime.nested"]
        users = facts["modules.vendor-users"]
        if case .list(let names)? = facts["modules.vendor-holders"]?.value { holders = names } else { holders = [] }
        readOrder = configuration.readOrder.map(\.reference.file)
        ignored = configuration.ignored.map { File(file: $0.entry.reference.file, detail: $0.reason) }
        blocks = (facts.collections["modprobe.kvm-blocks"] ?? []).map { item in
            var location = item.location
            if case .string(let line)? = item.fields["line"]?.value { location.excerpt = line }
            return location
        }
        dropped = configuration.shadowed.map {
            File(file: $0.dropped.reference.file, detail: "\($0.winner.reference.file.path) has the same name and is read instead")
        }
    }
}
