/// Finds domain templates and standalone modprobe.d files in a directory that is not a bundle
/// (a repository of VM templates, an Ansible role…), and the bundles nested in it (a fleet).
///
/// Every `*.xml` is a candidate (its root element decides whether it is a domain); every file
/// under a folder named `modprobe.d` is a modprobe file linted on its own. Hidden folders
/// (`.git`, `.build`) are skipped, links are followed inside the root only, and directory links
/// are not walked (no loops).
public struct TemplateScanner: Sendable {
    static let maximumDepth = 64

    let tree: any FileTree
    let namer: PathNamer
    /// Whether directories are bundles, where already found out (`InputDiscovery`), by exact
    /// bytes (two names equal as `String`s are two directories): the walk asks the rest itself.
    let knownBundles: [ExactPath: Bool]

    public init(tree: any FileTree, namer: PathNamer) {
        self.init(tree: tree, namer: namer, knownBundles: [:])
    }

    init(tree: any FileTree, namer: PathNamer, knownBundles: [ExactPath: Bool]) {
        self.tree = tree
        self.namer = namer
        self.knownBundles = knownBundles
    }

    /// The templates found, and the sub-directories that are bundles (not walked into).
    public func scan(name: String) -> (templates: Snapshot, bundleDirectories: [String]) {
        var bundles: [String] = []
        var artifacts: [ArtifactReference] = []
        var unreadable: [UnreadablePath] = []
        let resolver = SafePathResolver(tree: tree)
        func walk(_ directory: String, depth: Int, insideModprobe: Bool) {
            guard depth < Self.maximumDepth else { return }
            for child in tree.childNames(of: directory) where !child.hasPrefix(".") {
                let path = directory.appendingTreePath(child)
                switch tree.entryKind(at: path) {
                case .directory:
                    if !insideModprobe
                        && (knownBundles[ExactPath(path)] ?? BundleScanner.isBundle(SubtreeFileTree(base: tree, prefix: path)))
                    {
                        bundles.append(path)
                    } else {
                        walk(path, depth: depth + 1, insideModprobe: insideModprobe || child == "modprobe.d")
                    }
                    continue
                case .none:
                    continue
                default:
                    break
                }
                let kind: ArtifactKind
                if child.hasSuffix(".xml") {
                    kind = .persistentDomain
                } else if insideModprobe {
                    kind = .modprobeConfig
                } else {
                    continue
                }
                switch resolver.resolve(path) {
                case .regular, .special:
                    artifacts.append(ArtifactReference(treePath: path, kind: kind, file: namer.file(path)))
                case .escapesRoot(let link, let target):
                    unreadable.append(
                        UnreadablePath(
                            file: namer.file(path), reason: "symbolic link \(link) -> \(target) leaves the linted directory; not followed"))
                case .linkLoop(let link):
                    unreadable.append(UnreadablePath(file: namer.file(path), reason: "symbolic link loop at \(link); not followed"))
                case .missing:
                    if let dangling = resolver.danglingLink(on: path) {
                        unreadable.append(
                            UnreadablePath(
                                file: namer.file(path),
                                reason:
                                    "symbolic link \(dangling.link) -> \(dangling.target) leads to nothing inside the linted directory (absolute links are resolved against it); not followed"
                            ))
                    }
                    continue
                case .directory:
                    continue
                }
            }
        }
        walk("", depth: 0, insideModprobe: false)
        return (Snapshot(kind: .templates, name: name, tree: tree, artifacts: artifacts, unreadable: unreadable), bundles)
    }
}
