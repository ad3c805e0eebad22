/// A place in an input that a finding can point at.
///
/// Every value nestlint derives keeps one of these, so that every finding has a location
/// (GitHub rejects a SARIF upload where a single result lacks one).
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The file, as reports show it.
    public var file: SourceFile
    /// 1-based line; `1` for whole-file values such as a sysfs parameter.
    public var line: Int
    /// The text at that place, used for line-move-proof fingerprints and for messages.
    public var excerpt: String

    public init(file: SourceFile, line: Int, excerpt: String = "") {
        self.file = file
        self.line = max(1, line)
        self.excerpt = excerpt
    }

    public var description: String { "\(file.path):\(line)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        if lhs.line != rhs.line { return lhs.line < rhs.line }
        return lhs.excerpt < rhs.excerpt
    }
}
