/// Bounds on reading one archive, so a hostile or broken archive stops cleanly with an NL002
/// finding instead of filling memory or running for ever.
///
/// Nothing from an archive is written to disk: members are streamed, and only the few files a
/// bundle scan reads are kept in memory (`ArchiveRetention`), so the limits bound time and
/// memory, never disk space.
public struct ArchiveLimits: Sendable, Equatable {
    /// Decompressed bytes (tar headers and data) read before the archive is given up as a
    /// decompression bomb. A real sosreport decompresses to well under 1 GiB.
    public var maximumExpandedSize: Int
    /// Members (headers) read before the archive is given up. A sosreport has tens of thousands.
    public var maximumMembers: Int
    /// The largest file kept: larger members are listed but never loaded (the linter reports
    /// them as over the size limit when it needs them).
    public var maximumFileSize: Int
    /// File contents kept in memory while streaming an archive, in total, before the rest is
    /// fetched in a second pass only if a scan needs it.
    public var retentionBudget: Int

    public static let defaultMaximumExpandedSize = 4 << 30
    public static let defaultMaximumMembers = 1_000_000
    public static let defaultRetentionBudget = 64 << 20

    public init(
        maximumExpandedSize: Int = ArchiveLimits.defaultMaximumExpandedSize,
        maximumMembers: Int = ArchiveLimits.defaultMaximumMembers,
        maximumFileSize: Int = SnapshotReader.defaultSizeLimit,
        retentionBudget: Int = ArchiveLimits.defaultRetentionBudget
    ) {
        self.maximumExpandedSize = maximumExpandedSize
        self.maximumMembers = maximumMembers
        self.maximumFileSize = maximumFileSize
        self.retentionBudget = retentionBudget
    }
}
