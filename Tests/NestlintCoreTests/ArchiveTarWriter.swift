import Foundation

/// Writes tar archives byte by byte for tests, including members no well-behaved `tar` would
/// write (`../` and absolute names, links out of the root, huge sizes), and compresses them with
/// the system's `gzip` or `xz`.
struct ArchiveTarWriter {
    private(set) var bytes: [UInt8] = []

    /// A ustar member. `type` is the tar type flag ("0" file, "1" hard link, "2" symbolic link,
    /// "5" directory, "6" FIFO, "x" pax header).
    mutating func add(_ name: String, type: Character = "0", contents: [UInt8] = [], linkName: String = "", size: Int? = nil) {
        var header = [UInt8](repeating: 0, count: 512)
        func put(_ text: String, at offset: Int, length: Int) {
            let field = Array(text.utf8.prefix(length))
            header.replaceSubrange(offset..<(offset + field.count), with: field)
        }
        func octal(_ value: Int, length: Int) -> String {
            let digits = String(value, radix: 8)
            return String(repeating: "0", count: max(0, length - 1 - digits.count)) + digits
        }
        put(name, at: 0, length: 100)
        put(octal(type == "5" ? 0o755 : 0o644, length: 8), at: 100, length: 8)
        put(octal(0, length: 8), at: 108, length: 8)
        put(octal(0, length: 8), at: 116, length: 8)
        put(octal(size ?? contents.count, length: 12), at: 124, length: 12)
        put(octal(0, length: 12), at: 136, length: 12)
        put("        ", at: 148, length: 8)
        header[156] = type.asciiValue!
        put(linkName, at: 157, length: 100)
        put("ustar\u{0}00", at: 257, length: 8)
        let sum = header.reduce(0) { $0 + Int($1) }
        put(octal(sum, length: 7), at: 148, length: 7)
        header[155] = UInt8(ascii: " ")
        bytes += header
        bytes += contents
        bytes += [UInt8](repeating: 0, count: (512 - contents.count % 512) % 512)
    }

    mutating func add(_ name: String, text: String) {
        add(name, contents: Array(text.utf8))
    }

    /// A member whose name is too long for the header, through a pax `path` record.
    mutating func addLongName(_ name: String, text: String) {
        let body = " path=\(name)\n"
        var length = body.utf8.count + 1
        while length != body.utf8.count + String(length).count { length = body.utf8.count + String(length).count }
        add("PaxHeader/long", type: "x", contents: Array(("\(length)" + body).utf8))
        add("placeholder-name", text: text)
    }

    /// The archive with its end marker.
    func finished() -> [UInt8] {
        bytes + [UInt8](repeating: 0, count: 1024)
    }

    /// Writes the archive to `url`, compressed with `program` (`gzip`, `xz`) when given.
    func write(to url: URL, compressedWith program: String? = nil) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(finished()).write(to: url)
        if let program { try Self.compress(url, with: program) }
    }

    /// Compresses `url` in place with `gzip -c` or `xz -c`.
    static func compress(_ url: URL, with program: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program, "-c", url.path]
        let output = url.appendingPathExtension("compressed")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        try FileManager.default.removeItem(at: url)
        try FileManager.default.moveItem(at: output, to: url)
    }

    /// Packs `directory` (its last component becomes the top-level member) with the system's
    /// `tar`, keeping symbolic links as links.
    static func pack(_ directory: URL, into archive: URL, options: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tar", options, archive.path, "-C", directory.deletingLastPathComponent().path, directory.lastPathComponent]
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
