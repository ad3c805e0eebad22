import Foundation
import NestlintCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A scratch directory for hostile inputs that cannot be committed (FIFOs, devices, sockets,
/// 40 MB files, names git mangles): created by each test at run time, removed afterwards, and
/// linted as `nestlint lint` would lint it.
final class HostileScratch {
    let url: URL
    var path: String { url.path }

    init() throws {
        // Canonical from the start (/tmp may be a link), so report paths are predictable.
        let base = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        url = base.appendingPathComponent("nestlint-hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }

    func absolute(_ relativePath: String) -> String { url.appendingPathComponent(relativePath).path }

    private func makeParent(of relativePath: String) throws {
        let parent = url.appendingPathComponent(relativePath).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    }

    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, bytes: Array(text.utf8))
    }

    func write(_ relativePath: String, bytes: [UInt8]) throws {
        try makeParent(of: relativePath)
        try Data(bytes).write(to: url.appendingPathComponent(relativePath))
    }

    func link(_ relativePath: String, to target: String) throws {
        try makeParent(of: relativePath)
        guard symlink(target, absolute(relativePath)) == 0 else { throw HostileScratchError.system("symlink", errno) }
    }

    func directory(_ relativePath: String) throws {
        try FileManager.default.createDirectory(at: url.appendingPathComponent(relativePath), withIntermediateDirectories: true)
    }

    func fifo(_ relativePath: String) throws {
        try makeParent(of: relativePath)
        guard mkfifo(absolute(relativePath), 0o644) == 0 else { throw HostileScratchError.system("mkfifo", errno) }
    }

    /// A character device like /dev/zero (1, 5), which would never end if read; `false` when the
    /// process may not create device nodes (not root, or a container without CAP_MKNOD).
    func characterDevice(_ relativePath: String) throws -> Bool {
        try makeParent(of: relativePath)
        // makedev(1, 5) in the Linux encoding (a macro, not visible to Swift).
        return mknod(absolute(relativePath), mode_t(S_IFCHR) | 0o644, dev_t(1 << 8 | 5)) == 0
    }

    /// A bound Unix socket; the descriptor is closed at once, the socket file stays.
    func socket(_ relativePath: String) throws {
        try makeParent(of: relativePath)
        let path = absolute(relativePath)
        #if canImport(Glibc)
            let descriptor = Glibc.socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
        #else
            let descriptor = Darwin.socket(AF_UNIX, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw HostileScratchError.system("socket", errno) }
        defer { close(descriptor) }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            throw HostileScratchError.system("socket path too long", ENAMETOOLONG)
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let status = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard status == 0 else { throw HostileScratchError.system("bind", errno) }
    }

    /// A file of `size` bytes that takes no disk space (a hole): nestlint must judge it by its
    /// size, never by reading it.
    func sparseFile(_ relativePath: String, size: Int, prefix: String = "") throws {
        try write(relativePath, prefix)
        guard truncate(absolute(relativePath), off_t(size)) == 0 else { throw HostileScratchError.system("truncate", errno) }
    }

    /// Discovers and lints `arguments` (relative to the scratch directory) with the built-in rules.
    func lint(_ arguments: [String], sizeLimit: Int = SnapshotReader.defaultSizeLimit) throws -> LintResult {
        let inputs = try InputDiscovery(workingDirectory: path).discover(arguments: arguments)
        return Linter(catalog: HostileScratch.catalog, sizeLimit: sizeLimit).lint(inputs.snapshots)
    }

    func lint(_ argument: String, sizeLimit: Int = SnapshotReader.defaultSizeLimit) throws -> LintResult {
        try lint([argument], sizeLimit: sizeLimit)
    }

    static let catalog: RuleCatalog = HostileFuzzTarget.catalog
}
