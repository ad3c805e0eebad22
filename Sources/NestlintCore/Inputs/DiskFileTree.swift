#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// A directory on disk seen as a `FileTree`.
///
/// Uses `lstat`, `readlink` and `open(O_NOFOLLOW | O_NONBLOCK)` followed by `fstat`, so a FIFO,
/// a device or a socket is never read from (and never blocks the run), and a symbolic link is
/// never followed by the kernel behind nestlint's back.
public struct DiskFileTree: FileTree {
    /// Absolute path of the root directory (or of a single file's parent).
    public let rootPath: String

    public init(rootPath: String) {
        self.rootPath = rootPath.count > 1 && rootPath.hasSuffix("/") ? String(rootPath.dropLast()) : rootPath
    }

    private func absolute(_ path: String) -> String {
        path.isEmpty ? rootPath : rootPath + "/" + path
    }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        var info = stat()
        guard lstat(absolute(path), &info) == 0 else { return nil }
        return Self.kind(of: info, linkPath: absolute(path))
    }

    static func kind(of info: stat, linkPath: String?) -> FileTreeEntryKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK:
            guard let linkPath else { return .special("symbolic link") }
            var buffer = [CChar](repeating: 0, count: 4097)
            let count = readlink(linkPath, &buffer, 4096)
            guard count >= 0 else { return .special("unreadable symbolic link") }
            let bytes = buffer[0..<count].map { UInt8(bitPattern: $0) }
            return .symbolicLink(target: String(decoding: bytes, as: UTF8.self))
        case S_IFIFO: return .special("FIFO")
        case S_IFSOCK: return .special("socket")
        case S_IFCHR: return .special("character device")
        case S_IFBLK: return .special("block device")
        default: return .special("unknown file type")
        }
    }

    public func childNames(of directory: String) -> [String] {
        guard let handle = opendir(absolute(directory)) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String in
                let bytes = raw.prefix { $0 != 0 }
                return String(decoding: bytes, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        let descriptor = open(absolute(path), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw .notRegularFile("symbolic link") }
            throw .system(String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .notRegularFile(Self.kind(of: info, linkPath: nil).specialName)
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(size: size, limit: limit) }
        var bytes = [UInt8]()
        bytes.reserveCapacity(size)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw .system(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            // A file that grows while read (or lies about its size) still obeys the limit.
            if bytes.count > limit { throw .tooLarge(size: bytes.count, limit: limit) }
        }
        return bytes
    }
}

extension FileTreeEntryKind {
    var specialName: String {
        switch self {
        case .regular: "regular file"
        case .directory: "directory"
        case .symbolicLink: "symbolic link"
        case .special(let name): name
        }
    }
}
