/// One unit of a lint run, before it is opened: a snapshot already listed (a bundle directory,
/// a template file), or an archive read only when its turn comes, so that a fleet of tarballs
/// holds in memory only the archives being linted.
public struct SnapshotSource: Sendable {
    public enum Content: Sendable {
        case snapshot(Snapshot)
        /// A bundle directory in a fleet, scanned only when its turn comes, so that listing a
        /// large fleet is not a serial step before the concurrent one.
        case bundleDirectory(tree: any FileTree, path: String, namer: PathNamer)
        case archive(ArchiveInput)
    }

    public let content: Content
    /// The name `--shard K/N` hashes: the bundle's or archive's path relative to the PATH
    /// argument it was found under (its base name when the argument is the bundle itself), or
    /// a template file's path relative to the argument. It does not depend on the working
    /// directory or on the order of the arguments.
    public let shardKey: String

    public init(_ content: Content, shardKey: String) {
        self.content = content
        self.shardKey = shardKey
    }

    /// The snapshots to lint; an archive is read now.
    public func open(limits: ArchiveLimits) -> [Snapshot] {
        switch content {
        case .snapshot(let snapshot): return [snapshot]
        case .bundleDirectory(let tree, let path, let namer):
            if let disk = tree as? DiskFileTree {
                // The bundle's own directory as the root: the same files as a subtree of the
                // fleet, without building and remembering fleet-long paths for every lookup.
                let root = disk.rootPath == "/" ? "/" + path : disk.rootPath + "/" + path
                return [InputDiscovery.bundle(ownTree: MemoizedFileTree(base: DiskFileTree(rootPath: root)), at: path, namer: namer)]
            }
            return [InputDiscovery.bundle(in: MemoizedFileTree(base: tree), at: path, namer: namer)]
        case .archive(let archive): return archive.open(limits: limits)
        }
    }

    /// Whether the unit is a host bundle (a directory or an archive): a run with several is a
    /// fleet, which shows progress on a terminal.
    public var isBundle: Bool {
        switch content {
        case .archive, .bundleDirectory: true
        case .snapshot(let snapshot): snapshot.kind == .bundle
        }
    }

    /// What reports call the unit: the host bundle's name, the archive's path, or the template
    /// file's path.
    public var name: String {
        switch content {
        case .archive(let archive): archive.file.path
        case .bundleDirectory(_, let path, let namer): InputDiscovery.bundleNamer(for: path, under: namer).prefix
        case .snapshot(let snapshot):
            if snapshot.kind == .bundle {
                snapshot.name
            } else {
                snapshot.artifacts.first?.file.path ?? snapshot.unreadable.first?.file.path ?? snapshot.name
            }
        }
    }
}
