import Foundation

@testable import NestlintCore

/// `MemoizedFileTree` as it was before the scan was made fast: it remembers only what it
/// was asked, by exact path bytes (the `String`-keyed original answered for canonically
/// equivalent twins: fixed in both).
struct ReferenceMemoizedTree: FileTree {
    let base: any FileTree
    private let memory = Memory()

    init(base: any FileTree) {
        self.base = base
    }

    func entryKind(at path: String) -> FileTreeEntryKind? {
        if let known = memory.kind(of: path) { return known.kind }
        let kind = base.entryKind(at: path)
        memory.remember(kind, at: path)
        return kind
    }

    func childNames(of directory: String) -> [String] {
        if let known = memory.children(of: directory) { return known }
        let names = base.childNames(of: directory)
        memory.remember(children: names, of: directory)
        return names
    }

    func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        try base.readFile(at: path, limit: limit)
    }

    /// What was answered so far (a missing path is remembered as missing).
    private final class Memory: @unchecked Sendable {
        // @unchecked: every access holds the lock (a unit uses its tree from one task at a
        // time; the lock only keeps that an invariant rather than an assumption).
        struct Known {
            let kind: FileTreeEntryKind?
        }

        private let lock = NSLock()
        private var kinds: [ExactPath: Known] = [:]
        private var listings: [ExactPath: [String]] = [:]

        func kind(of path: String) -> Known? {
            lock.lock()
            defer { lock.unlock() }
            return kinds[ExactPath(path)]
        }

        func remember(_ kind: FileTreeEntryKind?, at path: String) {
            lock.lock()
            defer { lock.unlock() }
            kinds[ExactPath(path)] = Known(kind: kind)
        }

        func children(of directory: String) -> [String]? {
            lock.lock()
            defer { lock.unlock() }
            return listings[ExactPath(directory)]
        }

        func remember(children: [String], of directory: String) {
            lock.lock()
            defer { lock.unlock() }
            listings[ExactPath(directory)] = children
        }
    }
}
