/// A rule's `edit` rendered for one finding, before it is placed in the file's text.
struct PendingEdit: Sendable, Equatable {
    let description: String
    /// Text to replace on the finding's line (first occurrence); `nil` for an inserted line.
    let find: String?
    let replacement: String

    /// Places the edit on `lineText` (the finding's line), or `nil` when the text to replace
    /// is not there (the rule cannot say the exact edit for this file).
    func resolve(file: SourceFile, line: Int, lineText: String) -> TextEdit? {
        guard let find else {
            return TextEdit(
                description: description, file: file, line: line, startColumn: lineText.unicodeScalars.count + 1,
                endColumn: lineText.unicodeScalars.count + 1, replacement: replacement, insertsLine: true)
        }
        guard !find.isEmpty, let range = lineText.range(of: find) else { return nil }
        let start = lineText.unicodeScalars.distance(from: lineText.unicodeScalars.startIndex, to: range.lowerBound) + 1
        let length = lineText[range].unicodeScalars.count
        return TextEdit(
            description: description, file: file, line: line, startColumn: start, endColumn: start + length,
            replacement: replacement, insertsLine: false)
    }
}
