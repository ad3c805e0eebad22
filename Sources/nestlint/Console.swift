#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to standard output and standard error without buffering surprises.
enum Console {
    static func error(_ message: String) {
        writeAll(Array((message.hasSuffix("\n") ? message : message + "\n").utf8), to: STDERR_FILENO)
    }

    static func output(_ text: String) {
        writeAll(Array(text.utf8), to: STDOUT_FILENO)
    }

    static func output(_ bytes: [UInt8]) {
        writeAll(bytes, to: STDOUT_FILENO)
    }

    /// write(2) in a loop: no stdio buffers shared between threads, nothing lost on short writes.
    private static func writeAll(_ text: [UInt8], to descriptor: Int32) {
        var bytes = text[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Ends the process with `status` at once: what the run built is not freed first (the
    /// system takes the memory back), and nothing is buffered (output goes through write(2)).
    static func exitNow(_ status: Int32) -> Never {
        exit(status)
    }

    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// The working directory, for relative report paths.
    static var workingDirectory: String {
        guard let path = getcwd(nil, 0) else { return "." }
        defer { free(path) }
        return String(cString: path)
    }
}
