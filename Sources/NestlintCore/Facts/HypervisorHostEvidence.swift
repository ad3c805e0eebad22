/// Bundle evidence of intent (RULES.md, "Intent"): a host bundle whose cpuinfo has the
/// `hypervisor` flag and which defines KVM domains is an L1, so the domain that *is* that host
/// must be able to run nested guests.
///
/// That domain lives in another bundle: its parent's. The two are tied by the L1's DMI product
/// UUID (`sys/class/dmi/id/product_uuid`), which QEMU sets from the domain's `<uuid>`, so the
/// evidence only helps when the parent and the L1 are linted in the same run (a fleet).
public struct HypervisorHostEvidence: Sendable {
    /// Normalised product UUID of each L1 host -> the `product_uuid` file that says so.
    public let hosts: [String: SourceLocation]

    public static let none = HypervisorHostEvidence(hosts: [:])

    public init(hosts: [String: SourceLocation]) {
        self.hosts = hosts
    }

    /// The L1 hosts among `hosts`: virtual machines (cpuinfo `hypervisor`) that define at least
    /// one `type='kvm'` domain and name their product UUID.
    public init(hosts: [HostArtifacts]) {
        var found: [String: SourceLocation] = [:]
        for host in hosts where host.isBundle {
            guard let cpu = host.cpuinfo, cpu.flags.contains("hypervisor"),
                host.domains.contains(where: { $0.domain.attributes["type"] == "kvm" }),
                let product = host.productUUID
            else { continue }
            let uuid = DomainIdentity.normalise(product.value)
            // Firmware placeholders say nothing about which domain this is.
            guard !uuid.isEmpty, Set(uuid) != ["0"], Set(uuid) != ["f"] else { continue }
            if let existing = found[uuid], existing <= product.location { continue }
            found[uuid] = product.location
        }
        self.hosts = found
    }

    /// The `product_uuid` of the L1 host that the domain with this identity runs, if any.
    public func l1Host(runBy identity: DomainIdentity) -> SourceLocation? {
        identity.uuid.flatMap { hosts[$0] }
    }
}
