/// The modprobe.d files of a host as kmod sees them (modprobe.d(5), libkmod-config.c).
///
/// Files from every directory are merged into one list sorted by basename (byte order); a
/// basename found in several directories is read only from the highest-precedence one, and
/// the other copies are dropped whole. `/etc/modprobe.conf` is read first. Files that are not
/// `*.conf`, dot-files and files in sub-directories are never read.
public struct ModprobeConfiguration: Sendable {
    public typealias Entry = (reference: ArtifactReference, file: ModprobeFile)

    /// The files kmod reads, in the order it reads them.
    public let readOrder: [Entry]
    /// Copies dropped because a higher-precedence directory has the same basename.
    public let shadowed: [(dropped: Entry, winner: Entry)]
    /// Files kmod never reads, with the reason.
    public let ignored: [(entry: Entry, reason: String)]

    public init(files: [Entry]) {
        var ignored: [(entry: Entry, reason: String)] = []
        var candidates: [Entry] = []
        for entry in files {
            if let reason = entry.reference.modprobePlacement?.ignoredBecause {
                ignored.append((entry, reason))
            } else {
                candidates.append(entry)
            }
        }
        // Standalone files (no placement) are read as they are.
        func rank(_ entry: Entry) -> Int { entry.reference.modprobePlacement?.directoryRank ?? 0 }
        func key(_ entry: Entry) -> String { entry.reference.modprobePlacement?.baseName ?? entry.reference.file.path }
        var winners: [String: Entry] = [:]
        var shadowed: [(dropped: Entry, winner: Entry)] = []
        for entry in candidates.sorted(by: { rank($0) < rank($1) }) {
            let name = key(entry)
            if rank(entry) < 0 {
                winners["\u{0}legacy"] = entry
            } else if let winner = winners[name] {
                shadowed.append((entry, winner))
            } else {
                winners[name] = entry
            }
        }
        self.readOrder = winners.keys
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { winners[$0]! }
        self.shadowed = shadowed
        self.ignored = ignored
    }
}
