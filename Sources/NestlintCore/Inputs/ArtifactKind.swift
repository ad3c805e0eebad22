/// Every kind of file nestlint reads (INPUTS.md, "Paths inside a bundle").
public enum ArtifactKind: String, Sendable, Codable, CaseIterable {
    case modprobeConfig = "modprobe-config"
    case sysfsParameter = "sysfs-parameter"
    case cpuinfo
    case loadedModules = "loaded-modules"
    case builtinModules = "builtin-modules"
    case kernelCommandLine = "kernel-cmdline"
    case kernelVersion = "kernel-version"
    case persistentDomain = "domain-xml"
    case liveDomain = "live-domain-xml"
    case dumpedDomain = "dumped-domain-xml"
    case hostIdentity = "host-identity"

    /// Whether the artifact is XML (and so a candidate for NL001).
    public var isXML: Bool {
        self == .persistentDomain || self == .liveDomain || self == .dumpedDomain
    }
}
