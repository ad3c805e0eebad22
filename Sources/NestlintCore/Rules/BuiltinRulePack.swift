// Generated from rules/ by `NESTLINT_REGENERATE=1 swift test --filter BuiltinRulePackTests`;
// a test fails when this file is stale. Do not edit by hand.

/// The built-in rule pack, embedded so that an installed binary works without the source tree.
public enum BuiltinRulePack {
    public static let files: [(path: String, text: String)] = []
}
