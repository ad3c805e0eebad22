/// A parsed modprobe.d file (modprobe.d(5), libkmod-config.c).
///
/// Lines are read the way kmod's `freadline_wrapped` reads them: a backslash right before the
/// newline joins the next physical line, whatever that line holds, and only then is the
/// logical line looked at. So a comment is a logical line whose first byte is `#`, and a
/// comment ending in a backslash swallows the line after it.
public struct ModprobeFile: Sendable {
    public let file: SourceFile
    public let commands: [ModprobeCommand]
    /// Lines that are neither empty, comments nor a known keyword (kmod logs and ignores them).
    public let unknownLines: [SourceLocation]
    /// Comment lines (the first physical line of each), kept for inline suppressions.
    public let comments: [SourceLocation]
    /// Physical lines a comment swallowed through a trailing backslash: kmod never reads them.
    public let swallowedByComment: [SourceLocation]

    /// The keywords kmod understands; anything else is ignored with an error message.
    public static let keywords: Set<String> = [
        "alias", "blacklist", "options", "install", "remove", "softdep", "weakdep", "include",
    ]

    public init(file: SourceFile, lines: TextLines) {
        self.file = file
        var commands: [ModprobeCommand] = []
        var unknown: [SourceLocation] = []
        var comments: [SourceLocation] = []
        var swallowed: [SourceLocation] = []
        var index = 0
        let all = lines.lines
        while index < all.count {
            let firstLine = index + 1
            // Join continuation lines first, exactly as kmod does.
            var pieces: [(text: String, line: Int)] = []
            while true {
                let physical = all[index]
                let continues = physical.hasSuffix("\\")
                pieces.append((continues ? String(physical.dropLast()) : physical, index + 1))
                index += 1
                guard continues, index < all.count else { break }
            }
            let text = pieces.map(\.text).joined()
            if text.hasPrefix("#") {
                comments.append(SourceLocation(file: file, line: firstLine, excerpt: all[firstLine - 1]))
                for piece in pieces.dropFirst() {
                    swallowed.append(SourceLocation(file: file, line: piece.line, excerpt: piece.text.trimmingWhitespace))
                }
                continue
            }
            var words: [ModprobeWord] = []
            for piece in pieces {
                words += Self.words(of: piece.text, line: piece.line)
            }
            guard let keyword = words.first else { continue }
            let location = SourceLocation(file: file, line: firstLine, excerpt: text.trimmingWhitespace)
            if Self.keywords.contains(keyword.text) {
                commands.append(
                    ModprobeCommand(
                        keyword: keyword.text, arguments: Array(words.dropFirst()), location: location,
                        continuationLines: pieces.dropFirst().map(\.line)))
            } else {
                unknown.append(location)
            }
        }
        self.commands = commands
        self.unknownLines = unknown
        self.comments = comments
        self.swallowedByComment = swallowed
    }

    /// Splits one physical line into words on spaces and tabs; double quotes group a value
    /// with spaces, as the kernel's `next_arg` does when it parses the option string.
    static func words(of text: String, line: Int) -> [ModprobeWord] {
        var words: [ModprobeWord] = []
        var current = ""
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if (character == " " || character == "\t" || character == "\r") && !quoted {
                if !current.isEmpty { words.append(ModprobeWord(text: current, line: line)) }
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { words.append(ModprobeWord(text: current, line: line)) }
        return words
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line ends.
    public var trimmingWhitespace: String {
        // Every line of every artifact and every domain's name is trimmed. In ASCII text without
        // a CR LF pair (the one ASCII grapheme of two bytes) each byte is a character, so the
        // bytes are looked at instead of breaking the text into characters. The bytes are read
        // from contiguous storage: callers reach this unspecialized (through a key path), where
        // reading a byte through the generic view cost more than a character.
        let bytewise = utf8.withContiguousStorageIfAvailable { bytes -> String? in
            var first: Int?
            var last = 0
            var previous: UInt8 = 0
            for offset in bytes.indices {
                let byte = bytes[offset]
                if byte >= 0x80 || (previous == 0x0D && byte == 0x0A) { return nil }
                if byte != 0x20 && byte != 0x09 && byte != 0x0D && byte != 0x0A {
                    if first == nil { first = offset }
                    last = offset
                }
                previous = byte
            }
            guard let first else { return "" }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[first...last]), as: UTF8.self)
        }
        if case let trimmed?? = bytewise { return trimmed }
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
