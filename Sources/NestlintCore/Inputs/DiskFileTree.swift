#if canImport(Glibc)
    import CNestlintSystem
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

    /// The bytes the system calls get: `absolute(path)` with escaped name bytes restored.
    private func systemPath(_ path: String) -> [CChar] {
        Self.systemBytes(absolute(path)).map { CChar(bitPattern: $0) } + [0]
    }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        var info = stat()
        let system = systemPath(path)
        guard lstat(system, &info) == 0 else { return nil }
        return Self.kind(of: info, linkPath: system)
    }

    static func kind(of info: stat, linkPath: [CChar]?) -> FileTreeEntryKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK:
            guard let linkPath else { return .special("symbolic link") }
            var buffer = [CChar](repeating: 0, count: 4097)
            let count = readlink(linkPath, &buffer, 4096)
            guard count >= 0 else { return .special("unreadable symbolic link") }
            let bytes = buffer[0..<count].map { UInt8(bitPattern: $0) }
            return .symbolicLink(target: Self.name(decoding: bytes))
        case S_IFIFO: return .special("FIFO")
        case S_IFSOCK: return .special("socket")
        case S_IFCHR: return .special("character device")
        case S_IFBLK: return .special("block device")
        default: return .special("unknown file type")
        }
    }

    public func childNames(of directory: String) -> [String] {
        #if canImport(Glibc)
            return Self.sorted(linuxChildNames(of: directory))
        #else
            return Self.sorted(portableChildNames(of: directory))
        #endif
    }

    /// Names in byte order, whatever order the file system gives them in.
    private static func sorted(_ names: [String]) -> [String] {
        names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    #if canImport(Glibc)
        /// The names through getdents64 into a buffer on the stack: opendir's 32 KiB heap
        /// buffer per directory cost more than reading the directory. 1 KiB is what Swift
        /// always places on the stack (a larger temporary went to the heap); it holds a few
        /// entries per call, and bundle directories are small.
        private func linuxChildNames(of directory: String) -> [String] {
            let descriptor = open(systemPath(directory), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { return [] }
            defer { close(descriptor) }
            var names: [String] = []
            // linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
            let lengthOffset = 16
            let nameOffset = 19
            withUnsafeTemporaryAllocation(byteCount: 1024, alignment: 8) { buffer in
                while true {
                    let filled = nestlint_getdents64(descriptor, buffer.baseAddress, UInt(buffer.count))
                    if filled < 0 && errno == EINTR { continue }
                    guard filled > 0 else { return }
                    var offset = 0
                    while offset + nameOffset < filled {
                        let record = buffer.baseAddress! + offset
                        let length = Int(record.loadUnaligned(fromByteOffset: lengthOffset, as: UInt16.self))
                        guard length > 0 else { return }
                        let start = record + nameOffset
                        let count = strnlen(start.assumingMemoryBound(to: CChar.self), length - nameOffset)
                        let name = Self.name(decoding: Array(UnsafeRawBufferPointer(start: start, count: count)))
                        if name != "." && name != ".." { names.append(name) }
                        offset += length
                    }
                }
            }
            return names
        }
    #endif

    private func portableChildNames(of directory: String) -> [String] {
        guard let handle = opendir(systemPath(directory)) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        // readdir's records are only as long as their name: copying `entry.pointee` (or its
        // 256-byte d_name) reads past the end of the last one (AddressSanitizer: heap buffer
        // overflow). The name is read in place, up to its NUL.
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(handle) {
            let start = UnsafeRawPointer(entry) + nameOffset
            let length = strlen(start.assumingMemoryBound(to: CChar.self))
            let name = Self.name(decoding: Array(UnsafeRawBufferPointer(start: start, count: length)))
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    public func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        let descriptor = open(systemPath(path), O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC)
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
        // One read straight into the result for a file of the size fstat gave: asked for one
        // byte more, a regular file that answers short is at its end (no second read to see it).
        var failure: FileTreeReadError?
        var bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
            while true {
                let count = read(descriptor, buffer.baseAddress, buffer.count)
                if count < 0 && errno == EINTR { continue }
                if count < 0 { failure = .system(String(cString: strerror(errno))) }
                initialized = max(count, 0)
                return
            }
        }
        if let failure { throw failure }
        if bytes.count <= size && size > 0 { return bytes }
        if bytes.count > limit { throw .tooLarge(size: bytes.count, limit: limit) }
        // Grew while read, or a file whose size says nothing (size 0 in /proc): read on in chunks.
        var chunk = [UInt8](repeating: 0, count: 16384)
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

extension DiskFileTree {
    /// Where the escapes of name bytes that are not UTF-8 start: byte `b` becomes `U+F700 + b`
    /// (only 0x80…0xFF occur), in the Private Use Area, which file names practically never use.
    static let escapeBase: UInt32 = 0xF700

    /// A file name or link target as a `String` that leads back to the same bytes.
    ///
    /// Names from other machines may be Latin-1 (`caf\xE9.xml`). Decoded leniently, such a name
    /// becomes U+FFFD, no longer names the file, and the file would be skipped in silence; so
    /// each byte that is not part of valid UTF-8 is kept as an escape that `systemBytes`
    /// reverses. Valid UTF-8 names are unchanged.
    static func name(decoding bytes: [UInt8]) -> String {
        let plain = String(decoding: bytes, as: UTF8.self)
        if plain.utf8.elementsEqual(bytes) { return plain }
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0
            if length > 0, index + length <= bytes.count {
                let piece = bytes[index..<(index + length)]
                let decoded = String(decoding: piece, as: UTF8.self)
                if decoded.utf8.elementsEqual(piece) {
                    scalars.append(contentsOf: decoded.unicodeScalars)
                    index += length
                    continue
                }
            }
            scalars.append(Unicode.Scalar(escapeBase + UInt32(lead))!)
            index += 1
        }
        return String(scalars)
    }

    /// The bytes of a path whose names came from `name(decoding:)`.
    static func systemBytes(_ path: String) -> [UInt8] {
        // Escapes are U+F780…U+F7FF, which UTF-8 starts with 0xEF: without that byte the path
        // is its own bytes (every path of a normal run; this is on the path of every lstat).
        let plain = Array(path.utf8)
        guard plain.contains(0xEF) else { return plain }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if scalar.value >= escapeBase + 0x80 && scalar.value <= escapeBase + 0xFF {
                bytes.append(UInt8(scalar.value - escapeBase))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
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
