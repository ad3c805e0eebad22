#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decides what each PATH argument is (INPUTS.md, "The inputs a user passes") and lists what
/// to read in it.
public struct InputDiscovery: Sendable {
    /// The working directory, canonical; paths under it are reported relative to it.
    public let workingDirectory: String

    public init(workingDirectory: String) {
        self.workingDirectory = Self.canonical(workingDirectory) ?? workingDirectory
    }

    /// The snapshots found at `argument`. `index` numbers the argument for SARIF base ids.
    public func discover(_ argument: String, index: Int) throws(InputError) -> [Snapshot] {
        let absolute = argument.hasPrefix("/") ? argument : workingDirectory + "/" + argument
        guard let canonicalPath = Self.canonical(absolute) else { throw .notFound(argument) }
        var info = stat()
        guard stat(canonicalPath, &info) == 0 else { throw .notFound(argument) }
        let isDirectory = info.st_mode & S_IFMT == S_IFDIR
        let rootPath = isDirectory ? canonicalPath : String(canonicalPath.treeParentAbsolute)
        let namer = namer(forRoot: rootPath, index: index)
        let tree = DiskFileTree(rootPath: rootPath)
        let displayName = argument
        if !isDirectory {
            let name = canonicalPath.treeBaseName
            let insideModprobe = rootPath.treeBaseName == "modprobe.d"
            let kind: ArtifactKind = name.hasSuffix(".xml") || !(insideModprobe || name.hasSuffix(".conf")) ? .persistentDomain : .modprobeConfig
            let reference = ArtifactReference(treePath: name, kind: kind, file: namer.file(name))
            return [Snapshot(kind: .templates, name: displayName, tree: tree, artifacts: [reference])]
        }
        if BundleScanner.isBundle(tree) {
            return [BundleScanner(tree: tree, namer: namer).scan(name: namer.prefix.isEmpty ? displayName : namer.prefix)]
        }
        // A directory holding bundles is a fleet: each bundle is one host. Everything else in
        // it is a template or a configuration file.
        let (templates, bundleDirectories) = TemplateScanner(tree: tree, namer: namer).scan(name: displayName)
        var snapshots: [Snapshot] = bundleDirectories.map { directory in
            let bundleNamer = PathNamer(prefix: namer.prefix.isEmpty ? directory : namer.prefix + "/" + directory, baseID: namer.baseID)
            return BundleScanner(tree: SubtreeFileTree(base: tree, prefix: directory), namer: bundleNamer).scan(name: bundleNamer.prefix)
        }
        if !templates.artifacts.isEmpty || !templates.unreadable.isEmpty || snapshots.isEmpty {
            snapshots.append(templates)
        }
        return snapshots
    }

    /// Report naming for a root: relative to the working directory when under it, else
    /// relative to the root itself with a SARIF base id.
    func namer(forRoot rootPath: String, index: Int) -> PathNamer {
        if rootPath == workingDirectory { return PathNamer(prefix: "") }
        if rootPath.hasPrefix(workingDirectory == "/" ? "/" : workingDirectory + "/") {
            let relative = String(rootPath.dropFirst(workingDirectory == "/" ? 1 : workingDirectory.count + 1))
            return PathNamer(prefix: relative)
        }
        return PathNamer(prefix: "", baseID: "INPUT\(index + 1)")
    }

    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

extension String {
    /// The parent of an absolute path (`/` for a top-level entry).
    var treeParentAbsolute: Substring {
        guard let slash = lastIndex(of: "/") else { return "." }
        return slash == startIndex ? "/" : self[..<slash]
    }
}

/// A PATH argument nestlint cannot use at all (exit 2).
public enum InputError: Error, Sendable, CustomStringConvertible {
    case notFound(String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or directory"
        }
    }
}
