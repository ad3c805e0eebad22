import Foundation
import Synchronization

/// The directories one `SafePathResolver` has resolved: asked path -> the real path inside the
/// tree (links followed) and the links it took. Trees never change during a run.
final class ResolvedDirectories: Sendable {

    /// Where a path's parent directory led, for resolving only the path's last component.
    struct Parent {
        let name: Substring
        let resolved: String
        /// Whether `resolved` is, byte for byte, the parent as asked (no link on the way), so
        /// that the asked path itself names the entry under it. Compared with the asked bytes,
        /// not with the key remembered: `String` keys match canonically equivalent names.
        let isAsked: Bool
        let hops: Int
    }

    /// Keyed by exact bytes (`ExactPath`): a canonically equivalent twin is another path. A
    /// `Mutex`, not an `NSLock`: one is made per bundle and per resolver.
    private let resolved = Mutex<[ExactPath: (path: String, hops: Int)]>([:])

    func remember(_ path: String, resolvedTo directory: String, hops: Int) {
        resolved.withLock { $0[ExactPath(path)] = (directory, hops) }
    }

    /// For `parent/name` whose parent was resolved before, or for a plain top-level `name`: the
    /// last component and where the parent led. `nil` when the path has no plain last
    /// component or its parent is unknown.
    func resolvedParent(of path: String) -> Parent? {
        guard let split = Self.split(path) else {
            // A top-level name: its parent is the root, which the walk never looks up either.
            guard !path.isEmpty, path != ".", path != "..", !path.utf8.contains(UInt8(ascii: "/")) else { return nil }
            return Parent(name: path[...], resolved: "", isAsked: true, hops: 0)
        }
        let known = resolved.withLock { $0[ExactPath(split.parent)] }
        guard let known else { return nil }
        return Parent(name: split.name, resolved: known.path, isAsked: ExactPath.sameBytes(known.path, split.parent), hops: known.hops)
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
