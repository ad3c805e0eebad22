@testable import NestlintCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `DiskFileTree` as it was before the scan was made fast: a new array of path bytes for
/// each system call, every `lstat` by absolute path, listings with `readdir`. The disk under
/// `ReferenceBundleScan`.
struct ReferenceDiskTree: FileTree {
    let rootPath: String

    private func systemPath(_ path: String) -> [CChar] {
        DiskFileTree.systemBytes(path.isEmpty ? rootPath : rootPath + "/" + path).map { CChar(bitPattern: $0) } + [0]
    }

    func entryKind(at path: String) -> FileTreeEntryKind? {
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
            return .symbolicLink(target: DiskFileTree.name(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }))
        case S_IFIFO: return .special("FIFO")
        case S_IFSOCK: return .special("socket")
        case S_IFCHR: return .special("character device")
        case S_IFBLK: return .special("block device")
        default: return .special("unknown file type")
        }
    }

    func childNames(of directory: String) -> [String] {
        guard let handle = opendir(systemPath(directory)) else { return [] }
        defer { closedir(handle) }
        var names: [String] = []
        let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
        while let entry = readdir(handle) {
            let start = UnsafeRawPointer(entry) + nameOffset
            let length = strlen(start.assumingMemoryBound(to: CChar.self))
            let name = DiskFileTree.name(decoding: Array(UnsafeRawBufferPointer(start: start, count: length)))
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
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
