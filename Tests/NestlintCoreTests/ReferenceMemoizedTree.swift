import Foundation

@testable import NestlintCore

/// `MemoizedFileTree` as it was before the scan was made fast: it remembers only what it
/// was asked, by `String` path.
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
        private var kinds: [String: Known] = [:]
        private var listings: [String: [String]] = [:]

        func kind(of path: String) -> Known? {
            lock.lock()
            defer { lock.unlock() }
            return kinds[path]
        }

        func remember(_ kind: FileTreeEntryKind?, at path: String) {
            lock.lock()
            defer { lock.unlock() }
            kinds[path] = Known(kind: kind)
        }

        func children(of directory: String) -> [String]? {
            lock.lock()
            defer { lock.unlock() }
            return listings[directory]
        }

        func remember(children: [String], of directory: String) {
            lock.lock()
            defer { lock.unlock() }
            listings[directory] = children
        }
    }
}
