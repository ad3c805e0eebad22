/// How a file is named in reports: a relative path, and the SARIF `uriBaseId` it is relative to.
///
/// INPUTS.md: paths are relative to the working directory when the file lies under it,
/// otherwise relative to the PATH argument it was found under (named by `baseID`); inside an
/// archive, the archive's path then the member path. Never absolute.
public struct SourceFile: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Relative path with `/` separators.
    public var path: String
    /// SARIF `uriBaseId`; `nil` means relative to the working directory.
    public var baseID: String?

    public init(path: String, baseID: String? = nil) {
        self.path = path
        self.baseID = baseID
    }

    public var description: String { path }

    public static func < (lhs: SourceFile, rhs: SourceFile) -> Bool {
        if lhs.path != rhs.path { return lhs.path < rhs.path }
        return (lhs.baseID ?? "") < (rhs.baseID ?? "")
    }
}
