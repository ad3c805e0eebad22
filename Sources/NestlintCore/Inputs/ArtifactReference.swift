/// A file that discovery decided to read, before it is read.
public struct ArtifactReference: Sendable, Hashable {
    /// Path inside the snapshot's tree, as listed (before links are resolved).
    public let treePath: String
    public let kind: ArtifactKind
    /// How reports name it.
    public let file: SourceFile
    /// For modprobe files: why modprobe would skip the file, or `nil` when it reads it.
    public let modprobePlacement: ModprobePlacement?

    public init(treePath: String, kind: ArtifactKind, file: SourceFile, modprobePlacement: ModprobePlacement? = nil) {
        self.treePath = treePath
        self.kind = kind
        self.file = file
        self.modprobePlacement = modprobePlacement
    }
}

/// Where a modprobe.d file sits, which decides whether and in what order kmod reads it.
public struct ModprobePlacement: Sendable, Hashable {
    /// Index in `ModprobeDirectories.all` (0 = highest precedence); `-1` for /etc/modprobe.conf.
    public let directoryRank: Int
    /// The file's basename, the key kmod sorts and de-duplicates by.
    public let baseName: String
    /// Why kmod ignores the file, when it does.
    public let ignoredBecause: String?
}
