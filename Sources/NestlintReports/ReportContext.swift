import NestlintCore

/// Everything a report is made from. Reports are pure functions of it: the same context gives
/// byte-identical output.
public struct ReportContext: Sendable {
    public let result: LintResult
    public let catalog: RuleCatalog
    public let toolVersion: String
    /// SARIF `automationDetails.id` (a category such as `nestlint/templates/`).
    public let category: String?
    /// Whether to colour text output (only on a terminal).
    public let colour: Bool

    public init(result: LintResult, catalog: RuleCatalog, toolVersion: String, category: String? = nil, colour: Bool = false) {
        self.result = result
        self.catalog = catalog
        self.toolVersion = toolVersion
        self.category = category
        self.colour = colour
    }
}
