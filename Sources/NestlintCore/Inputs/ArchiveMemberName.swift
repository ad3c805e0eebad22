/// Checks and normalises a member name (or hard-link target) before anything else sees it.
///
/// GNU tar strips a leading `/` and refuses `..` only when extracting, and its protections do
/// not cover every path through links; nestlint extracts nothing, and still refuses such names
/// outright so that no later step can be led outside the archive by them.
enum ArchiveMemberName {
    /// Why a name is refused, or the normalised path (no `.` or empty components, no leading
    /// `./`, no trailing `/`). `""` is the archive root itself (a `./` entry).
    enum Outcome: Equatable {
        case path(String)
        case rejected(String)
    }

    static func check(_ name: String) -> Outcome {
        if name.hasPrefix("/") { return .rejected("has an absolute path") }
        var components: [Substring] = []
        for component in name.split(separator: "/", omittingEmptySubsequences: true) {
            if component == "." { continue }
            if component == ".." { return .rejected("has a parent-directory (..) component") }
            components.append(component)
        }
        return .path(components.joined(separator: "/"))
    }
}
