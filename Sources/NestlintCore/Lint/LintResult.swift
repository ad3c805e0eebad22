/// The outcome of a run: what reports are made from (reports are pure functions of it).
public struct LintResult: Sendable {
    /// Sorted in report order, fingerprints set.
    public var findings: [Finding]
    public var evaluations: [Evaluation]
    public var notifications: [Notification]
    /// SARIF `originalUriBaseIds`: base id -> absolute directory.
    public var baseDirectories: [String: String]
    /// With a baseline: its findings that are no longer found (`baselineState` absent).
    public var absentFindings: [Finding] = []
    /// Set on a `--shard` run: what `nestlint merge` needs to combine the shards exactly.
    public var shard: ShardRecord?

    /// Whether some finding at or above `threshold` counts (not suppressed, not in the baseline).
    public func fails(at threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return findings.contains { $0.counts && $0.severity >= threshold }
    }

    public init(
        findings: [Finding] = [], evaluations: [Evaluation] = [], notifications: [Notification] = [],
        baseDirectories: [String: String] = [:]
    ) {
        self.findings = findings
        self.evaluations = evaluations
        self.notifications = notifications
        self.baseDirectories = baseDirectories
    }

    /// Sorts findings and assigns fingerprints: a hash of rule, file and flagged text, plus the
    /// occurrence among identical ones, so inserting a line above does not change it.
    public mutating func finalise() {
        findings.sort(by: Finding.reportOrder)
        evaluations.sort(by: Evaluation.reportOrder)
        assignFingerprints()
    }

    /// `count` as it was, after counting one more (one dictionary access for both).
    private static func countingOneMore(_ count: inout Int) -> Int {
        defer { count += 1 }
        return count
    }

    /// Each finding's fingerprint, counting identical ones in the current order (report order).
    mutating func assignFingerprints() {
        var occurrences: [String: Int] = [:]
        for index in findings.indices {
            let finding = findings[index]
            let key = "\(finding.ruleID)|\(finding.location.file.path)|\(finding.location.excerpt.trimmingWhitespace)"
            // One lookup to count, and the occurrence hashed after the key rather than both
            // written out again: this ran for every finding of a fleet.
            let occurrence = Self.countingOneMore(&occurrences[key, default: 0])
            findings[index].fingerprint = StableHash.hex(key, thenNumber: occurrence)
        }
    }
}
