/// One problem found: a rule, a place, a message.
public struct Finding: Sendable, Equatable {
    public let ruleID: String
    public let severity: Severity
    public let message: String
    public let location: SourceLocation
    public let related: [RelatedLocation]
    /// The suite (artifact or host) the finding belongs to in JUnit.
    public let suite: String
    /// Stable across runs and line moves: rule, file, the flagged text and its occurrence.
    public var fingerprint: String
    /// Set when an inline comment silences the finding; it still appears in every report.
    public var suppression: FindingSuppression?
    /// Set when the run compares with a baseline report.
    public var baselineState: BaselineState?
    /// The exact edit that fixes the finding, when the rule knows it.
    public var fix: TextEdit?
    /// The rule's edit rendered for this finding, resolved into `fix` against the file's text.
    var pendingEdit: PendingEdit?
    /// The host bundle the finding was found in (its name in reports), `nil` for templates and
    /// stand-alone files: in a fleet every finding says which host it is about.
    public var host: String?

    /// Whether the finding counts for `--fail-on`: not suppressed, and not already in the
    /// baseline.
    public var counts: Bool {
        suppression == nil && baselineState != .unchanged && baselineState != .absent
    }

    public init(
        ruleID: String, severity: Severity, message: String, location: SourceLocation, related: [RelatedLocation],
        suite: String, fingerprint: String = ""
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.location = location
        self.related = related
        self.suite = suite
        self.fingerprint = fingerprint
    }

    /// Report order: file, line, rule, message.
    static func reportOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.location.file != rhs.location.file { return lhs.location.file < rhs.location.file }
        if lhs.location.line != rhs.location.line { return lhs.location.line < rhs.location.line }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.message < rhs.message
    }
}
