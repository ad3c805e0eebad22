/// Finds bundle archives (`*.tar`, `*.tar.gz`, `*.tgz`, `*.tar.xz`…) in a directory that is not
/// a bundle, wherever they sit, as `TemplateScanner` finds bundle directories: hidden folders
/// are skipped, the bundle directories it found and `modprobe.d` folders are not walked into,
/// directory links are not walked, and a link to an archive is followed inside the root only.
struct ArchiveFinder {
    let tree: any FileTree
    /// The bundle directories `TemplateScanner` found: not walked into, and every other
    /// directory is known not to be a bundle (no second look at its markers).
    let bundleDirectories: Set<String>

    /// Archive paths (as listed, before links are resolved) with their resolved paths, in
    /// walk order (names sorted by bytes).
    func find() -> [(path: String, resolved: String)] {
        var found: [(path: String, resolved: String)] = []
        let resolver = SafePathResolver(tree: tree)
        func walk(_ directory: String, depth: Int) {
            guard depth < TemplateScanner.maximumDepth else { return }
            for child in tree.childNames(of: directory) where !child.hasPrefix(".") {
                let path = directory.appendingTreePath(child)
                switch tree.entryKind(at: path) {
                case .directory:
                    guard child != "modprobe.d", !bundleDirectories.contains(path) else { continue }
                    walk(path, depth: depth + 1)
                case .regular, .symbolicLink:
                    guard ArchiveFormat.isArchiveName(child), case .regular(let resolved, _) = resolver.resolve(path) else { continue }
                    found.append((path, resolved))
                default:
                    continue
                }
            }
        }
        walk("", depth: 0)
        return found
    }
}
