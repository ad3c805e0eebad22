/// A directory inside another tree, seen as a tree of its own: a bundle inside a fleet.
///
/// The bundle's root is its own `/`: links are resolved against it, never against the fleet.
public struct SubtreeFileTree: FileTree {
    public let base: any FileTree
    public let prefix: String

    public init(base: any FileTree, prefix: String) {
        self.base = base
        self.prefix = prefix
    }

    private func full(_ path: String) -> String { prefix.appendingTreePath(path) }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        path.isEmpty ? base.entryKind(at: prefix) : base.entryKind(at: full(path))
    }

    public func childNames(of directory: String) -> [String] {
        base.childNames(of: directory.isEmpty ? prefix : full(directory))
    }

    public func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        try base.readFile(at: full(path), limit: limit)
    }
}
