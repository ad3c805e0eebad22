/// One `intent:` entry of the configuration: `{match: GLOB, role: ..., operations: [...]}`.
public struct IntentRule: Sendable {
    public let match: Glob
    public let role: Intent.Role?
    public let operations: Set<Operation>?
    public let line: Int

    /// Whether the glob matches the domain file's report path (or any suffix of it starting at
    /// a `/`, so `templates/*.xml` matches wherever the repository is linted from) or the
    /// domain's name.
    func matches(path: String, domainName: String?) -> Bool {
        if let domainName, match.matches(domainName) { return true }
        if match.matches(path) { return true }
        var index = path.startIndex
        while let slash = path[index...].firstIndex(of: "/") {
            index = path.index(after: slash)
            if match.matches(String(path[index...])) { return true }
        }
        return false
    }
}
