/// A parsed modprobe.d file (modprobe.d(5), libkmod-config.c).
public struct ModprobeFile: Sendable {
    public let file: SourceFile
    public let commands: [ModprobeCommand]
    /// Lines that are neither empty, comments nor a known keyword (kmod logs and ignores them).
    public let unknownLines: [SourceLocation]
    /// Comment lines, kept for inline suppressions.
    public let comments: [SourceLocation]

    /// The keywords kmod understands; anything else is ignored with an error message.
    public static let keywords: Set<String> = [
        "alias", "blacklist", "options", "install", "remove", "softdep", "weakdep", "include",
    ]

    public init(file: SourceFile, lines: TextLines) {
        self.file = file
        var commands: [ModprobeCommand] = []
        var unknown: [SourceLocation] = []
        var comments: [SourceLocation] = []
        var index = 0
        let all = lines.lines
        while index < all.count {
            let firstLine = index + 1
            var physical = all[index]
            if physical.hasPrefix("#") {
                comments.append(SourceLocation(file: file, line: firstLine, excerpt: physical))
                index += 1
                continue
            }
            // Join continuation lines: a backslash right before the newline joins the next line.
            var words: [ModprobeWord] = []
            var continuation: [Int] = []
            var text = ""
            while true {
                let continues = physical.hasSuffix("\\")
                let body = continues ? String(physical.dropLast()) : physical
                text += body
                for word in body.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }) {
                    words.append(ModprobeWord(text: String(word), line: index + 1))
                }
                index += 1
                guard continues, index < all.count else { break }
                continuation.append(index + 1)
                physical = all[index]
            }
            guard let keyword = words.first else { continue }
            let location = SourceLocation(file: file, line: firstLine, excerpt: text.trimmingWhitespace)
            if Self.keywords.contains(keyword.text) {
                commands.append(
                    ModprobeCommand(
                        keyword: keyword.text, arguments: Array(words.dropFirst()), location: location,
                        continuationLines: continuation))
            } else {
                unknown.append(location)
            }
        }
        self.commands = commands
        self.unknownLines = unknown
        self.comments = comments
    }
}

extension StringProtocol {
    /// The string without leading and trailing spaces, tabs and line ends.
    public var trimmingWhitespace: String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        guard let first = firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = lastIndex(where: { !isSpace($0) })!
        return String(self[first...last])
    }
}
