import Foundation
import Synchronization

/// A file tree that remembers what it was told about each path, for the life of one unit.
///
/// A bundle is scanned and then read in the same task, and `SafePathResolver` checks every
/// component of every path: without this, `etc`, `etc/libvirt` and `etc/libvirt/qemu` are
/// `lstat`ed again for each domain file. Contents are never remembered (the reader opens each
/// file once, with `O_NOFOLLOW` and `fstat`, as before).
///
/// Over a directory on disk, listing a directory also tells the kind of each entry (the
/// same `lstat`, made relative to the open directory: see `DiskFileTree.childEntries`), so
/// that the scan's question about each listed file is already answered. A path answered
/// before keeps its first answer, and only paths that no other `String` equals are learnt
/// this way (`hasOneSpelling`): the memory then answers exactly as if it had been asked.
public struct MemoizedFileTree: FileTree {
    public let base: any FileTree
    /// `base` when it is a directory on disk, whose listings can tell the kinds of entries.
    private let disk: DiskFileTree?
    private let memory = Memory()

    /// At most this many entries of a listing are `lstat`ed with it: a scan asks about most
    /// entries of the directories it lists, but a hostile directory may hold a million.
    static let kindsPerListing = 256

    public init(base: any FileTree) {
        self.base = base
        self.disk = base as? DiskFileTree
    }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        if let known = memory.kind(of: path) { return known.kind }
        let kind = base.entryKind(at: path)
        memory.remember(kind, at: path)
        return kind
    }

    public func childNames(of directory: String) -> [String] {
        if let known = memory.children(of: directory) { return known }
        guard let disk else {
            let names = base.childNames(of: directory)
            memory.remember(children: names, of: directory)
            return names
        }
        let entries = disk.childEntries(of: directory, statingUpTo: Self.kindsPerListing)
        let names = entries.map(\.name)
        memory.remember(children: names, of: directory)
        for entry in entries where entry.isKnown {
            let path = directory.appendingTreePath(entry.name)
            if Self.hasOneSpelling(path) { memory.rememberUnlessKnown(entry.kind, at: path) }
        }
        return names
    }

    /// Whether no other string is equal to `path` as a `String` key (canonical equivalence):
    /// ASCII without `K`, `;` and `` ` ``, the only ASCII characters another character stands
    /// for (the Kelvin sign, the Greek question mark, the Greek varia). Only such a path's
    /// kind is learnt from a listing: for a path with twins, which twin's answer the memory
    /// keeps must stay the one asked first, as if nothing had been learnt.
    static func hasOneSpelling(_ path: String) -> Bool {
        path.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: "`") }
    }

    public func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        try base.readFile(at: path, limit: limit)
    }

    /// What was answered so far (a missing path is remembered as missing).
    private final class Memory: Sendable {
        struct Known {
            let kind: FileTreeEntryKind?
        }

        struct State {
            // Keyed by exact bytes (`ExactPath`): a canonically equivalent twin is another file.
            var kinds: [ExactPath: Known] = [:]
            var listings: [ExactPath: [String]] = [:]
        }

        /// A `Mutex`, not an `NSLock` (two allocations more per host). A unit uses its tree
        /// from one task at a time; the lock keeps that an invariant rather than an assumption.
        private let state = Mutex(State())

        /// Room for the paths a bundle scan asks about (some sixty), made at once: growing
        /// the table step by step rehashed it six times per host.
        static let expectedPaths = 96

        func kind(of path: String) -> Known? {
            state.withLock { $0.kinds[ExactPath(path)] }
        }

        func remember(_ kind: FileTreeEntryKind?, at path: String) {
            state.withLock { state in
                if state.kinds.isEmpty { state.kinds.reserveCapacity(Self.expectedPaths) }
                state.kinds[ExactPath(path)] = Known(kind: kind)
            }
        }

        /// Remembers a kind learnt before anyone asked, without replacing an answer given.
        func rememberUnlessKnown(_ kind: FileTreeEntryKind?, at path: String) {
            state.withLock { state in
                if state.kinds.isEmpty { state.kinds.reserveCapacity(Self.expectedPaths) }
                let key = ExactPath(path)
                if state.kinds[key] == nil { state.kinds[key] = Known(kind: kind) }
            }
        }

        func children(of directory: String) -> [String]? {
            state.withLock { $0.listings[ExactPath(directory)] }
        }

        func remember(children: [String], of directory: String) {
            state.withLock { $0.listings[ExactPath(directory)] = children }
        }
    }
}
