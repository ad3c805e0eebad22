/// An in-memory `FileTree`: rule examples and tests lint it without touching the disk.
public struct MemoryFileTree: FileTree {
    private enum Node: Sendable {
        case file([UInt8])
        case link(String)
        case directory
        case special(String)
    }

    private var nodes: [String: Node] = ["": .directory]

    public init() {}

    /// Adds a regular file, creating its parent directories.
    public mutating func addFile(_ path: String, bytes: [UInt8]) {
        addParents(of: path)
        nodes[path] = .file(bytes)
    }

    public mutating func addFile(_ path: String, text: String) {
        addFile(path, bytes: Array(text.utf8))
    }

    public mutating func addSymbolicLink(_ path: String, target: String) {
        addParents(of: path)
        nodes[path] = .link(target)
    }

    public mutating func addDirectory(_ path: String) {
        addParents(of: path)
        nodes[path] = .directory
    }

    /// A FIFO, socket or device stand-in, to test that such entries are never read.
    public mutating func addSpecial(_ path: String, kind: String) {
        addParents(of: path)
        nodes[path] = .special(kind)
    }

    private mutating func addParents(of path: String) {
        var parent = path.treeParent
        while !parent.isEmpty {
            nodes[parent] = .directory
            parent = parent.treeParent
        }
    }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        switch nodes[path] {
        case .none: nil
        case .file(let bytes): .regular(size: bytes.count)
        case .link(let target): .symbolicLink(target: target)
        case .directory: .directory
        case .special(let kind): .special(kind)
        }
    }

    public func childNames(of directory: String) -> [String] {
        let prefix = directory.isEmpty ? "" : directory + "/"
        return nodes.keys
            .filter { !$0.isEmpty && $0.hasPrefix(prefix) && !$0.dropFirst(prefix.count).contains("/") }
            .map { String($0.dropFirst(prefix.count)) }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        switch nodes[path] {
        case .file(let bytes):
            guard bytes.count <= limit else { throw .tooLarge(size: bytes.count, limit: limit) }
            return bytes
        case .none: throw .system("No such file or directory")
        case .some(let node):
            let kind: String
            switch node {
            case .directory: kind = "directory"
            case .link: kind = "symbolic link"
            case .special(let name): kind = name
            case .file: kind = "regular file"
            }
            throw .notRegularFile(kind)
        }
    }
}
