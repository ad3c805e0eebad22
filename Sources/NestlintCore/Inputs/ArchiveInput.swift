/// A host bundle (or a tarball of templates) stored as a `.tar`, `.tar.gz`/`.tgz` or
/// `.tar.xz` archive, read in place.
///
/// Reports name its files `ARCHIVE/MEMBER` with the member path as stored (without a leading
/// `./`): a sosreport tarball's files are `sosreport-host1.tar.xz/sosreport-host1-…/etc/…`,
/// the unpacked copy's `sosreport-host1-…/etc/…`; apart from that prefix the findings are the
/// same. The bundle root is the archive root when it looks like a bundle, else each bundle
/// directory inside it (usually the single top-level `sosreport-…/`), exactly as for a
/// directory on disk.
public struct ArchiveInput: Sendable {
    /// Absolute path of the archive on disk.
    public let path: String
    /// How reports name the archive itself.
    public let file: SourceFile

    public init(path: String, file: SourceFile) {
        self.path = path
        self.file = file
    }

    /// How many passes over the archive are allowed to fetch members a scan needed but that
    /// were not kept on the first pass.
    static let maximumPasses = 3

    /// The snapshots in the archive. Never fails: an archive that cannot be read is a bundle
    /// with one NL002 problem at the archive's path, and rejected members are NL002 problems too.
    public func open(limits: ArchiveLimits) -> [Snapshot] {
        guard let prefix = ArchiveByteStream.prefix(ofFileAt: path, count: TarHeader.blockSize) else {
            return failed("cannot open the archive")
        }
        guard let format = ArchiveFormat.detect(prefix: prefix) else {
            return failed("not a tar archive (gzip- or xz-compressed or plain tar expected)")
        }
        let reader = ArchiveReader(limits: limits)
        var required: Set<String> = []
        var outcome = ArchiveReader.Outcome()
        var snapshots: [Snapshot] = []
        for _ in 0..<Self.maximumPasses {
            outcome = reader.read(path: path, format: format, required: required)
            if let failure = outcome.failure { return failed(failure) }
            snapshots = InputDiscovery.snapshots(
                inTree: outcome.tree, namer: PathNamer(prefix: file.path, baseID: file.baseID), name: file.path)
            Self.touch(snapshots, limit: limits.maximumFileSize)
            let missing = outcome.tree.misses.all.subtracting(required)
            if missing.isEmpty { break }
            required.formUnion(missing)
        }
        guard !outcome.rejected.isEmpty, let first = snapshots.first else { return snapshots }
        let rejected = outcome.rejected.map { UnreadablePath(file: file, reason: $0) }
        snapshots[0] = Snapshot(
            kind: first.kind, name: first.name, tree: first.tree, artifacts: first.artifacts, unreadable: rejected + first.unreadable,
            layout: first.layout, sysModules: first.sysModules, resolvedArtifacts: first.resolvedArtifacts)
        return snapshots
    }

    /// Reads every artifact the way `SnapshotReader` will, so that the members it needs but
    /// that were not kept show up as misses of the archive tree.
    private static func touch(_ snapshots: [Snapshot], limit: Int) {
        for snapshot in snapshots {
            let resolver = SafePathResolver(tree: snapshot.tree)
            for reference in snapshot.artifacts {
                if case .regular(let resolved, let size) = resolver.resolve(reference.treePath), size ?? 0 <= limit {
                    _ = try? snapshot.tree.readFile(at: resolved, limit: limit)
                }
            }
        }
    }

    /// The archive as a bundle that holds nothing but the reason it could not be read.
    private func failed(_ reason: String) -> [Snapshot] {
        [
            Snapshot(
                kind: .bundle, name: file.path, tree: MemoryFileTree(), artifacts: [],
                unreadable: [UnreadablePath(file: file, reason: "\(file.path): \(reason)")])
        ]
    }
}
