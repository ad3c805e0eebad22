/// An exact edit a rule knows will fix its finding (SARIF `fixes`, `nestlint fix`).
///
/// Lines and columns are 1-based; columns count Unicode scalars (SARIF `columnKind`
/// `unicodeCodePoints`). An insertion is an edit whose start and end are equal.
public struct TextEdit: Sendable, Equatable {
    public let description: String
    public let file: SourceFile
    public let line: Int
    public let startColumn: Int
    public let endColumn: Int
    /// The new text; for an inserted line it ends without a line break (the fixer adds the
    /// file's own line ending).
    public let replacement: String
    /// True when `replacement` is a whole new line inserted after `line`.
    public let insertsLine: Bool

    public init(description: String, file: SourceFile, line: Int, startColumn: Int, endColumn: Int, replacement: String, insertsLine: Bool)
    {
        self.description = description
        self.file = file
        self.line = line
        self.startColumn = startColumn
        self.endColumn = endColumn
        self.replacement = replacement
        self.insertsLine = insertsLine
    }
}
