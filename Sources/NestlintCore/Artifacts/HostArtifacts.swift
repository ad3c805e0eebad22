/// Everything read for one host: the artifacts of a bundle, or a standalone modprobe.d file
/// seen as a host that has nothing else.
public struct HostArtifacts: Sendable {
    /// A name for reports (the bundle path, or the file).
    public var name: String
    /// Whether this is a real bundle (as opposed to one configuration file).
    public var isBundle: Bool
    /// modprobe.d files with where they sit; `placement` is `nil` for a standalone file.
    public var modprobeFiles: [(reference: ArtifactReference, file: ModprobeFile)] = []
    public var sysfs: [SysfsParameter] = []
    public var cpuinfo: CPUInfo?
    public var loadedModules: [LoadedModules] = []
    /// Folded names of built-in modules, with the file that lists them.
    public var builtinModules: [String: SourceLocation] = [:]
    public var commandLine: KernelCommandLine?
    public var kernelVersion: (version: KernelVersion, location: SourceLocation)?
    public var domains: [DomainDocument] = []
    public var productUUID: (value: String, location: SourceLocation)?
    public var hostname: (value: String, location: SourceLocation)?
    /// Every file read, with its kind and the problems found reading it.
    public var files: [(reference: ArtifactReference, problems: [ArtifactProblem])] = []
    /// Evidence paths that could not be followed (links out of the bundle, loops).
    public var unreadablePaths: [UnreadablePath] = []
    /// KVM module directories under `sys/module`; `nil` when the bundle has none.
    public var sysModules: Set<String>?

    public init(name: String, isBundle: Bool) {
        self.name = name
        self.isBundle = isBundle
    }
}
