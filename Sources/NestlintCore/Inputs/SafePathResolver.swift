/// Resolves paths inside a `FileTree` as if its root were `/`.
///
/// INPUTS.md: symbolic links are followed inside the bundle root only (an absolute link
/// `/usr/lib` means `<root>/usr/lib`); a link that would leave the root, or a loop, is never
/// followed and becomes an NL002 finding. Nothing outside the bundle is ever read.
public struct SafePathResolver: Sendable {
    /// The same bound the Linux kernel uses for nested links (`MAXSYMLINKS`).
    static let maximumLinkHops = 40

    /// Paths at least this long resolve without first resolving their parents (which recurses
    /// once per component); a real bundle's paths are far shorter.
    static let rememberingDepthLimit = 512

    public let tree: any FileTree
    /// Directories resolved so far, by the path asked: the files of one directory (a host's
    /// twenty domains) each resolve their parent once instead of component by component.
    private let directories = ResolvedDirectories()

    public init(tree: any FileTree) {
        self.tree = tree
    }

    /// What `path` leads to.
    public enum Resolution: Sendable, Equatable {
        /// `size` as the tree told it (`nil`: not known without opening the file).
        case regular(path: String, size: Int?)
        case directory(path: String)
        case special(path: String, kind: String)
        case missing
        /// A link on the way points outside the root.
        case escapesRoot(link: String, target: String)
        /// Too many links on the way: a loop.
        case linkLoop(link: String)
    }

    public func resolve(_ path: String) -> Resolution {
        walkRemembering(path).resolution
    }

    /// When `path` resolves to `.missing` because a symbolic link on the way points at nothing
    /// inside the root, that link and its target: a bundle copied with absolute links into the
    /// live system (`proc/cpuinfo -> /proc/self/...`) would otherwise lose evidence in silence.
    public func danglingLink(on path: String) -> (link: String, target: String)? {
        walkRemembering(path).dangling
    }

    /// `resolve(path)` and `danglingLink(on: path)` from one walk: a scan asks both of every
    /// missing path.
    func resolveNotingDanglingLink(_ path: String) -> (resolution: Resolution, dangling: (link: String, target: String)?) {
        let answer = walkRemembering(path)
        return (answer.resolution, answer.dangling)
    }

    /// The walk of `path` from its parent directory's resolution, which is looked up, or
    /// worked out (and remembered) first. Under a missing parent or a file, the path is missing
    /// too; a parent whose links leave the bundle or loop leaves the whole path to the full
    /// walk, which names the cause as this path meets it.
    private func walkRemembering(_ path: String) -> (resolution: Resolution, dangling: (link: String, target: String)?, hops: Int) {
        let split = ResolvedDirectories.split(path)
        var parent = directories.resolvedParent(of: path, split: split)
        // Parents first, one level per call: bounded, so that a hostile path thousands of
        // directories deep is walked in full rather than recursing that deep.
        if parent == nil, path.utf8.count < Self.rememberingDepthLimit, let split {
            let above = walkRemembering(split.parent)
            switch above.resolution {
            case .directory(let resolved):
                parent = ResolvedDirectories.Parent(
                    name: split.name, resolved: resolved, isAsked: resolved.utf8.elementsEqual(split.parent.utf8), hops: above.hops)
            case .missing:
                // The walk stops where the parent's did, with the same links in progress.
                return (.missing, above.dangling, above.hops)
            case .regular, .special:
                return (.missing, nil, above.hops)  // a file used as a directory
            case .escapesRoot, .linkLoop:
                break  // the full walk names the cause as this path meets it
            }
        }
        let answer = parent.flatMap { lastComponent(of: path, from: $0) } ?? walk(path, from: parent)
        if case .directory(let resolved) = answer.resolution { directories.remember(path, resolvedTo: resolved, hops: answer.hops) }
        return answer
    }

    /// The walk of the last component of `path` under its resolved parent when that component
    /// is no symbolic link (almost every path of a bundle): what `walk(path, from: parent)`
    /// answers, without its stacks. `nil` for a link, which the full walk follows.
    private func lastComponent(
        of path: String, from parent: ResolvedDirectories.Parent
    ) -> (resolution: Resolution, dangling: (link: String, target: String)?, hops: Int)? {
        // With no link above it, the path itself is where its parent led plus its name.
        let candidate = parent.isAsked ? path : parent.resolved.appendingTreePath(String(parent.name))
        switch tree.entryKind(at: candidate) {
        case .none: return (.missing, nil, parent.hops)
        case .symbolicLink: return nil
        case .directory: return (.directory(path: candidate), nil, parent.hops)
        case .regular(let size): return (.regular(path: candidate, size: size), nil, parent.hops)
        case .special(let kind): return (.special(path: candidate, kind: kind), nil, parent.hops)
        }
    }

    /// The walk of `path`, or of its last component only when its parent directory is already
    /// known to resolve to `parent` (the same walk: once a directory's components are behind,
    /// only where they led matters).
    private func walk(
        _ path: String, from parent: ResolvedDirectories.Parent?
    ) -> (resolution: Resolution, dangling: (link: String, target: String)?, hops: Int) {
        var pending: [String]
        var resolved: [String]
        // `resolved` joined with "/", kept as it grows: joining it again for every component
        // of every path was most of a bundle scan's cost.
        var resolvedPath: String
        // Links followed so far, the parent's included: the bound is on the whole path.
        var hops = parent?.hops ?? 0
        if let parent {
            pending = [String(parent.name)]
            resolved = parent.resolved.split(separator: "/").map(String.init)
            resolvedPath = parent.resolved
        } else {
            pending = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            pending.reverse()  // used as a stack: last element is the next component
            resolved = []
            resolvedPath = ""
        }
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
                    return (.escapesRoot(link: following.last?.link ?? path, target: following.last?.target ?? ".."), nil, hops)
                }
                resolved.removeLast()
                resolvedPath = resolved.joined(separator: "/")
                continue
            }
            let candidate = resolvedPath.appendingTreePath(component)
            guard let kind = tree.entryKind(at: candidate) else {
                return (.missing, following.last.map { ($0.link, $0.target) }, hops)
            }
            switch kind {
            case .symbolicLink(let target):
                hops += 1
                if hops > Self.maximumLinkHops { return (.linkLoop(link: candidate), nil, hops) }
                if target.hasPrefix("/") {
                    resolved = []
                    resolvedPath = ""
                } else if escapes(target: target, from: resolved.count) {
                    return (.escapesRoot(link: candidate, target: target), nil, hops)
                }
                following.append((candidate, target, pending.count))
                let targetComponents = target.split(separator: "/", omittingEmptySubsequences: true)
                for next in targetComponents.reversed() { pending.append(String(next)) }
            case .directory:
                resolved.append(component)
                resolvedPath = candidate
            case .regular, .special:
                guard pending.isEmpty else { return (.missing, nil, hops) }  // a file used as a directory
                resolved.append(component)
                resolvedPath = candidate
            }
        }
        let finalPath = resolvedPath
        switch tree.entryKind(at: finalPath) {
        case .regular(let size): return (.regular(path: finalPath, size: size), nil, hops)
        case .directory: return (.directory(path: finalPath), nil, hops)
        case .special(let kind): return (.special(path: finalPath, kind: kind), nil, hops)
        case .symbolicLink, .none: return (.missing, nil, hops)
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
