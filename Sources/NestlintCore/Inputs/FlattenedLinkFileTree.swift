/// A sosreport tree in which symbolic links that a copy flattened into small text files are seen
/// as the links they were.
///
/// sos creates relative links at known places: root links to command output (`lsmod ->
/// sos_commands/kernel/lsmod`, `uname -> sos_commands/kernel/uname_-a`) and the archive's own
/// `sys/class/dmi/id -> ../../devices/virtual/dmi/id`. Copies that do not keep links (a zip, some
/// upload tools, a git checkout on some systems) turn each into a regular file holding the target
/// path. Read as evidence, such a file is nonsense (`lsmod` with no modules, a `uname` without a
/// version) and the real file is missed or read twice. At the known link paths only, a small
/// regular file whose single line is a relative path that resolves to something inside the
/// bundle is therefore reported as a link to that path; the usual safe resolution then applies.
public struct FlattenedLinkFileTree: FileTree {
    /// Paths where sos creates links (sos `root_symlink` names, and the DMI link in /sys).
    public static let knownLinkPaths: Set<String> = [
        "lsmod", "uname", "hostname", "dmidecode", "installed-rpms", "installed-debs", "date", "df", "free",
        "ip_addr", "last", "lsof", "lspci", "ps", "pstree", "route", "uptime", "vgdisplay", "netstat",
        "chkconfig", "java", "lsb-release", "sys/class/dmi/id",
    ]

    /// A flattened link is one short line; anything longer is real content.
    static let maximumSize = 256

    public let base: any FileTree

    public init(base: any FileTree) {
        self.base = base
    }

    public func entryKind(at path: String) -> FileTreeEntryKind? {
        let kind = base.entryKind(at: path)
        // An unknown size is checked by reading with the limit (`flattenedTarget`).
        guard Self.knownLinkPaths.contains(path), case .regular(let size)? = kind, size ?? 0 <= Self.maximumSize,
            let target = flattenedTarget(at: path)
        else { return kind }
        return .symbolicLink(target: target)
    }

    public func childNames(of directory: String) -> [String] {
        base.childNames(of: directory)
    }

    public func readFile(at path: String, limit: Int) throws(FileTreeReadError) -> [UInt8] {
        try base.readFile(at: path, limit: limit)
    }

    /// The link target a flattened file holds, or `nil` when the file is real content.
    func flattenedTarget(at path: String) -> String? {
        guard let bytes = try? base.readFile(at: path, limit: Self.maximumSize), !bytes.contains(0) else { return nil }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasSuffix("\n") { text.removeLast() }
        guard !text.isEmpty, !text.contains("\n"), !text.hasPrefix("/"),
            !text.contains(where: { $0 == " " || $0 == "\t" || $0 == "\r" })
        else { return nil }
        // It must lead somewhere inside the bundle, seen from the link's own directory.
        let resolved = SafePathResolver(tree: base).resolve(path.treeParent.appendingTreePath(text))
        switch resolved {
        case .regular(let target, _), .directory(let target): return target == path ? nil : text
        default: return nil
        }
    }
}
