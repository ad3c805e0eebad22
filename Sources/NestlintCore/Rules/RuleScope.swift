/// What a rule is evaluated on.
public enum RuleScope: String, Sendable, CaseIterable {
    /// Each file read (input integrity: NL0xx).
    case artifact
    /// Each host: a bundle, or a standalone modprobe.d file seen as a host with only that file.
    case host
    /// Each domain definition (persistent, live, dumped or a template), with its host's facts.
    case domain
}
