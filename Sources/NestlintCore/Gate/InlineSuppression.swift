/// A `nestlint-ignore: ID[,ID...] -- reason` comment: it silences the named rules on the line
/// directly below it (`<!-- ... -->` in XML, `# ...` in modprobe.d files).
///
/// XML 1.0 forbids `--` inside a comment (libxml2 rejects the file), so the reason may also
/// follow a single spaced hyphen or a dash: `<!-- nestlint-ignore: NL401 - reason -->`,
/// `— reason`, `– reason`.
///
/// Suppressed findings stay in every report (SARIF `suppressions`, marked in JUnit, JSON and
/// text) and do not count for `--fail-on`; a suppression that matches nothing is itself
/// reported (NL003), so stale ones surface.
public struct InlineSuppression: Sendable, Hashable {
    /// The comment's place.
    public let location: SourceLocation
    /// Rule ids, upper-cased.
    public let ruleIDs: [String]
    /// The justification after ` -- `; empty when the comment gives none.
    public let reason: String

    /// The marker that introduces a suppression inside a comment.
    public static let marker = "nestlint-ignore:"

    /// Parses the text of one comment (without `#` or `<!-- -->`); `nil` when it is not a
    /// suppression.
    public static func parse(comment: String, at location: SourceLocation) -> InlineSuppression? {
        let text = comment.trimmingWhitespace
        guard text.hasPrefix(marker) else { return nil }
        let body = text.dropFirst(marker.count)
        // The ids run until the first separator: `--`, `-`, `—` or `–` standing alone.
        let isIDCharacter: (Character) -> Bool = { $0.isLetter || $0.isNumber || $0 == "," || $0 == " " || $0 == "\t" || $0 == "_" }
        let idsEnd = body.firstIndex { !isIDCharacter($0) } ?? body.endIndex
        let ids = body[..<idsEnd].split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map { $0.uppercased() }
        var rest = body[idsEnd...]
        var reason = ""
        let separator = rest.prefix { $0 == "-" || $0 == "—" || $0 == "–" }
        if !separator.isEmpty, separator.count <= 2 {
            rest = rest.dropFirst(separator.count)
            if rest.isEmpty || rest.first == " " || rest.first == "\t" { reason = rest.trimmingWhitespace }
        }
        return InlineSuppression(location: location, ruleIDs: ids, reason: reason)
    }

    /// Whether this suppression silences `finding` (same file, the line right below).
    func covers(_ finding: Finding) -> Bool {
        finding.location.file == location.file && finding.location.line == location.line + 1
            && ruleIDs.contains(finding.ruleID) && !reason.isEmpty
    }
}
