import Foundation

/// The archive members a scan tried to read before their contents were loaded.
final class ArchiveContentMisses: @unchecked Sendable {
    // @unchecked: every access holds the lock.
    private let lock = NSLock()
    private var paths: Set<String> = []

    func note(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        paths.insert(path)
    }

    var all: Set<String> {
        lock.lock()
        defer { lock.unlock() }
        return paths
    }
}
