/// Finds the artifacts of a host bundle (INPUTS.md, "Paths inside a bundle").
///
/// Every path is optional. Links are followed inside the bundle only; a path reached twice
/// (`lsmod` is a link to `sos_commands/kernel/lsmod` in a sosreport) is read once.
public struct BundleScanner: Sendable {
    /// Paths whose presence makes a directory a bundle.
    public static let markers = ["etc/modprobe.d", "sys/module", "proc/cpuinfo", "etc/libvirt/qemu", "sos_commands", "sos_reports"]

    /// Modules whose sysfs parameters are read: KVM on every architecture nestlint knows.
    public static let kvmModules = ["kvm", "kvm_intel", "kvm_amd", "kvm_hv"]

    let tree: any FileTree
    let namer: PathNamer
    let resolver: SafePathResolver

    /// In a sosreport, links a copy flattened into text files are read as links
    /// (`FlattenedLinkFileTree`), so `lsmod` and `uname` lead to the real command output.
    public init(tree: any FileTree, namer: PathNamer) {
        let plain = SafePathResolver(tree: tree)
        let isSosreport = Self.sosMarkers.contains { plain.resolve($0) != .missing }
        let seen: any FileTree = isSosreport ? FlattenedLinkFileTree(base: tree) : tree
        self.tree = seen
        self.namer = namer
        self.resolver = SafePathResolver(tree: seen)
    }

    /// Room made at once for a host's artifacts (a host with twenty domains has some thirty):
    /// growing the lists one doubling at a time cost more than the room.
    static let expectedArtifacts = 32

    /// Paths that only a sosreport has.
    static let sosMarkers = ["sos_commands", "sos_reports"]

    /// Whether the tree root looks like a bundle.
    public static func isBundle(_ tree: any FileTree) -> Bool {
        let resolver = SafePathResolver(tree: tree)
        return markers.contains { marker in
            switch resolver.resolve(marker) {
            case .regular, .directory: true
            default: false
            }
        }
    }

    public func scan(name: String) -> Snapshot {
        var collector = Collector(resolver: resolver, namer: namer)
        collector.reserveCapacity(Self.expectedArtifacts)
        scanModprobe(into: &collector)
        for module in Self.kvmModules {
            let directory = "sys/module/\(module)/parameters"
            for parameter in listDirectory(directory, collector: &collector) {
                collector.add(directory.appendingTreePath(parameter), kind: .sysfsParameter)
            }
        }
        collector.add("proc/cpuinfo", kind: .cpuinfo)
        collector.add("sos_commands/kernel/lsmod", kind: .loadedModules)
        collector.add("lsmod", kind: .loadedModules)
        collector.add("proc/modules", kind: .loadedModules)
        for modulesRoot in ["lib/modules", "usr/lib/modules"] {
            for release in listDirectory(modulesRoot, collector: &collector) {
                collector.add("\(modulesRoot)/\(release)/modules.builtin", kind: .builtinModules)
            }
        }
        collector.add("proc/cmdline", kind: .kernelCommandLine)
        collector.add("proc/version", kind: .kernelVersion)
        collector.add("sos_commands/kernel/uname_-a", kind: .kernelVersion)
        collector.add("uname", kind: .kernelVersion)
        for name in listDirectory("etc/libvirt/qemu", collector: &collector) where name.hasSuffix(".xml") {
            collector.add("etc/libvirt/qemu/\(name)", kind: .persistentDomain)
        }
        for directory in ["run/libvirt/qemu", "var/run/libvirt/qemu"] {
            for name in listDirectory(directory, collector: &collector) where name.hasSuffix(".xml") {
                collector.add("\(directory)/\(name)", kind: .liveDomain)
            }
        }
        for name in listDirectory("sos_commands/virsh", collector: &collector)
        where name.hasPrefix("virsh_-r_dumpxml_") {
            collector.add("sos_commands/virsh/\(name)", kind: .dumpedDomain)
        }
        collector.add("sys/class/dmi/id/product_uuid", kind: .hostIdentity)
        collector.add("etc/hostname", kind: .hostIdentity)
        let sos = Self.sosMarkers.contains { resolver.resolve($0) != .missing }
        var sysModules: Set<String>?
        if case .directory = resolver.resolve("sys/module") {
            sysModules = Set(
                Self.kvmModules.filter {
                    if case .directory = resolver.resolve("sys/module/\($0)") { return true }
                    return false
                })
        }
        return Snapshot(
            kind: .bundle, name: name, tree: tree, artifacts: collector.artifacts, unreadable: collector.unreadable,
            layout: sos ? "sosreport" : "rootfs", sysModules: sysModules, resolvedArtifacts: collector.resolutions)
    }

    /// modprobe.d directories: every entry, read or ignored, with its placement.
    private func scanModprobe(into collector: inout Collector) {
        collector.add(
            ModprobeDirectories.legacyFile, kind: .modprobeConfig,
            placement: ModprobePlacement(directoryRank: -1, baseName: "", ignoredBecause: nil))
        for (rank, directory) in ModprobeDirectories.all.enumerated() {
            for name in listDirectory(directory, collector: &collector) {
                let path = directory.appendingTreePath(name)
                let answer = resolver.resolveNotingDanglingLink(path)
                if case .directory(let resolved) = answer.resolution {
                    // kmod rejects sub-directories; their files are still read for NL101.
                    let reason = ModprobeDirectories.ignoreReason(name: name, isDirectory: true)
                    for child in tree.childNames(of: resolved) {
                        collector.add(
                            path.appendingTreePath(child), kind: .modprobeConfig,
                            placement: ModprobePlacement(directoryRank: rank, baseName: child, ignoredBecause: reason))
                    }
                    continue
                }
                let reason = ModprobeDirectories.ignoreReason(name: name, isDirectory: false)
                collector.add(
                    path, resolvedAs: answer, kind: .modprobeConfig,
                    placement: ModprobePlacement(directoryRank: rank, baseName: name, ignoredBecause: reason))
            }
        }
    }

    /// The names in a directory reached through safe resolution; unresolvable links are noted.
    private func listDirectory(_ path: String, collector: inout Collector) -> [String] {
        switch resolver.resolve(path) {
        case .directory(let resolved): return tree.childNames(of: resolved)
        case .escapesRoot(let link, let target):
            collector.noteUnreadable(path, reason: "symbolic link \(link) -> \(target) leaves the bundle; not followed")
        case .linkLoop(let link):
            collector.noteUnreadable(path, reason: "symbolic link loop at \(link); not followed")
        default: break
        }
        return []
    }

    /// Accumulates artifacts, reading each resolved file once.
    struct Collector {
        let resolver: SafePathResolver
        let namer: PathNamer
        var artifacts: [ArtifactReference] = []
        /// Where each artifact led, for the reader (`Snapshot.resolvedArtifacts`).
        var resolutions: [SafePathResolver.Resolution] = []
        var unreadable: [UnreadablePath] = []
        var seenResolved: Set<ExactPath> = []

        mutating func reserveCapacity(_ count: Int) {
            artifacts.reserveCapacity(count)
            resolutions.reserveCapacity(count)
            seenResolved.reserveCapacity(count)
        }

        mutating func add(_ path: String, kind: ArtifactKind, placement: ModprobePlacement? = nil) {
            add(path, resolvedAs: resolver.resolveNotingDanglingLink(path), kind: kind, placement: placement)
        }

        /// `add(path, …)` for a path already resolved by `resolver`.
        mutating func add(
            _ path: String, resolvedAs answer: (resolution: SafePathResolver.Resolution, dangling: (link: String, target: String)?),
            kind: ArtifactKind, placement: ModprobePlacement? = nil
        ) {
            switch answer.resolution {
            case .missing:
                if let dangling = answer.dangling {
                    noteUnreadable(
                        path,
                        reason:
                            "symbolic link \(dangling.link) -> \(dangling.target) leads to nothing inside the bundle (absolute links are resolved against the bundle root); not followed"
                    )
                }
                return
            case .directory:
                noteUnreadable(path, reason: "a directory where a regular file was expected; not read")
                return
            case .regular(let resolved, _), .special(let resolved, _):
                // One physical file reached twice (`lib` linking to `usr/lib` on merged-/usr
                // systems, `lsmod` linking into sos_commands) is read once, at its first path.
                guard seenResolved.insert(ExactPath(resolved)).inserted else { return }
                artifacts.append(ArtifactReference(treePath: path, kind: kind, file: namer.file(path), modprobePlacement: placement))
                resolutions.append(answer.resolution)
            case .escapesRoot(let link, let target):
                noteUnreadable(path, reason: "symbolic link \(link) -> \(target) leaves the bundle; not followed")
            case .linkLoop(let link):
                noteUnreadable(path, reason: "symbolic link loop at \(link); not followed")
            }
        }

        mutating func noteUnreadable(_ path: String, reason: String) {
            let entry = UnreadablePath(file: namer.file(path), reason: reason)
            if !unreadable.contains(entry) { unreadable.append(entry) }
        }
    }
}
