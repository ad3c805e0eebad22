/// Which KVM module implements nesting on a host (`kvm_intel`, `kvm_amd`, s390x `kvm`, ppc64
/// `kvm_hv`), and how nestlint knows.
///
/// The evidence, strongest first:
/// 1. cpuinfo: `vendor_id` (GenuineIntel, AuthenticAMD, HygonGenuine), else the `vmx`/`svm`
///    flag (Zhaoxin and other x86 vendors), else the architecture (s390x, ppc64);
/// 2. module evidence: exactly one of kvm_intel/kvm_amd/kvm_hv loaded (lsmod, /proc/modules,
///    /sys/module), since a vendor module refuses to load on the other vendor's CPU;
/// 3. for a standalone modprobe.d file only (no host at all): the only vendor module its
///    configuration names. In a bundle that would be circular (NL108 asks whether the
///    configuration names the right module), so a bundle without 1 or 2 has no vendor module,
///    and the rules that need one stay silent.
///
/// Weak hints are never used: `amd_iommu=on` in /etc/default/grub is next-boot configuration
/// that is copied between hosts and harmless on Intel, and a guest's CPU definition says what
/// the guest asks for, not what the host is.
public struct VendorModuleInference: Sendable, Equatable {
    public enum Source: String, Sendable {
        case cpuVendor = "cpuinfo-vendor"
        case cpuFlags = "cpuinfo-flags"
        case cpuArchitecture = "cpuinfo-architecture"
        case loadedModule = "loaded-module"
        case configuration
    }

    public let module: String
    public let source: Source
    /// Where the evidence is (the `vendor_id` line, the lsmod line, …).
    public let location: SourceLocation?

    /// The vendor modules whose presence proves the CPU vendor.
    static let vendorModules = ["kvm_intel", "kvm_amd", "kvm_hv"]

    public init(module: String, source: Source, location: SourceLocation?) {
        self.module = module
        self.source = source
        self.location = location
    }

    /// The module, or `nil` when the host gives no usable evidence.
    public static func infer(_ host: HostArtifacts, options: EffectiveModuleOptions) -> VendorModuleInference? {
        if let cpu = host.cpuinfo {
            switch cpu.vendor {
            case .intel?: return VendorModuleInference(module: "kvm_intel", source: .cpuVendor, location: cpu.vendorLocation)
            case .amd?, .hygon?: return VendorModuleInference(module: "kvm_amd", source: .cpuVendor, location: cpu.vendorLocation)
            default: break
            }
            if cpu.architecture == "x86_64" || cpu.architecture == "x86" || cpu.vendor == .other {
                if cpu.flags.contains("vmx") {
                    return VendorModuleInference(module: "kvm_intel", source: .cpuFlags, location: cpu.flagsLocation)
                }
                if cpu.flags.contains("svm") {
                    return VendorModuleInference(module: "kvm_amd", source: .cpuFlags, location: cpu.flagsLocation)
                }
            }
            switch cpu.architecture {
            case "s390x"?:
                return VendorModuleInference(module: "kvm", source: .cpuArchitecture, location: cpu.vendorLocation ?? cpu.flagsLocation)
            case "ppc64"?:
                return VendorModuleInference(module: "kvm_hv", source: .cpuArchitecture, location: cpu.flagsLocation ?? cpu.vendorLocation)
            default: break
            }
        }
        var evidence: [String: SourceLocation] = [:]
        for list in host.loadedModules {
            for name in vendorModules {
                if evidence[name] == nil, let module = list.modules[name] { evidence[name] = module.location }
            }
        }
        for parameter in host.sysfs where vendorModules.contains(parameter.module) && evidence[parameter.module] == nil {
            evidence[parameter.module] = parameter.location
        }
        // A module directory without parameter files still shows the module is loaded; it has no
        // file to point at.
        let inSysModules = vendorModules.filter { evidence[$0] == nil && host.sysModules?.contains($0) == true }
        let found = Set(evidence.keys).union(inSysModules)
        if found.count == 1, let name = found.first {
            return VendorModuleInference(module: name, source: .loadedModule, location: evidence[name])
        }
        guard !host.isBundle else { return nil }
        let configured = ["kvm_intel", "kvm_amd"].filter { options.assignments[$0] != nil }
        guard configured.count == 1, let name = configured.first else { return nil }
        return VendorModuleInference(module: name, source: .configuration, location: options.assignments[name]?.first?.location)
    }

    /// A phrase for messages and `inspect`: why this module.
    public var explanation: String {
        let place = location.map { " (\($0))" } ?? ""
        switch source {
        case .cpuVendor: return "from the cpuinfo vendor_id\(place)"
        case .cpuFlags: return "from the cpuinfo flags\(place)"
        case .cpuArchitecture: return "from the architecture cpuinfo shows\(place)"
        case .loadedModule: return "from the loaded modules\(place)"
        case .configuration: return "the only vendor module this file configures\(place); no host evidence"
        }
    }
}
