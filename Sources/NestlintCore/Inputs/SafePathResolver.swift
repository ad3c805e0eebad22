/// Resolves paths inside a `FileTree` as if its root were `/`.
///
/// INPUTS.md: symbolic links are followed inside the bundle root only (an absolute link
/// `/usr/lib` means `<root>/usr/lib`); a link that would leave the root, or a loop, is never
/// followed and becomes an NL002 finding. Nothing outside the bundle is ever read.
public struct SafePathResolver: Sendable {
    /// The same bound the Linux kernel uses for nested links (`MAXSYMLINKS`).
    static let maximumLinkHops = 40

    public let tree: any FileTree

    public init(tree: any FileTree) {
        self.tree = tree
    }

    /// What `path` leads to.
    public enum Resolution: Sendable, Equatable {
        case regular(path: String, size: Int)
        case directory(path: String)
        case special(path: String, kind: String)
        case missing
        /// A link on the way points outside the root.
        case escapesRoot(link: String, target: String)
        /// Too many links on the way: a loop.
        case linkLoop(link: String)
    }

    public func resolve(_ path: String) -> Resolution {
        var pending = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        pending.reverse()  // used as a stack: last element is the next component
        var resolved: [String] = []
        var hops = 0
        while let component = pending.popLast() {
            if component == "." { continue }
            if component == ".." {
                // Only links produce "..": the walk itself never goes above where it started.
                if resolved.isEmpty { return .escapesRoot(link: path, target: "..") }
                resolved.removeLast()
                continue
            }
            let candidate = (resolved + [component]).joined(separator: "/")
            guard let kind = tree.entryKind(at: candidate) else { return .missing }
            switch kind {
            case .symbolicLink(let target):
                hops += 1
                if hops > Self.maximumLinkHops { return .linkLoop(link: candidate) }
                if target.hasPrefix("/") {
                    resolved = []
                } else if escapes(target: target, from: resolved.count) {
                    return .escapesRoot(link: candidate, target: target)
                }
                let targetComponents = target.split(separator: "/", omittingEmptySubsequences: true)
                for next in targetComponents.reversed() { pending.append(String(next)) }
            case .directory:
                resolved.append(component)
            case .regular, .special:
                guard pending.isEmpty else { return .missing }  // a file used as a directory
                resolved.append(component)
            }
        }
        let finalPath = resolved.joined(separator: "/")
        switch tree.entryKind(at: finalPath) {
        case .regular(let size): return .regular(path: finalPath, size: size)
        case .directory: return .directory(path: finalPath)
        case .special(let kind): return .special(path: finalPath, kind: kind)
        case .symbolicLink, .none: return .missing
        }
    }

    /// Whether a relative link target climbs above the root from a directory `depth` levels deep.
    private func escapes(target: String, from depth: Int) -> Bool {
        var level = depth
        for component in target.split(separator: "/", omittingEmptySubsequences: true) {
            if component == ".." {
                level -= 1
                if level < 0 { return true }
            } else if component != "." {
                level += 1
            }
        }
        return false
    }
}
