@testable import NestlintCore

/// A bundle scanned and read the way nestlint did before the scan was made fast, with the old
/// code throughout (`ReferenceDiskTree` under `ReferenceMemoizedTree`, `ReferencePathResolver`):
/// the scanner's probes in the same order, each path resolved as often as the old scanner
/// resolved it, and each artifact resolved again before it is read, as the old reader did.
struct ReferenceBundleScan {
    /// What the old reader made of one artifact: its bytes, or the problem it recorded.
    enum Loaded: Equatable {
        case bytes([UInt8])
        case problem(String)
    }

    let artifacts: [ArtifactReference]
    /// Where each artifact led when it was scanned.
    let resolutions: [SafePathResolver.Resolution]
    let unreadable: [UnreadablePath]
    let layout: String
    let sysModules: Set<String>?
    let loaded: [Loaded]
    /// The tree the old scanner read through (flattened links seen as links in a sosreport).
    let tree: any FileTree

    /// The bundle whose root is `rootPath` on disk, as a fleet unit saw it.
    init(rootPath: String, namer: PathNamer, sizeLimit: Int = SnapshotReader.defaultSizeLimit) {
        self.init(tree: ReferenceMemoizedTree(base: ReferenceDiskTree(rootPath: rootPath)), namer: namer, sizeLimit: sizeLimit)
    }

    init(tree base: any FileTree, namer: PathNamer, sizeLimit: Int = SnapshotReader.defaultSizeLimit) {
        let isSosreport = BundleScanner.sosMarkers.contains { ReferencePathResolver(tree: base).resolve($0) != .missing }
        let tree: any FileTree = isSosreport ? ReferenceFlattenedLinkTree(base: base) : base
        let resolver = ReferencePathResolver(tree: tree)
        var collector = Collector(resolver: resolver, namer: namer)
        func listDirectory(_ path: String) -> [String] {
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
        collector.add(
            ModprobeDirectories.legacyFile, kind: .modprobeConfig,
            placement: ModprobePlacement(directoryRank: -1, baseName: "", ignoredBecause: nil))
        for (rank, directory) in ModprobeDirectories.all.enumerated() {
            for name in listDirectory(directory) {
                let path = directory.appendingTreePath(name)
                if case .directory(let resolved) = resolver.resolve(path) {
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
                    path, kind: .modprobeConfig, placement: ModprobePlacement(directoryRank: rank, baseName: name, ignoredBecause: reason))
            }
        }
        for module in BundleScanner.kvmModules {
            let directory = "sys/module/\(module)/parameters"
            for parameter in listDirectory(directory) {
                collector.add(directory.appendingTreePath(parameter), kind: .sysfsParameter)
            }
        }
        collector.add("proc/cpuinfo", kind: .cpuinfo)
        collector.add("sos_commands/kernel/lsmod", kind: .loadedModules)
        collector.add("lsmod", kind: .loadedModules)
        collector.add("proc/modules", kind: .loadedModules)
        for modulesRoot in ["lib/modules", "usr/lib/modules"] {
            for release in listDirectory(modulesRoot) {
                collector.add("\(modulesRoot)/\(release)/modules.builtin", kind: .builtinModules)
            }
        }
        collector.add("proc/cmdline", kind: .kernelCommandLine)
        collector.add("proc/version", kind: .kernelVersion)
        collector.add("sos_commands/kernel/uname_-a", kind: .kernelVersion)
        collector.add("uname", kind: .kernelVersion)
        for name in listDirectory("etc/libvirt/qemu") where name.hasSuffix(".xml") {
            collector.add("etc/libvirt/qemu/\(name)", kind: .persistentDomain)
        }
        for directory in ["run/libvirt/qemu", "var/run/libvirt/qemu"] {
            for name in listDirectory(directory) where name.hasSuffix(".xml") {
                collector.add("\(directory)/\(name)", kind: .liveDomain)
            }
        }
        for name in listDirectory("sos_commands/virsh") where name.hasPrefix("virsh_-r_dumpxml_") {
            collector.add("sos_commands/virsh/\(name)", kind: .dumpedDomain)
        }
        collector.add("sys/class/dmi/id/product_uuid", kind: .hostIdentity)
        collector.add("etc/hostname", kind: .hostIdentity)
        let sos = BundleScanner.sosMarkers.contains { resolver.resolve($0) != .missing }
        var sysModules: Set<String>?
        if case .directory = resolver.resolve("sys/module") {
            sysModules = Set(
                BundleScanner.kvmModules.filter {
                    if case .directory = resolver.resolve("sys/module/\($0)") { return true }
                    return false
                })
        }
        self.tree = tree
        artifacts = collector.artifacts
        resolutions = collector.resolutions
        unreadable = collector.unreadable
        layout = sos ? "sosreport" : "rootfs"
        self.sysModules = sysModules
        let reader = ReferencePathResolver(tree: tree)
        loaded = collector.artifacts.map { Self.load($0, resolver: reader, sizeLimit: sizeLimit) }
    }

    /// The snapshot the old scanner returned (the reader resolves its paths itself).
    func snapshot(name: String) -> Snapshot {
        Snapshot(
            kind: .bundle, name: name, tree: tree, artifacts: artifacts, unreadable: unreadable, layout: layout, sysModules: sysModules)
    }

    /// The old reader's `load`: the path resolved again (by the reader's own resolver), then read.
    private static func load(_ reference: ArtifactReference, resolver: ReferencePathResolver, sizeLimit: Int) -> Loaded {
        switch resolver.resolve(reference.treePath) {
        case .regular(let path, _):
            do {
                return .bytes(try resolver.tree.readFile(at: path, limit: sizeLimit))
            } catch {
                return .problem(error.description)
            }
        case .special(_, let kind):
            return .problem(FileTreeReadError.notRegularFile(kind).description)
        case .escapesRoot(let link, let target):
            return .problem("symbolic link \(link) -> \(target) leaves the bundle; not followed")
        case .linkLoop(let link):
            return .problem("symbolic link loop at \(link) (more than \(SafePathResolver.maximumLinkHops) links in a row); not followed")
        case .missing:
            return .problem("vanished while nestlint was reading the bundle; not read")
        case .directory:
            return .problem(FileTreeReadError.notRegularFile("directory").description)
        }
    }

    /// The old scanner's collector: every path resolved, and resolved again for a dangling link.
    struct Collector {
        let resolver: ReferencePathResolver
        let namer: PathNamer
        var artifacts: [ArtifactReference] = []
        var resolutions: [SafePathResolver.Resolution] = []
        var unreadable: [UnreadablePath] = []
        var seenResolved: Set<ExactPath> = []

        mutating func add(_ path: String, kind: ArtifactKind, placement: ModprobePlacement? = nil) {
            let resolution = resolver.resolve(path)
            switch resolution {
            case .missing:
                if let dangling = resolver.danglingLink(on: path) {
                    noteUnreadable(
                        path,
                        reason:
                            "symbolic link \(dangling.link) -> \(dangling.target) leads to nothing inside the bundle (absolute links are resolved against the bundle root); not followed"
                    )
                }
            case .directory:
                noteUnreadable(path, reason: "a directory where a regular file was expected; not read")
            case .regular(let resolved, _), .special(let resolved, _):
                guard seenResolved.insert(ExactPath(resolved)).inserted else { return }
                artifacts.append(ArtifactReference(treePath: path, kind: kind, file: namer.file(path), modprobePlacement: placement))
                resolutions.append(resolution)
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
