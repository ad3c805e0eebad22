/// The version reported by `nestlint version` and in SARIF `tool.driver.semanticVersion`.
enum NestlintVersion {
    static let current = "0.1.0"
}
