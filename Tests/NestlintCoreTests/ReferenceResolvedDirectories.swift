import Foundation

@testable import NestlintCore

/// `ResolvedDirectories` as it was before the scan was made fast: the directories one
/// `ReferencePathResolver` has resolved, asked path -> the real path inside the tree.
final class ReferenceResolvedDirectories: @unchecked Sendable {
    // @unchecked: every access holds the lock.

    /// Where a path's parent directory led, for resolving only the path's last component.
    struct Parent {
        let name: Substring
        let resolved: String
        /// `resolved` split at its slashes, once per directory rather than once per file.
        let components: [String]
        let hops: Int
    }

    private let lock = NSLock()
    private var resolved: [ExactPath: (path: String, components: [String], hops: Int)] = [:]

    func remember(_ path: String, resolvedTo directory: String, hops: Int) {
        let components = directory.split(separator: "/").map(String.init)
        lock.lock()
        defer { lock.unlock() }
        resolved[ExactPath(path)] = (directory, components, hops)
    }

    /// For `parent/name` whose parent was resolved before: the last component and where the
    /// parent led. `nil` when the path has no plain last component or its parent is unknown.
    func resolvedParent(of path: String) -> Parent? {
        guard let split = Self.split(path) else { return nil }
        lock.lock()
        defer { lock.unlock() }
        return resolved[ExactPath(split.parent)].map {
            Parent(name: split.name, resolved: $0.path, components: $0.components, hops: $0.hops)
        }
    }

    /// `parent/name` split at its last slash; `nil` when there is no parent or the last
    /// component is empty, `.` or `..` (those change what the parent means).
    static func split(_ path: String) -> (parent: String, name: Substring)? {
        // On the UTF-8 view: a Character search costs grapheme breaking on every path.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
        let name = path[path.utf8.index(after: slash)...]
        let parent = path[..<slash]
        guard !parent.isEmpty, !name.isEmpty, name != ".", name != ".." else { return nil }
        return (String(parent), name)
    }
}
