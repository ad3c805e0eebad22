/// One thing to lint, found from a PATH argument: a host bundle, a standalone configuration file,
/// or a set of domain templates.
public struct Snapshot: Sendable {
    public enum Kind: String, Sendable, Codable {
        /// A host bundle (root file system layout, with or without sosreport extras).
        case bundle
        /// Domain templates and standalone modprobe.d files, each linted on its own.
        case templates
    }

    public let kind: Kind
    /// A name for reports: the bundle's path, or the templates' root.
    public let name: String
    public let tree: any FileTree
    public let artifacts: [ArtifactReference]
    /// Paths that could not be followed safely (link leaving the root, loop), as NL002 material.
    public let unreadable: [UnreadablePath]
    /// `sosreport` when sos_commands or sos_reports exist, `rootfs` otherwise.
    public let layout: String?
    /// KVM module directories present under `sys/module` (folded names), or `nil` when the
    /// bundle has no `sys/module` at all: loaded-module evidence for NL202.
    public let sysModules: Set<String>?
    /// Where each of `artifacts` led when `BundleScanner` resolved it in `tree`, in the same
    /// order, so that `SnapshotReader` opens it without walking its path again; `nil` when a
    /// snapshot is made any other way (the reader then resolves each path itself). Internal:
    /// the reader trusts these paths as safe, so only the scanner may provide them.
    let resolvedArtifacts: [SafePathResolver.Resolution]?

    public init(
        kind: Kind, name: String, tree: any FileTree, artifacts: [ArtifactReference],
        unreadable: [UnreadablePath] = [], layout: String? = nil, sysModules: Set<String>? = nil
    ) {
        self.init(
            kind: kind, name: name, tree: tree, artifacts: artifacts, unreadable: unreadable, layout: layout, sysModules: sysModules,
            resolvedArtifacts: nil)
    }

    init(
        kind: Kind, name: String, tree: any FileTree, artifacts: [ArtifactReference], unreadable: [UnreadablePath],
        layout: String?, sysModules: Set<String>?, resolvedArtifacts: [SafePathResolver.Resolution]?
    ) {
        self.resolvedArtifacts = resolvedArtifacts.flatMap { $0.count == artifacts.count ? $0 : nil }
        self.sysModules = sysModules
        self.kind = kind
        self.name = name
        self.tree = tree
        self.artifacts = artifacts
        self.unreadable = unreadable
        self.layout = layout
    }
}

/// A path discovery could not follow, with the reason.
public struct UnreadablePath: Sendable, Hashable {
    public let file: SourceFile
    public let reason: String
}
