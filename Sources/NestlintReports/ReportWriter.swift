/// One report format: a small stateless type that renders a lint result.
public protocol ReportWriter: Sendable {
    func render(_ context: ReportContext) -> String
    /// The same report as UTF-8 bytes, what is written to a file or standard output. Formats
    /// that build their bytes directly return them without validating them into a `String`
    /// first (a fleet's SARIF is megabytes, and this runs after the lint, on one thread).
    func renderUTF8(_ context: ReportContext) -> [UInt8]
}

extension ReportWriter {
    public func renderUTF8(_ context: ReportContext) -> [UInt8] {
        Array(render(context).utf8)
    }
}
