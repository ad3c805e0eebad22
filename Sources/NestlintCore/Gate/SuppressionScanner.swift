/// Finds `nestlint-ignore` comments in an artifact: `#` lines in modprobe.d files (a comment
/// only when `#` is the first byte, as kmod reads them), XML comments in domain files.
enum SuppressionScanner {
    static let markerBytes = Array(InlineSuppression.marker.utf8)
    static let commentQuery = try! XPathQuery("//comment()[contains(., 'nestlint-ignore:')]")

    static func scan(_ reference: ArtifactReference, bytes: [UInt8], document: DomainDocument?) -> [InlineSuppression] {
        // Most files have no suppression: a byte search keeps them from costing anything more.
        guard contains(bytes, markerBytes) else { return [] }
        if let document {
            return document.document.evaluate(commentQuery).compactMap { value in
                guard case .node(let comment) = value else { return nil }
                return InlineSuppression.parse(
                    comment: comment.text,
                    at: SourceLocation(file: reference.file, line: comment.line, excerpt: comment.text.trimmingWhitespace))
            }
        }
        guard reference.kind == .modprobeConfig else { return [] }
        return TextLines(bytes: bytes).lines.enumerated().compactMap { offset, line in
            guard line.hasPrefix("#") else { return nil }
            return InlineSuppression.parse(
                comment: String(line.dropFirst()),
                at: SourceLocation(file: reference.file, line: offset + 1, excerpt: line.trimmingWhitespace))
        }
    }

    /// A plain byte search: Foundation's generic `firstRange(of:)` cost more than parsing the
    /// file it searched.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var index = 0
                let last = hay.count - pin.count
                while index <= last {
                    if hay[index] == first {
                        var matched = 1
                        while matched < pin.count && hay[index + matched] == pin[matched] { matched += 1 }
                        if matched == pin.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }
}
