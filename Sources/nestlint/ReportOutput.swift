import Foundation

/// Writes a report to standard output or to a file; an unwritable file is exit 2.
enum ReportOutput {
    static func write(_ report: [UInt8], to path: String?) throws {
        guard let path, path != "-" else {
            Console.output(report)
            return
        }
        let failure: String? = report.withUnsafeBufferPointer { bytes in
            switch destination(of: path) {
            case .inPlace(let target): return writeInPlace(bytes, to: target)
            case .replacing(let target): return replaceAtomically(target, with: bytes)
            }
        }
        if let failure {
            Console.error("nestlint: cannot write report \(path): \(failure); no report was written")
            throw ExitStatus.toolFailure
        }
    }

    /// How a report reaches `path`.
    enum Destination: Equatable {
        /// Written through an open descriptor: a device (`/dev/null`, `/dev/stdout`), a FIFO or
        /// a socket. Replacing one would put a regular file in its place (as root, a report
        /// "written" to `/dev/null` used to replace the device).
        case inPlace(String)
        /// A regular file, new or replaced by renaming a complete copy over it, so a reader
        /// never sees half a report. A symbolic link's target is replaced, not the link.
        case replacing(String)
    }

    static func destination(of path: String) -> Destination {
        var info = stat()
        guard stat(path, &info) == 0 else {
            // Missing (or a dangling link): created as a regular file. A dangling link is
            // written through, creating its target, as a shell's `>` would.
            var linkInfo = stat()
            if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK { return .inPlace(path) }
            return .replacing(path)
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .inPlace(path) }
        var linkInfo = stat()
        if lstat(path, &linkInfo) == 0, linkInfo.st_mode & S_IFMT == S_IFLNK, let resolved = realpath(path, nil) {
            defer { free(resolved) }
            return .replacing(String(cString: resolved))
        }
        return .replacing(path)
    }

    /// The reason the write failed, `nil` when it succeeded.
    private static func writeInPlace(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        let failure = writeAll(bytes, to: descriptor)
        let closed = close(descriptor) == 0
        return failure ?? (closed ? nil : String(cString: strerror(errno)))
    }

    /// Writes a temporary file beside `path` (so the rename stays on one file system), with the
    /// permissions the replaced file had (a new file gets 0666 less the umask, as `>` gives),
    /// flushes it to disk and renames it over `path`. On failure nothing is left behind.
    private static func replaceAtomically(_ path: String, with bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let directory = path.contains("/") ? String(path[...path.lastIndex(of: "/")!]) : "./"
        var template = Array((directory + ".nestlint-report-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { return String(cString: strerror(errno)) }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var info = stat()
        let mode: mode_t
        if stat(path, &info) == 0 {
            mode = info.st_mode & 0o7777
        } else {
            let mask = umask(0)
            umask(mask)
            mode = 0o666 & ~mask
        }
        var failure = writeAll(bytes, to: descriptor)
        if failure == nil, fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 { failure = String(cString: strerror(errno)) }
        if close(descriptor) != 0, failure == nil { failure = String(cString: strerror(errno)) }
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if failure != nil { unlink(temporary) }
        return failure
    }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> String? {
        var written = 0
        while written < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + written, bytes.count - written)
            if count < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            written += count
        }
        return nil
    }
}
