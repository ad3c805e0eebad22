/// One `/sys/module/<module>/parameters/<param>` value (one value per file; findings point at
/// line 1).
public struct SysfsParameter: Sendable {
    public let module: String
    public let parameter: String
    /// The value without its trailing newline.
    public let value: String
    public let location: SourceLocation

    public init(module: String, parameter: String, file: SourceFile, lines: TextLines) {
        self.module = ModuleName.fold(module)
        self.parameter = ModuleName.fold(parameter)
        let text = (lines.lines.first ?? "").trimmingWhitespace
        self.value = text
        self.location = SourceLocation(file: file, line: 1, excerpt: text)
    }
}
