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
/// Uses `lstat`, `readlink` and `open(O_NOFOLLOW | O_NONBLOCK)` followed by `fstat` (each
/// relative to the open root: `RootDirectoryDescriptor`), so a FIFO,
/// a device or a socket is never read from (and never blocks the run), and a symbolic link is
/// never followed by the kernel behind nestlint's back.
public struct DiskFileTree: FileTree {
    /// Absolute path of the root directory (or of a single file's parent).
    public let rootPath: String

    /// The root, opened at the first system call: lookups are made relative to it.
    private let root = RootDirectoryDescriptor()

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

    /// The stack buffer a link target is read into first.
    static let stackLinkCapacity = 1024

    /// What fits in the stack buffer of `withSystemPath`, the terminating NUL included: Swift
    /// places a temporary allocation of up to 1 KiB on the stack.
    static let stackPathCapacity = 1024

    /// Calls `body` with `systemPath(path)`. A path without escapes (no 0xEF byte, as
    /// `systemBytes` checks) and short enough is laid out in a stack buffer: the arrays of
    /// `systemPath`, built for every `lstat` and `open`, were a twentieth of a bundle scan.
    private func withSystemPath<Result>(_ path: String, _ body: (UnsafePointer<CChar>) -> Result) -> Result {
        let rootCount = rootPath.utf8.count
        let count = path.isEmpty ? rootCount : rootCount + 1 + path.utf8.count
        if count < Self.stackPathCapacity {
            let answer: Result? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.stackPathCapacity) { buffer in
                guard Self.copyPlain(rootPath, into: buffer, at: 0) else { return nil }
                if !path.isEmpty {
                    buffer[rootCount] = UInt8(ascii: "/")
                    guard Self.copyPlain(path, into: buffer, at: rootCount + 1) else { return nil }
                }
                buffer[count] = 0
                return buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count + 1) { body($0) }
            }
            if let answer { return answer }
        }
        return systemPath(path).withUnsafeBufferPointer { body($0.baseAddress!) }
    }

    /// Calls `body` with a directory descriptor and `path` relative to it, as the `*at` system
    /// calls take them: the open root and the path inside the tree (`.` for the root itself),
    /// or, when the root could not be opened, `AT_FDCWD` and the absolute path.
    private func withLocation<Result>(_ path: String, _ body: (Int32, UnsafePointer<CChar>) -> Result) -> Result {
        var descriptor = root.current
        if descriptor == RootDirectoryDescriptor.unopened { descriptor = withSystemPath("") { root.open($0) } }
        guard descriptor != RootDirectoryDescriptor.unavailable else {
            return withSystemPath(path) { body(AT_FDCWD, $0) }
        }
        let relative = path.isEmpty ? "." : path
        let count = relative.utf8.count
        if count < Self.stackPathCapacity {
            let answer: Result? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.stackPathCapacity) { buffer in
                guard Self.copyPlain(relative, into: buffer, at: 0) else { return nil }
                buffer[count] = 0
                return buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: count + 1) { body(descriptor, $0) }
            }
            if let answer { return answer }
        }
        let bytes = Self.systemBytes(relative).map { CChar(bitPattern: $0) } + [0]
        return bytes.withUnsafeBufferPointer { body(descriptor, $0.baseAddress!) }
    }

    /// Copies the UTF-8 of `text` into `buffer` at `offset`; `false` (and the copy is void) when
    /// it holds an 0xEF byte, which may start an escape for `systemBytes` to undo.
    private static func copyPlain(_ text: String, into buffer: UnsafeMutableBufferPointer<UInt8>, at offset: Int) -> Bool {
        let copied = text.utf8.withContiguousStorageIfAvailable { source -> Bool in
            guard let base = source.baseAddress, source.count > 0 else { return true }
            if memchr(base, 0xEF, source.count) != nil { return false }
            memcpy(buffer.baseAddress! + offset, base, source.count)
            return true
        }
        if let copied { return copied }
        var index = offset
        for byte in text.utf8 {
            if byte == 0xEF { return false }
            buffer[index] = byte
            index += 1
        }
        return true
    }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        withLocation(path) { directory, relative in
            var info = stat()
            guard fstatat(directory, relative, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            return Self.kind(of: info) { readlinkat(directory, relative, $0, $1) }
        }
    }

    /// The kind `stat` information describes; `readingLink(buffer, size)` reads a link's
    /// target as `readlink` does (`nil`: the caller cannot, as after `fstat`).
    static func kind(
        of info: stat, readingLink: ((UnsafeMutablePointer<CChar>, Int) -> Int)?
    ) -> FileTreeEntryKind {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK:
            guard let readingLink else { return .special("symbolic link") }
            // Targets are short: read into the stack first, and into 4 KiB only when that
            // filled up (the target may have been cut short), as before.
            let short = withUnsafeTemporaryAllocation(of: CChar.self, capacity: Self.stackLinkCapacity) { buffer -> FileTreeEntryKind? in
                let count = readingLink(buffer.baseAddress!, buffer.count)
                guard count >= 0 else { return .special("unreadable symbolic link") }
                guard count < buffer.count else { return nil }
                return .symbolicLink(target: Self.name(decoding: UnsafeRawBufferPointer(start: buffer.baseAddress!, count: count)))
            }
            if let short { return short }
            var buffer = [CChar](repeating: 0, count: 4097)
            let count = readingLink(&buffer, 4096)
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

    /// The kind a directory entry's `d_type` tells, as `kind(of:readingLink:)` would tell it
    /// from `lstat` but without a regular file's size (`nil`: the reader learns it when it
    /// opens the file); `nil` when the file system does not say (`DT_UNKNOWN`), and `lstat`
    /// must be asked. Most entries a bundle scan lists are regular files: one system call less
    /// for each.
    static func kind(
        ofListedType type: UInt8, readingLink: (UnsafeMutablePointer<CChar>, Int) -> Int
    ) -> FileTreeEntryKind? {
        switch Int(type) {
        case Int(DT_REG): return .regular(size: nil)
        case Int(DT_DIR): return .directory
        case Int(DT_LNK):
            var info = stat()
            info.st_mode = S_IFLNK
            return withoutActuallyEscaping(readingLink) { kind(of: info, readingLink: $0) }
        case Int(DT_FIFO): return .special("FIFO")
        case Int(DT_SOCK): return .special("socket")
        case Int(DT_CHR): return .special("character device")
        case Int(DT_BLK): return .special("block device")
        default: return nil
        }
    }

    public func childNames(of directory: String) -> [String] {
        #if canImport(Glibc)
            return Self.sorted(linuxChildEntries(of: directory, statingUpTo: 0).map(\.name))
        #else
            return Self.sorted(portableChildNames(of: directory))
        #endif
    }

    /// `childNames(of: directory)`, each name with `entryKind(at: directory/name)` for the
    /// first `limit` entries (`isKnown`), asked relative to the open directory: the kernel
    /// walks one name rather than the whole absolute path and no path is built, about a fifth
    /// less per entry than `entryKind`, and a bundle scan asks about nearly every entry it lists.
    func childEntries(
        of directory: String, statingUpTo limit: Int
    ) -> [(name: String, kind: FileTreeEntryKind?, isKnown: Bool)] {
        #if canImport(Glibc)
            return linuxChildEntries(of: directory, statingUpTo: limit).sorted { ExactPath.bytesPrecede($0.name, $1.name) }
        #else
            return childNames(of: directory).map { ($0, nil, false) }
        #endif
    }

    /// Names in byte order, whatever order the file system gives them in.
    private static func sorted(_ names: [String]) -> [String] {
        names.sorted(by: ExactPath.bytesPrecede)
    }

    #if canImport(Glibc)
        /// The entries through getdents64 into a buffer on the stack: opendir's 32 KiB heap
        /// buffer per directory cost more than reading the directory. 1 KiB is what Swift
        /// always places on the stack (a larger temporary went to the heap); it holds a few
        /// entries per call, and bundle directories are small. The first `limit` entries are
        /// `lstat`ed (`fstatat` without following links) relative to the open directory.
        private func linuxChildEntries(
            of directory: String, statingUpTo limit: Int
        ) -> [(name: String, kind: FileTreeEntryKind?, isKnown: Bool)] {
            let descriptor = withLocation(directory) { openat($0, $1, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            guard descriptor >= 0 else { return [] }
            defer { close(descriptor) }
            var entries: [(name: String, kind: FileTreeEntryKind?, isKnown: Bool)] = []
            // linux_dirent64: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
            let lengthOffset = 16
            let typeOffset = 18
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
                        offset += length
                        let start = (record + nameOffset).assumingMemoryBound(to: CChar.self)
                        let room = length - nameOffset
                        let count = strnlen(start, room)
                        let name = Self.name(decoding: UnsafeRawBufferPointer(start: start, count: count))
                        guard name != "." && name != ".." else { continue }
                        // The name is NUL-terminated inside its record when `count < room`. A
                        // name with an 0xEF byte is left to `entryKind`: the path it is asked
                        // under goes through `systemBytes`, which may not give these bytes back
                        // (a name that is itself U+F780…U+F7FF), and the answer must be that one.
                        guard entries.count < limit, count < room, memchr(start, 0xEF, count) == nil else {
                            entries.append((name, nil, false))
                            continue
                        }
                        let type = record.load(fromByteOffset: typeOffset, as: UInt8.self)
                        if let known = Self.kind(ofListedType: type, readingLink: { readlinkat(descriptor, start, $0, $1) }) {
                            entries.append((name, known, true))
                            continue
                        }
                        var info = stat()
                        let kind: FileTreeEntryKind? =
                            fstatat(descriptor, start, &info, AT_SYMLINK_NOFOLLOW) == 0
                            ? Self.kind(of: info) { readlinkat(descriptor, start, $0, $1) } : nil
                        entries.append((name, kind, true))
                    }
                }
            }
            return entries
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
        let descriptor = withLocation(path) { openat($0, $1, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC) }
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw .notRegularFile("symbolic link") }
            throw .system(String(cString: strerror(code)))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .system(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            throw .notRegularFile(Self.kind(of: info, readingLink: nil).specialName)
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

    /// `name(decoding:)` of bytes in place: a name that is valid UTF-8 (every name of a normal
    /// run) needs no array.
    static func name(decoding bytes: UnsafeRawBufferPointer) -> String {
        let plain = String(decoding: bytes, as: UTF8.self)
        if plain.utf8.elementsEqual(bytes) { return plain }
        return name(decoding: Array(bytes))
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
