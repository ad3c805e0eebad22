/// The members of a tar archive seen as a `FileTree`, without extracting anything.
///
/// Every member is listed (kind, size, link target) but only the contents an `ArchiveReader`
/// retained are held. Reading a regular file whose contents were not retained fails and is
/// noted in `misses`, so `ArchiveInput` can fetch exactly those in another pass. Links are
/// stored as links: `SafePathResolver` follows them inside the bundle root only, as on disk.
public struct ArchiveFileTree: FileTree {
    enum Entry: Sendable, Equatable {
        case regular(size: Int)
        case directory
        case symbolicLink(target: String)
        case special(String)
    }

    private(set) var entries: [String: Entry] = ["": .directory]
    private(set) var children: [String: Set<String>] = [:]
    private(set) var contents: [String: [UInt8]] = [:]
    /// Hard links: path -> the earlier member whose data it shares.
    private(set) var hardLinks: [String: String] = [:]
    /// Paths whose contents a reader asked for but were not retained.
    let misses = ArchiveContentMisses()

    init() {}

    mutating func add(_ path: String, _ entry: Entry) {
        addParents(of: path)
        entries[path] = entry
        contents[path] = nil
        hardLinks[path] = nil
    }

    mutating func addHardLink(_ path: String, to target: String) {
        guard case .regular(let size)? = entries[target] else {
            add(path, .special("hard link to \(target), which is not a regular file before it"))
            return
        }
        add(path, .regular(size: size))
        hardLinks[path] = hardLinks[target] ?? target
    }

    mutating func retain(_ path: String, contents bytes: [UInt8]) {
        contents[path] = bytes
    }

    /// The path whose data a regular member holds (itself, or a hard link's source).
    func dataPath(of path: String) -> String {
        hardLinks[path] ?? path
    }

    func isRetained(_ path: String) -> Bool {
        contents[dataPath(of: path)] != nil
    }

    private mutating func addParents(of path: String) {
        var child = path
        var parent = path.treeParent
        while !child.isEmpty {
            if entries[parent] == nil {
                entries[parent] = .directory
            }
            let inserted = children[parent, default: []].insert(child.treeBaseName).inserted
            if !inserted { break }
            child = parent
            parent = parent.treeParent
        }
    }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        switch entries[path] {
        case .none: nil
        case .regular(let size): .regular(size: size)
        case .directory: .directory
        case .symbolicLink(let target): .symbolicLink(target: target)
        case .special(let kind): .special(kind)
        }
    }

    public func childNames(of directory: String) -> [String] {
        guard case .directory? = entries[directory] else { return [] }
        return (children[directory] ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    public func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        switch entries[path] {
        case .regular(let size):
            guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
            let source = dataPath(of: path)
            guard let bytes = contents[source] else {
                misses.note(source)
                throw .system("the archive member's contents were not loaded")
            }
            return bytes
        case .none: throw .system("No such file or directory")
        case .directory: throw .notRegularFile("directory")
        case .symbolicLink: throw .notRegularFile("symbolic link")
        case .special(let kind): throw .notRegularFile(kind)
        }
    }
}
