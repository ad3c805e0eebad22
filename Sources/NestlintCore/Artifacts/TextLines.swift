/// The lines of a text artifact, decoded leniently.
///
/// Snapshots may have CRLF line ends, no final newline, invalid UTF-8 or Latin-1 bytes. Line
/// numbers count `\n` only, so a CRLF file numbers its lines exactly like an LF one; invalid
/// bytes become U+FFFD instead of failing the whole file.
public struct TextLines: Sendable {
    /// Lines without their terminator (a trailing `\r` is removed).
    public let lines: [String]
    /// A NUL byte means the file is not text (binary junk or a corrupt copy).
    public let containsNUL: Bool

    public init(bytes: [UInt8]) {
        var lines: [String] = []
        var start = 0
        var sawNUL = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0 { sawNUL = true }
            if byte == UInt8(ascii: "\n") {
                lines.append(Self.decode(bytes[start..<index]))
                start = index + 1
            }
        }
        if start < bytes.count { lines.append(Self.decode(bytes[start...])) }
        self.lines = lines
        self.containsNUL = sawNUL
    }

    public init(text: String) {
        self.init(bytes: Array(text.utf8))
    }

    private static func decode(_ slice: ArraySlice<UInt8>) -> String {
        var line = slice
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        return String(decoding: line, as: UTF8.self)
    }

    /// 1-based access, for error messages.
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }
}
