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

    public init(keyword: String, arguments: [ModprobeWord], location: SourceLocation, continuationLines: [Int]) {
        self.keyword = keyword
        self.arguments = arguments
        self.location = location
        self.continuationLines = continuationLines
    }

    /// The module name of `options`, `blacklist`, `install`, … with `-` folded to `_`.
    public var moduleName: String? {
        arguments.first.map { ModuleName.fold($0.text) }
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
        name.replacingOccurrences(of: "-", with: "_")
    }
}
