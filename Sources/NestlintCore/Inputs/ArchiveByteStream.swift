import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The decompressed bytes of an archive, read in order: straight from the file for plain tar,
/// or from the standard output of `gzip -dc` / `xz -dc` (the programs every Debian system
/// has, so no compression library is needed to build nestlint).
///
/// The archive is opened by nestlint with `O_NOFOLLOW` and handed to the decompressor as its
/// standard input; the decompressor gets no path and writes nowhere but the pipe. Every byte
/// read counts against the expanded-size limit, so a decompression bomb stops early. The child
/// is always reaped; when reading stops before the end, it is killed by its process id.
final class ArchiveByteStream {
    /// Why the stream could not be opened or read.
    struct Failure: Error, Equatable {
        let message: String
    }

    private let fileDescriptor: Int32
    private var pipeDescriptor: Int32 = -1
    private var errorDescriptor: Int32 = -1
    private var child: pid_t?
    private let program: String?
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var finished = false
    private let limit: Int
    /// Decompressed bytes consumed so far.
    private(set) var consumed = 0

    /// Opens `path` (a regular file, never through a final symbolic link) and starts its
    /// decompressor. `limit` bounds the decompressed bytes that may be read.
    init(path: String, format: ArchiveFormat, limit: Int) throws(Failure) {
        self.limit = limit
        self.buffer = [UInt8](repeating: 0, count: 1 << 16)
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(message: "cannot open the archive: \(Self.errorText(errno))") }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            close(descriptor)
            throw Failure(message: "the archive is not a regular file; not opened")
        }
        // Regular files never block; clear the flag so the child sees an ordinary descriptor.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        fileDescriptor = descriptor
        program = format.decompressor?.first
        if let arguments = format.decompressor {
            do {
                try spawn(arguments)
            } catch {
                close(descriptor)
                throw error
            }
        }
    }

    deinit {
        stop()
        close(fileDescriptor)
    }

    /// Reads the first bytes of a file to tell its format, without moving any stream.
    static func prefix(ofFileAt path: String, count: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, count, 0) }
        guard read >= 0 else { return nil }
        return Array(bytes[0..<read])
    }

    private func spawn(_ arguments: [String]) throws(Failure) {
        // Pipes are made close-on-exec under the same lock as every spawn, so a decompressor
        // started for another archive at the same moment never inherits this one's pipe
        // (which would keep it open after this child exits).
        Self.spawnLock.lock()
        defer { Self.spawnLock.unlock() }
        var output: [Int32] = [-1, -1]
        var errors: [Int32] = [-1, -1]
        guard Self.closeOnExecPipe(&output) else { throw Failure(message: "cannot create a pipe: \(Self.errorText(errno))") }
        guard Self.closeOnExecPipe(&errors) else {
            close(output[0])
            close(output[1])
            throw Failure(message: "cannot create a pipe: \(Self.errorText(errno))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fileDescriptor, 0)
        posix_spawn_file_actions_adddup2(&actions, output[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errors[1], 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // The child starts with default signal handling (SIGPIPE ends it when nestlint stops
        // reading early) whatever the parent set.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))
        var identifier = pid_t()
        let cArguments = arguments.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        let status = posix_spawnp(&identifier, arguments[0], &actions, &attributes, cArguments, environ)
        close(output[1])
        close(errors[1])
        guard status == 0 else {
            close(output[0])
            close(errors[0])
            throw Failure(
                message: status == ENOENT
                    ? "cannot decompress: the program \(arguments[0]) is not installed"
                    : "cannot start \(arguments[0]): \(Self.errorText(status))")
        }
        child = identifier
        pipeDescriptor = output[0]
        errorDescriptor = errors[0]
    }

    private static let spawnLock = NSLock()

    private static func closeOnExecPipe(_ descriptors: inout [Int32]) -> Bool {
        guard pipe(&descriptors) == 0 else { return false }
        for descriptor in descriptors { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// Reads exactly `count` bytes; fewer only at the end of the stream.
    func read(_ count: Int) throws(Failure) -> ArraySlice<UInt8> {
        var result = [UInt8]()
        result.reserveCapacity(count)
        while result.count < count {
            if start == end {
                guard try fill() else { break }
            }
            let take = min(count - result.count, end - start)
            result.append(contentsOf: buffer[start..<(start + take)])
            start += take
        }
        return result[...]
    }

    /// Skips `count` bytes; returns how many were skipped (fewer only at the end).
    func skip(_ count: Int) throws(Failure) -> Int {
        var skipped = 0
        while skipped < count {
            if start == end {
                guard try fill() else { break }
            }
            let take = min(count - skipped, end - start)
            start += take
            skipped += take
        }
        return skipped
    }

    /// Refills the buffer; `false` at the end of the stream.
    private func fill() throws(Failure) -> Bool {
        guard !finished else { return false }
        let source = pipeDescriptor >= 0 ? pipeDescriptor : fileDescriptor
        while true {
            let count = buffer.withUnsafeMutableBytes { readDescriptor(source, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(message: "cannot read the archive: \(Self.errorText(errno))")
            }
            if count == 0 {
                finished = true
                return false
            }
            consumed += count
            guard consumed <= limit else {
                throw Failure(
                    message: "the archive expands to more than \(limit) bytes (the limit); reading stopped, as for a decompression bomb")
            }
            start = 0
            end = count
            return true
        }
    }

    /// Ends the decompressor (when it is still running) and reports how it ended: `nil` when
    /// it succeeded or was stopped on purpose, else its own error text.
    @discardableResult
    func finish(stoppedEarly: Bool) -> String? {
        guard let child else { return nil }
        var message: String?
        if stoppedEarly {
            kill(child, SIGKILL)
        }
        if pipeDescriptor >= 0 {
            close(pipeDescriptor)
            pipeDescriptor = -1
        }
        var errorText = [UInt8]()
        if errorDescriptor >= 0 {
            var chunk = [UInt8](repeating: 0, count: 4096)
            while errorText.count < 4096 {
                let count = chunk.withUnsafeMutableBytes { readDescriptor(errorDescriptor, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                errorText += chunk[0..<count]
            }
            close(errorDescriptor)
            errorDescriptor = -1
        }
        var status: Int32 = 0
        while waitpid(child, &status, 0) < 0 && errno == EINTR {}
        self.child = nil
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        // gzip exits 2 for warnings only ("trailing garbage ignored").
        if !stoppedEarly, !(exited && (code == 0 || (program == "gzip" && code == 2))) {
            let text = String(decoding: errorText, as: UTF8.self).trimmingWhitespace
            message = text.isEmpty ? "\(program ?? "the decompressor") failed (status \(status))" : text
        }
        return message
    }

    /// Stops the child when the stream is dropped without `finish`.
    private func stop() {
        if child != nil { finish(stoppedEarly: true) }
        if pipeDescriptor >= 0 { close(pipeDescriptor) }
        if errorDescriptor >= 0 { close(errorDescriptor) }
    }

    private static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}

/// read(2), named apart from `ArchiveByteStream.read`.
private func readDescriptor(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
