/// How a finding compares with a baseline report (SARIF `baselineState`).
public enum BaselineState: String, Sendable, Codable {
    /// Not in the baseline: counts for `--fail-on`.
    case new
    /// In the baseline already: reported, but does not fail the run.
    case unchanged
    /// In the baseline but no longer found (fixed, or its file removed).
    case absent
}
