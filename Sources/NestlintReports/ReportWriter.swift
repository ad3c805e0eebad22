/// One report format: a small stateless type that renders a lint result.
public protocol ReportWriter: Sendable {
    func render(_ context: ReportContext) -> String
}
