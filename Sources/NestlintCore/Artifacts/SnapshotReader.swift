/// Reads and parses every artifact of a snapshot, once.
///
/// Problems (unreadable files, binary junk, files over the size limit, malformed XML) are
/// recorded with the file and line and never stop the read.
public struct SnapshotReader: Sendable {
    /// INPUTS.md: 16 MiB per artifact unless configured.
    public static let defaultSizeLimit = 16 * 1024 * 1024

    public let sizeLimit: Int

    public init(sizeLimit: Int = SnapshotReader.defaultSizeLimit) {
        self.sizeLimit = sizeLimit
    }

    public func read(_ snapshot: Snapshot) -> ReadSnapshot {
        var result = ReadSnapshot(snapshot: snapshot)
        // One resolver for the snapshot: it remembers the directories it resolved, and a
        // host's files share a few.
        let resolver = SafePathResolver(tree: snapshot.tree)
        switch snapshot.kind {
        case .bundle:
            var host = HostArtifacts(name: snapshot.name, isBundle: true)
            host.unreadablePaths = snapshot.unreadable
            host.sysModules = snapshot.sysModules
            // Room for every file at once: the tables grew (and rehashed) a step at a time.
            result.contents.reserveCapacity(snapshot.artifacts.count)
            host.files.reserveCapacity(snapshot.artifacts.count)
            for (index, reference) in snapshot.artifacts.enumerated() {
                var problems: [ArtifactProblem] = []
                // The scanner's resolution when it has one: the same walk, in the same tree.
                let resolution = snapshot.resolvedArtifacts?[index] ?? resolver.resolve(reference.treePath)
                if let bytes = load(reference, resolvedAs: resolution, tree: snapshot.tree, problems: &problems) {
                    let domainCount = host.domains.count
                    absorb(reference, bytes: bytes, into: &host, problems: &problems)
                    remember(reference, bytes: bytes, document: host.domains.count > domainCount ? host.domains.last : nil, in: &result)
                }
                host.files.append((reference, problems))
            }
            result.hosts.append(host)
        case .templates:
            for reference in snapshot.artifacts {
                var problems: [ArtifactProblem] = []
                let bytes = load(reference, resolvedAs: resolver.resolve(reference.treePath), tree: snapshot.tree, problems: &problems)
                if reference.kind == .modprobeConfig {
                    var host = HostArtifacts(name: reference.file.path, isBundle: false)
                    if let bytes {
                        absorb(reference, bytes: bytes, into: &host, problems: &problems)
                        remember(reference, bytes: bytes, document: nil, in: &result)
                    }
                    host.files.append((reference, problems))
                    result.hosts.append(host)
                } else {
                    if let bytes {
                        let domain = parseDomain(reference, bytes: bytes, problems: &problems)
                        if let domain { result.templateDomains.append(domain) }
                        remember(reference, bytes: bytes, document: domain, in: &result)
                    }
                    result.templateFiles.append((reference, problems))
                }
            }
            for path in snapshot.unreadable {
                let problem = ArtifactProblem(kind: .unreadable, location: SourceLocation(file: path.file, line: 1), message: path.reason)
                result.templateFiles.append(
                    (ArtifactReference(treePath: path.file.path, kind: .persistentDomain, file: path.file), [problem]))
            }
        }
        return result
    }

    /// Keeps a file's bytes for fixes and collects its `nestlint-ignore` comments.
    private func remember(_ reference: ArtifactReference, bytes: [UInt8], document: DomainDocument?, in result: inout ReadSnapshot) {
        result.contents[reference.file] = bytes
        result.suppressions += SuppressionScanner.scan(reference, bytes: bytes, document: document)
    }

    /// The bytes of the file `resolution` leads to, or a recorded problem.
    private func load(
        _ reference: ArtifactReference, resolvedAs resolution: SafePathResolver.Resolution, tree: any FileTree,
        problems: inout [ArtifactProblem]
    ) -> [UInt8]? {
        let location = SourceLocation(file: reference.file, line: 1)
        func problem(_ message: String) -> [UInt8]? {
            problems.append(ArtifactProblem(kind: .unreadable, location: location, message: message))
            return nil
        }
        // The finding's location names the file: messages say what is wrong and what was done.
        switch resolution {
        case .regular(let path, _):
            do {
                return try tree.readFile(at: path, limit: sizeLimit)
            } catch {
                return problem(error.description)
            }
        case .special(_, let kind):
            return problem(FileTreeReadError.notRegularFile(kind).description)
        case .escapesRoot(let link, let target):
            return problem("symbolic link \(link) -> \(target) leaves the bundle; not followed")
        case .linkLoop(let link):
            return problem("symbolic link loop at \(link) (more than \(SafePathResolver.maximumLinkHops) links in a row); not followed")
        case .missing:
            return problem("vanished while nestlint was reading the bundle; not read")
        case .directory:
            return problem(FileTreeReadError.notRegularFile("directory").description)
        }
    }

    /// Parses one artifact into the host it belongs to.
    private func absorb(_ reference: ArtifactReference, bytes: [UInt8], into host: inout HostArtifacts, problems: inout [ArtifactProblem]) {
        if reference.kind.isXML {
            if let domain = parseDomain(reference, bytes: bytes, problems: &problems) { host.domains.append(domain) }
            return
        }
        let lines = TextLines(bytes: bytes)
        let file = reference.file
        if lines.containsNUL {
            problems.append(
                ArtifactProblem(
                    kind: .unreadable, location: SourceLocation(file: file, line: firstNULLine(bytes)),
                    message: "a NUL byte on this line: binary data or a damaged copy, not text; the file was skipped"))
            return
        }
        switch reference.kind {
        case .modprobeConfig:
            host.modprobeFiles.append((reference, ModprobeFile(file: file, lines: lines)))
        case .sysfsParameter:
            let components = reference.treePath.split(separator: "/").map(String.init)
            // sys/module/<module>/parameters/<param>
            guard components.count >= 5 else { return }
            host.sysfs.append(SysfsParameter(module: components[2], parameter: components[4], file: file, lines: lines))
        case .cpuinfo:
            host.cpuinfo = CPUInfo(file: file, lines: lines)
        case .loadedModules:
            host.loadedModules.append(LoadedModules(file: file, lines: lines))
        case .builtinModules:
            for (offset, line) in lines.lines.enumerated() {
                let name = line.trimmingWhitespace.treeBaseName
                guard name.hasSuffix(".ko") else { continue }
                host.builtinModules[ModuleName.fold(String(name.dropLast(3)))] = SourceLocation(file: file, line: offset + 1, excerpt: line)
            }
        case .kernelCommandLine:
            host.commandLine = KernelCommandLine(file: file, lines: lines)
        case .kernelVersion:
            if host.kernelVersion == nil, let version = KernelVersion.parse(banner: lines.line(1)) {
                host.kernelVersion = (version, SourceLocation(file: file, line: 1, excerpt: lines.line(1)))
            }
        case .hostIdentity:
            let value = lines.line(1).trimmingWhitespace
            let location = SourceLocation(file: file, line: 1, excerpt: value)
            if reference.treePath.hasSuffix("product_uuid") {
                host.productUUID = (value, location)
            } else {
                host.hostname = (value, location)
            }
        case .persistentDomain, .liveDomain, .dumpedDomain:
            break
        }
    }

    private func parseDomain(_ reference: ArtifactReference, bytes: [UInt8], problems: inout [ArtifactProblem]) -> DomainDocument? {
        switch XMLDocument.parse(bytes: bytes, name: reference.file.path) {
        case .success(let document):
            return DomainDocument(artifact: reference, document: document)
        case .failure(let error):
            var message = error.message
            if message.hasPrefix("Double hyphen within comment"), SuppressionScanner.contains(bytes, SuppressionScanner.markerBytes) {
                message += " (XML forbids '--' inside comments: write <!-- nestlint-ignore: ID - reason -->)"
            }
            problems.append(
                ArtifactProblem(
                    kind: .malformedXML, location: SourceLocation(file: reference.file, line: error.line),
                    message: message))
            return nil
        }
    }

    private func firstNULLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes {
            if byte == 0 { return line }
            if byte == UInt8(ascii: "\n") { line += 1 }
        }
        return line
    }
}
