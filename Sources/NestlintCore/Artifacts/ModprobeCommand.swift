/// One command of a modprobe.d file, after joining backslash continuations.
///
/// kmod (libkmod-config.c): a line is a comment only when `#` is its first byte; fields are
/// split on white space; there are no inline comments.
public struct ModprobeCommand: Sendable, Equatable {
    /// The keyword as written (`options`, `blacklist`, …).
    public let keyword: String
    /// The words after the keyword, each with the physical line it sits on.
    public let arguments: [ModprobeWord]
    /// The place of the command (its first physical line).
    public let location: SourceLocation
    /// Physical lines joined into this command by a trailing backslash.
    public let continuationLines: [Int]
    /// The module name of `options`, `blacklist`, `install`, … with `-` folded to `_`. Worked
    /// out once: the effective options and every collection of the host's facts ask for it.
    public let moduleName: String?
    /// The junk of an `options` command, or `nil` when every word is a parameter. Worked out
    /// once: the effective options and `modprobe.junk-options` both ask for it.
    public let optionsJunk: Junk?

    public init(keyword: String, arguments: [ModprobeWord], location: SourceLocation, continuationLines: [Int]) {
        self.keyword = keyword
        self.arguments = arguments
        self.location = location
        self.continuationLines = continuationLines
        self.moduleName = arguments.first.map { ModuleName.fold($0.text) }
        self.optionsJunk = Self.optionsJunk(keyword: keyword, arguments: arguments, continuationLines: continuationLines)
    }

    /// Words of an `options` line that were never meant as parameters but reach the module
    /// anyway: kmod has no inline comments, and a trailing backslash joins whatever follows.
    public struct Junk: Sendable, Equatable {
        public enum Reason: Sendable, Equatable {
            /// A word holding `#` after the module name: the `#` and what follows are parameters.
            case inlineComment
            /// A trailing backslash joined this physical line (a comment or another command).
            case joinedLine(Int)
        }

        /// Index in `arguments` of the first junk word.
        public let startIndex: Int
        public let reason: Reason
        /// The junk as the module receives it.
        public let text: String
    }

    /// The junk of an `options` command with these words, or `nil` when every word is a parameter.
    private static func optionsJunk(keyword: String, arguments: [ModprobeWord], continuationLines: [Int]) -> Junk? {
        guard keyword == "options", arguments.count > 1 else { return nil }
        var found: (index: Int, reason: Junk.Reason)?
        // A joined line that starts with a comment or a keyword: everything from it on.
        for line in continuationLines {
            guard let index = arguments.indices.dropFirst().first(where: { arguments[$0].line == line }) else { continue }
            let word = arguments[index].text
            if word.hasPrefix("#") || ModprobeFile.keywords.contains(word) {
                found = (index, .joinedLine(line))
                break
            }
        }
        // A `#` inside the line itself, before that.
        if let index = arguments.indices.dropFirst().first(where: { hasHash(arguments[$0].text) }), index < (found?.index ?? Int.max) {
            found = (index, .inlineComment)
        }
        guard let found else { return nil }
        return Junk(
            startIndex: found.index, reason: found.reason,
            text: arguments[found.index...].map(\.text).joined(separator: " "))
    }

    /// Whether `word` holds a `#` character (a `#` under a combining mark is another character).
    /// Most words have no `#` byte at all, and are answered without a character search.
    private static func hasHash(_ word: String) -> Bool {
        guard word.utf8.contains(UInt8(ascii: "#")) else { return false }
        return word.utf8.allSatisfy { $0 < 0x80 } || word.contains(Character("#"))
    }

    /// For `install MODULE COMMAND…`: whether the command only exits (`/bin/false`,
    /// `/bin/true`, `false`, `true`, any path ending in those), so modprobe never inserts
    /// the module.
    public var installNeverLoads: Bool {
        guard keyword == "install", arguments.count >= 2 else { return false }
        let program = arguments[1].text.treeBaseName
        guard program == "false" || program == "true" else { return false }
        // `/bin/true && modprobe --ignore-install x` still loads; only a bare exit blocks.
        return arguments.count == 2 || arguments[2].text.hasPrefix("#")
    }
}

/// A white-space separated word of a modprobe command.
public struct ModprobeWord: Sendable, Equatable {
    public let text: String
    public let line: Int

    public init(text: String, line: Int) {
        self.text = text
        self.line = line
    }
}

/// Module and parameter names: kmod treats `-` and `_` alike.
public enum ModuleName {
    public static func fold(_ name: String) -> String {
        // Every module, parameter and sysfs name of a host goes through here: ASCII names (all
        // real ones) are folded byte for byte, without Foundation's search.
        var hasDash = false
        for byte in name.utf8 {
            guard byte < 0x80 else { return name.replacingOccurrences(of: "-", with: "_") }
            if byte == UInt8(ascii: "-") { hasDash = true }
        }
        guard hasDash else { return name }
        return String(decoding: name.utf8.map { $0 == UInt8(ascii: "-") ? UInt8(ascii: "_") : $0 }, as: UTF8.self)
    }
}
