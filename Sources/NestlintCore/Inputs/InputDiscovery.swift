import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decides what each PATH argument is (INPUTS.md, "The inputs a user passes") and lists what
/// to read in it.
public struct InputDiscovery: Sendable {
    /// The working directory, canonical; paths under it are reported relative to it.
    public let workingDirectory: String

    /// Bounds for reading archives (the per-file limit is the snapshot reader's).
    public var archiveLimits: ArchiveLimits

    public init(workingDirectory: String, archiveLimits: ArchiveLimits = ArchiveLimits()) {
        self.workingDirectory = Self.canonical(workingDirectory) ?? workingDirectory
        self.archiveLimits = archiveLimits
    }

    /// The snapshots found at `argument`, archives read now (for `inspect`, and callers that
    /// want everything at once). `index` numbers the argument for SARIF base ids.
    public func discover(_ argument: String, index: Int) throws(InputError) -> [Snapshot] {
        try sources(argument, index: index, splittingTemplates: false).flatMap { $0.open(limits: archiveLimits) }
    }

    /// The units found at `argument`, not yet opened: each bundle directory, each archive and
    /// (with `splittingTemplates`) each template or modprobe.d file on its own, so that a run
    /// can lint them concurrently and `--shard` can spread them.
    ///
    /// A directory that is a bundle is one host. Any other directory is walked: bundle
    /// directories and bundle archives found anywhere in it (a fleet) are hosts, everything
    /// else is a template or a configuration file.
    public func sources(_ argument: String, index: Int, splittingTemplates: Bool = true) throws(InputError) -> [SnapshotSource] {
        let absolute = argument.hasPrefix("/") ? argument : workingDirectory + "/" + argument
        guard let canonicalPath = Self.canonical(absolute) else { throw .notFound(argument) }
        var info = stat()
        guard stat(canonicalPath, &info) == 0 else { throw .notFound(argument) }
        let isDirectory = info.st_mode & S_IFMT == S_IFDIR
        let rootPath = isDirectory ? canonicalPath : String(canonicalPath.treeParentAbsolute)
        let namer = namer(forRoot: rootPath, index: index)
        let tree = DiskFileTree(rootPath: rootPath)
        let displayName = argument
        if !isDirectory {
            let name = canonicalPath.treeBaseName
            if ArchiveFormat.isArchiveName(name) {
                return [SnapshotSource(.archive(ArchiveInput(path: canonicalPath, file: namer.file(name))), shardKey: name)]
            }
            let insideModprobe = rootPath.treeBaseName == "modprobe.d"
            let kind: ArtifactKind =
                name.hasSuffix(".xml") || !(insideModprobe || name.hasSuffix(".conf")) ? .persistentDomain : .modprobeConfig
            let reference = ArtifactReference(treePath: name, kind: kind, file: namer.file(name))
            return [
                SnapshotSource(.snapshot(Snapshot(kind: .templates, name: displayName, tree: tree, artifacts: [reference])), shardKey: name)
            ]
        }
        if BundleScanner.isBundle(tree) {
            let snapshot = BundleScanner(tree: MemoizedFileTree(base: tree), namer: namer).scan(
                name: namer.prefix.isEmpty ? displayName : namer.prefix)
            return [SnapshotSource(.snapshot(snapshot), shardKey: canonicalPath.treeBaseName)]
        }
        // Walked through a memory of the directory, so that the listings say each entry's kind
        // and the archive search lists nothing twice; its top-level bundles are told apart on
        // every core at once (a fleet's discovery comes before any of its units can start).
        let walked = MemoizedFileTree(base: tree)
        let knownBundles = Self.bundleAnswers(forChildrenOf: walked)
        let (found, bundleDirectories) = TemplateScanner(tree: walked, namer: namer, knownBundles: knownBundles).scan(name: displayName)
        // The templates on the directory itself, as every unit sees it (`nestlint fix` edits
        // files of snapshots on disk), not through the walk's memory.
        let templates = Snapshot(kind: .templates, name: found.name, tree: tree, artifacts: found.artifacts, unreadable: found.unreadable)
        var sources = bundleDirectories.map { directory in
            SnapshotSource(.bundleDirectory(tree: tree, path: directory, namer: namer), shardKey: directory)
        }
        for archive in ArchiveFinder(tree: walked, bundleDirectories: Set(bundleDirectories)).find() {
            let input = ArchiveInput(
                path: rootPath == "/" ? "/" + archive.resolved : rootPath + "/" + archive.resolved, file: namer.file(archive.path))
            sources.append(SnapshotSource(.archive(input), shardKey: archive.path))
        }
        guard splittingTemplates else {
            if !templates.artifacts.isEmpty || !templates.unreadable.isEmpty || sources.isEmpty {
                sources.append(SnapshotSource(.snapshot(templates), shardKey: ""))
            }
            return sources
        }
        for reference in templates.artifacts {
            let single = Snapshot(kind: .templates, name: templates.name, tree: tree, artifacts: [reference])
            sources.append(SnapshotSource(.snapshot(single), shardKey: reference.treePath))
        }
        for path in templates.unreadable {
            let single = Snapshot(kind: .templates, name: templates.name, tree: tree, artifacts: [], unreadable: [path])
            let key = namer.prefix.isEmpty ? path.file.path : String(path.file.path.dropFirst(namer.prefix.count + 1))
            sources.append(SnapshotSource(.snapshot(single), shardKey: key))
        }
        return sources
    }

    /// Whether each directory at the top of `tree` is a bundle (`BundleScanner.isBundle`), asked
    /// on every core: for a fleet of thousands of hosts, asking one after the other was most
    /// of the time before the first host could be linted.
    static func bundleAnswers(forChildrenOf tree: MemoizedFileTree) -> [ExactPath: Bool] {
        let directories = tree.childNames(of: "").filter { !$0.hasPrefix(".") && tree.entryKind(at: $0) == .directory }
        guard !directories.isEmpty else { return [:] }
        let answers = OutputSlots<Bool>(count: directories.count)
        let chunks = min(directories.count, 4 * max(1, ProcessInfo.processInfo.activeProcessorCount))
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            for index in stride(from: chunk, to: directories.count, by: chunks) {
                answers.store(BundleScanner.isBundle(SubtreeFileTree(base: tree, prefix: directories[index])), at: index)
            }
        }
        // Keyed by exact bytes: canonically equivalent names are different directories.
        return Dictionary(zip(directories.map(ExactPath.init), answers.collected()), uniquingKeysWith: { first, _ in first })
    }

    /// The snapshots of a directory tree that is not on disk as such (an archive): one bundle
    /// when its root is a bundle, else the bundles found in it and its templates.
    static func snapshots(inTree tree: any FileTree, namer: PathNamer, name: String) -> [Snapshot] {
        if BundleScanner.isBundle(tree) {
            return [BundleScanner(tree: tree, namer: namer).scan(name: namer.prefix)]
        }
        let (templates, bundleDirectories) = TemplateScanner(tree: tree, namer: namer).scan(name: name)
        var snapshots = bundleDirectories.map { bundle(in: tree, at: $0, namer: namer) }
        if !templates.artifacts.isEmpty || !templates.unreadable.isEmpty || snapshots.isEmpty {
            snapshots.append(templates)
        }
        return snapshots
    }

    /// A bundle directory inside a tree: its own root for links, named under the tree's prefix.
    static func bundle(in tree: any FileTree, at directory: String, namer: PathNamer) -> Snapshot {
        bundle(ownTree: SubtreeFileTree(base: tree, prefix: directory), at: directory, namer: namer)
    }

    /// A bundle directory given as a tree of its own (`bundleTree`), found at `directory`.
    static func bundle(ownTree bundleTree: any FileTree, at directory: String, namer: PathNamer) -> Snapshot {
        let bundleNamer = bundleNamer(for: directory, under: namer)
        return BundleScanner(tree: bundleTree, namer: bundleNamer).scan(name: bundleNamer.prefix)
    }

    static func bundleNamer(for directory: String, under namer: PathNamer) -> PathNamer {
        PathNamer(prefix: namer.prefix.isEmpty ? directory : namer.prefix + "/" + directory, baseID: namer.baseID)
    }

    /// Report naming for a root: relative to the working directory when under it, else
    /// relative to the root itself with a SARIF base id.
    func namer(forRoot rootPath: String, index: Int) -> PathNamer {
        if rootPath == workingDirectory { return PathNamer(prefix: "") }
        if rootPath.hasPrefix(workingDirectory == "/" ? "/" : workingDirectory + "/") {
            let relative = String(rootPath.dropFirst(workingDirectory == "/" ? 1 : workingDirectory.count + 1))
            return PathNamer(prefix: relative)
        }
        return PathNamer(prefix: "", baseID: "INPUT\(index + 1)")
    }

    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension String {
    /// The parent of an absolute path (`/` for a top-level entry).
    var treeParentAbsolute: Substring {
        guard let slash = lastIndex(of: "/") else { return "." }
        return slash == startIndex ? "/" : self[..<slash]
    }
}

/// A PATH argument nestlint cannot use at all (exit 2).
public enum InputError: Error, Sendable, CustomStringConvertible {
    case notFound(String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or directory"
        }
    }
}
