/// The CPU vendor a custom guest CPU definition names, from its `<vendor>` element or its model
/// (NL405: an AMD model with `vmx`, or an Intel model with `svm`, asks for an extension the
/// named CPU never had).
///
/// The model families follow libvirt's x86 CPU map (src/cpu_map) and QEMU's x86 models; generic
/// models (qemu64, kvm64, pentium, 486, …) take the host's vendor and are deliberately absent.
public enum CPUModelVendor: String, Sendable {
    case intel
    /// AMD, and Hygon (Dhyana), which implements AMD's svm.
    case amd

    static let intelFamilies = [
        "Conroe", "Penryn", "Nehalem", "Westmere", "SandyBridge", "IvyBridge", "Haswell", "Broadwell", "Skylake",
        "Cascadelake", "Cooperlake", "Icelake", "Snowridge", "SapphireRapids", "GraniteRapids", "SierraForest",
        "ClearwaterForest", "Denverton", "KnightsMill", "core2duo", "coreduo", "n270",
    ]
    static let amdFamilies = ["Opteron", "EPYC", "phenom", "athlon", "Dhyana"]

    /// The vendor of a libvirt `<vendor>` value (`Intel`, `AMD`, `Hygon`).
    public init?(vendorName: String) {
        switch vendorName.trimmingWhitespace.lowercased() {
        case "intel", "genuineintel": self = .intel
        case "amd", "authenticamd", "hygon", "hygongenuine": self = .amd
        default: return nil
        }
    }

    /// The vendor of a model name such as `Skylake-Server-IBRS` or `Opteron_G5`; `nil` for
    /// generic or unknown models.
    public init?(model: String) {
        let name = model.trimmingWhitespace
        func belongs(to family: String) -> Bool {
            guard name.hasPrefix(family) else { return false }
            let rest = name.dropFirst(family.count)
            return rest.isEmpty || rest.first == "-" || rest.first == "_"
        }
        if Self.intelFamilies.contains(where: belongs) {
            self = .intel
        } else if Self.amdFamilies.contains(where: belongs) {
            self = .amd
        } else {
            return nil
        }
    }
}
