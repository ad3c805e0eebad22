/// The lint result of one unit (a bundle, an archive, a template file) before it is combined
/// with the others, with what the fleet-level evidence needs from it.
struct ShardUnitResult: Sendable {
    /// Not finalised: findings in lint order, evaluations as recorded.
    var result: LintResult
    /// Host bundles linted in the unit.
    var hosts: [String]
    /// Template files linted in the unit.
    var files: [SourceFile]
    /// Normalised UUIDs of every domain the unit holds: its findings depend on the evidence
    /// for these only.
    var domainUUIDs: Set<String>
    /// The L1 hosts the unit shows (`HypervisorHostEvidence`).
    var evidence: [String: SourceLocation]
    /// Whether the result's evaluations are strictly in report order (sorted, and no suite and
    /// kind twice) and its findings in report order: found on the unit's own thread, so that
    /// `Linter.combine` only compares the units' ends.
    var isInReportOrder = false
    /// Whether no finding's path holds `|`, the separator in the texts fingerprints hash.
    var pathsLackSeparator = false

    /// Whether linting with `evidence` instead of `linted` could change the unit's findings.
    func changes(from linted: [String: SourceLocation], to evidence: [String: SourceLocation]) -> Bool {
        domainUUIDs.contains { linted[$0] != evidence[$0] }
    }
}
