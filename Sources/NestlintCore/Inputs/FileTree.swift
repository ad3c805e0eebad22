/// A read-only tree of files that nestlint lints: a directory on disk, an in-memory example, or
/// (later) an archive. Paths are relative, `/`-separated, with `""` meaning the root.
///
/// The tree never follows symbolic links itself: `SafePathResolver` does, inside the root only.
public protocol FileTree: Sendable {
    /// What is at `path`, without following a final symbolic link; `nil` when nothing is there.
    func entryKind(at path: String) -> FileTreeEntryKind?
    /// The names in a directory, sorted by their bytes so every run sees the same order.
    func childNames(of directory: String) -> [String]
    /// The bytes of a regular file. Never opens anything else (FIFOs, devices, sockets).
    func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8]
}

/// What kind of entry a tree holds at a path.
public enum FileTreeEntryKind: Sendable, Equatable {
    case regular(size: Int)
    case directory
    case symbolicLink(target: String)
    /// FIFO, socket, device node…: never opened for reading.
    case special(String)
}

/// Why a file could not be read; becomes an NL002 finding.
public enum FileTreeReadError: Error, Sendable, Equatable, CustomStringConvertible {
    case notRegularFile(String)
    case tooLarge(size: Int, limit: Int)
    case system(String)

    public var description: String {
        switch self {
        case .notRegularFile(let kind): "not a regular file (\(kind)); not opened"
        case .tooLarge(let size, let limit): "\(size) bytes, over the \(limit)-byte size limit; skipped"
        case .system(let message): message
        }
    }
}

extension String {
    /// Joins two tree paths, treating `""` as the root.
    func appendingTreePath(_ name: String) -> String {
        isEmpty ? name : self + "/" + name
    }

    /// The last component of a tree path.
    var treeBaseName: String {
        guard let slash = lastIndex(of: "/") else { return self }
        return String(self[index(after: slash)...])
    }

    /// Everything before the last component (`""` for a top-level name).
    var treeParent: String {
        guard let slash = lastIndex(of: "/") else { return "" }
        return String(self[..<slash])
    }
}
