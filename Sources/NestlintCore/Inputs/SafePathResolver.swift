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
        walk(path).resolution
    }

    /// When `path` resolves to `.missing` because a symbolic link on the way points at nothing
    /// inside the root, that link and its target: a bundle copied with absolute links into the
    /// live system (`proc/cpuinfo -> /proc/self/...`) would otherwise lose evidence in silence.
    public func danglingLink(on path: String) -> (link: String, target: String)? {
        walk(path).dangling
    }

    private func walk(_ path: String) -> (resolution: Resolution, dangling: (link: String, target: String)?) {
        var pending = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        pending.reverse()  // used as a stack: last element is the next component
        var resolved: [String] = []
        // `resolved` joined with "/", kept as it grows: joining it again for every component
        // of every path was most of a bundle scan's cost.
        var resolvedPath = ""
        var hops = 0
        // Links being followed, innermost last, with the stack depth below their target's
        // components: a component popped above that depth comes from the link's target.
        var following: [(link: String, target: String, floor: Int)] = []
        while let component = pending.popLast() {
            while let innermost = following.last, pending.count < innermost.floor { following.removeLast() }
            if component == "." { continue }
            if component == ".." {
                // Only links produce "..": the walk itself never goes above where it started.
                // Name the link that climbed out, with its whole target.
                if resolved.isEmpty {
                    return (.escapesRoot(link: following.last?.link ?? path, target: following.last?.target ?? ".."), nil)
                }
                resolved.removeLast()
                resolvedPath = resolved.joined(separator: "/")
                continue
            }
            let candidate = resolvedPath.appendingTreePath(component)
            guard let kind = tree.entryKind(at: candidate) else {
                return (.missing, following.last.map { ($0.link, $0.target) })
            }
            switch kind {
            case .symbolicLink(let target):
                hops += 1
                if hops > Self.maximumLinkHops { return (.linkLoop(link: candidate), nil) }
                if target.hasPrefix("/") {
                    resolved = []
                    resolvedPath = ""
                } else if escapes(target: target, from: resolved.count) {
                    return (.escapesRoot(link: candidate, target: target), nil)
                }
                following.append((candidate, target, pending.count))
                let targetComponents = target.split(separator: "/", omittingEmptySubsequences: true)
                for next in targetComponents.reversed() { pending.append(String(next)) }
            case .directory:
                resolved.append(component)
                resolvedPath = candidate
            case .regular, .special:
                guard pending.isEmpty else { return (.missing, nil) }  // a file used as a directory
                resolved.append(component)
                resolvedPath = candidate
            }
        }
        let finalPath = resolvedPath
        switch tree.entryKind(at: finalPath) {
        case .regular(let size): return (.regular(path: finalPath, size: size), nil)
        case .directory: return (.directory(path: finalPath), nil)
        case .special(let kind): return (.special(path: finalPath, kind: kind), nil)
        case .symbolicLink, .none: return (.missing, nil)
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
