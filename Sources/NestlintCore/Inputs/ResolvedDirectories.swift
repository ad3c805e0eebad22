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
    /// component or its parent is unknown. `split` is `split(path)`, which the caller needs too.
    func resolvedParent(of path: String, split: (parent: String, name: Substring)?) -> Parent? {
        guard let split else {
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
        // The last slash found in the bytes: a search on the UTF-8 view (let alone on the
        // Characters) cost more than the lookup it serves, once or twice for every path asked.
        let found: Int?? = path.utf8.withContiguousStorageIfAvailable { bytes in
            var index = bytes.count - 1
            while index >= 0, bytes[index] != UInt8(ascii: "/") { index -= 1 }
            return index >= 0 ? index : nil
        }
        let offset: Int
        if let found {
            guard let found else { return nil }
            offset = found
        } else {
            guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return nil }
            offset = path.utf8.distance(from: path.utf8.startIndex, to: slash)
        }
        let nameCount = path.utf8.count - offset - 1
        guard offset > 0, nameCount > 0 else { return nil }
        let slash = path.utf8.index(path.utf8.startIndex, offsetBy: offset)
        let name = path[path.utf8.index(after: slash)...]
        // `.` and `..`: names of at most two bytes that are all dots.
        if nameCount <= 2, name.utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) { return nil }
        return (String(path[..<slash]), name)
    }
}
