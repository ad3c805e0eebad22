@testable import NestlintCore

/// `FlattenedLinkFileTree` with its check that a flattened target leads inside the bundle
/// made by `ReferencePathResolver`, so that the oracle scan uses no fast resolver at all.
struct ReferenceFlattenedLinkTree: FileTree {
    let base: any FileTree

    func entryKind(at path: String) -> FileTreeEntryKind? {
        let kind = base.entryKind(at: path)
        guard FlattenedLinkFileTree.knownLinkPaths.contains(path), case .regular(let size)? = kind,
            size ?? 0 <= FlattenedLinkFileTree.maximumSize, let target = flattenedTarget(at: path)
        else { return kind }
        return .symbolicLink(target: target)
    }

    func childNames(of directory: String) -> [String] {
        base.childNames(of: directory)
    }

    func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        try base.readFile(at: path, limit: limit)
    }

    private func flattenedTarget(at path: String) -> String? {
        guard let bytes = try? base.readFile(at: path, limit: FlattenedLinkFileTree.maximumSize), !bytes.contains(0) else { return nil }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        guard !text.isEmpty, !text.contains("\n"), !text.hasPrefix("/"),
            !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\r" })
        else { return nil }
        switch ReferencePathResolver(tree: base).resolve(path.treeParent.appendingTreePath(text)) {
        case .regular(let target, _), .directory(let target): return target == path ? nil : text
        default: return nil
        }
    }
}
