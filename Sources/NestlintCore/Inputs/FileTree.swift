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
    /// `size` is `nil` when a directory listing told the kind (`MemoizedFileTree`), which says
    /// nothing of the size: the reader learns it when it opens the file, and checks it then.
    case regular(size: Int?)
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
        case .notRegularFile(let kind):
            "a \(kind) where a regular file was expected; not opened (nestlint never reads FIFOs, sockets, devices or directories as files)"
        case .tooLarge(let size, let limit):
            "\(size) bytes (\(Self.readableSize(size))), over the size limit of \(limit) bytes (\(Self.readableSize(limit))); "
                + "not read (raise the limit with --max-file-size if the file is genuine)"
        case .system(let message): "cannot be read: \(message)"
        }
    }

    /// `16 MiB`, `40.5 MiB`, `812 KiB`, `96 bytes`: sizes a person can compare at a glance.
    static func readableSize(_ bytes: Int) -> String {
        let units = [(1 << 30, "GiB"), (1 << 20, "MiB"), (1 << 10, "KiB")]
        for (unit, name) in units where bytes >= unit {
            let tenths = (bytes * 10 + unit / 2) / unit
            return tenths % 10 == 0 ? "\(tenths / 10) \(name)" : "\(tenths / 10).\(tenths % 10) \(name)"
        }
        return "\(bytes) bytes"
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
