/// Turns a path inside a snapshot's tree into the `SourceFile` reports show.
public struct PathNamer: Sendable {
    /// Prepended to tree paths (`""` when the tree root is the report root).
    public let prefix: String
    public let baseID: String?

    public init(prefix: String, baseID: String? = nil) {
        self.prefix = prefix
        self.baseID = baseID
    }

    public func file(_ treePath: String) -> SourceFile {
        SourceFile(path: prefix.isEmpty ? treePath : (treePath.isEmpty ? prefix : prefix + "/" + treePath), baseID: baseID)
    }
}
