import CNestlintSystem

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

    /// A plain byte search (glibc's `memmem`, vectorised): Foundation's generic
    /// `firstRange(of:)` cost more than parsing the file it searched, and it runs on every file.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                nestlint_contains(hay.baseAddress, UInt(hay.count), pin.baseAddress, UInt(pin.count)) != 0
            }
        }
    }
}
