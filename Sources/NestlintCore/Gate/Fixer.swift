#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Applies the exact edits of findings to template and configuration files (`nestlint fix`).
///
/// Only files of template snapshots on disk are edited — never anything inside a host bundle or
/// an archive, which are evidence, not sources. Each file is rewritten atomically: the new text
/// goes to a temporary file in the same directory with the original permissions, then replaces
/// the file with rename(2), so an interrupted run never leaves a truncated file.
public struct Fixer: Sendable {
    /// What happened to one file.
    public struct FileChange: Sendable {
        public let file: SourceFile
        public let absolutePath: String
        public let edits: [TextEdit]
        public let original: [UInt8]
        public let fixed: [UInt8]
    }

    public init() {}

    /// The files `nestlint fix` may edit: those of template snapshots on disk.
    public func editableFiles(in snapshots: [Snapshot]) -> [SourceFile: (tree: DiskFileTree, treePath: String)] {
        var paths: [SourceFile: (tree: DiskFileTree, treePath: String)] = [:]
        for snapshot in snapshots where snapshot.kind == .templates {
            guard let tree = snapshot.tree as? DiskFileTree else { continue }
            for artifact in snapshot.artifacts { paths[artifact.file] = (tree, artifact.treePath) }
        }
        return paths
    }

    /// The changes the findings' edits make, per file (nothing is written).
    public func plan(findings: [Finding], snapshots: [Snapshot]) throws(FixError) -> [FileChange] {
        let paths = editableFiles(in: snapshots)
        let edits = Dictionary(grouping: findings.compactMap { $0.suppression == nil ? $0.fix : nil }, by: \.file)
        var changes: [FileChange] = []
        for file in edits.keys.sorted() {
            guard let place = paths[file] else { continue }  // inside a bundle: never edited
            let original: [UInt8]
            do {
                original = try place.tree.readFile(at: place.treePath, limit: SnapshotReader.defaultSizeLimit)
            } catch {
                throw FixError(path: file.path, message: "cannot read: \(error)")
            }
            let (fixed, applied) = Self.apply(edits[file]!, to: original)
            guard !applied.isEmpty, fixed != original else { continue }
            changes.append(
                FileChange(
                    file: file, absolutePath: place.tree.rootPath + "/" + place.treePath, edits: applied, original: original, fixed: fixed))
        }
        return changes
    }

    /// Writes planned changes, each file atomically with its permissions kept.
    public func write(_ changes: [FileChange]) throws(FixError) {
        for change in changes {
            try Self.replaceAtomically(path: change.absolutePath, bytes: change.fixed, display: change.file.path)
        }
    }

    /// Applies edits to a file's bytes, bottom-up so earlier positions stay valid; identical
    /// edits are applied once and overlapping ones after the first are skipped.
    static func apply(_ edits: [TextEdit], to bytes: [UInt8]) -> (bytes: [UInt8], applied: [TextEdit]) {
        var lines = splitKeepingTerminators(bytes)
        var unique: [TextEdit] = []
        for edit in edits where !unique.contains(edit) { unique.append(edit) }
        let ordered = unique.sorted {
            ($0.line, $0.startColumn, $0.insertsLine ? 1 : 0) > ($1.line, $1.startColumn, $1.insertsLine ? 1 : 0)
        }
        var applied: [TextEdit] = []
        var touched: [Int: [ClosedRange<Int>]] = [:]
        for edit in ordered {
            let index = edit.line - 1
            guard index >= 0, index < lines.count else { continue }
            var (text, terminator) = lines[index]
            if edit.insertsLine {
                let ending = terminator.isEmpty ? (lines.first { !$0.terminator.isEmpty }?.terminator ?? "\n") : terminator
                if terminator.isEmpty { lines[index].terminator = ending }
                lines.insert((edit.replacement, terminator.isEmpty ? "" : ending), at: index + 1)
                applied.append(edit)
                continue
            }
            let span = edit.startColumn...max(edit.startColumn, edit.endColumn)
            if touched[index, default: []].contains(where: { $0.overlaps(span) }) { continue }
            let scalars = Array(text.unicodeScalars)
            guard edit.startColumn >= 1, edit.endColumn - 1 <= scalars.count, edit.startColumn <= edit.endColumn else { continue }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[..<(edit.startColumn - 1)])
            view.append(contentsOf: edit.replacement.unicodeScalars)
            view.append(contentsOf: scalars[(edit.endColumn - 1)...])
            text = String(view)
            lines[index] = (text, terminator)
            touched[index, default: []].append(span)
            applied.append(edit)
        }
        let output = lines.flatMap { Array($0.text.utf8) + Array($0.terminator.utf8) }
        return (output, applied.reversed())
    }

    /// Lines with their own terminators (`\n`, `\r\n` or none for the last line).
    static func splitKeepingTerminators(_ bytes: [UInt8]) -> [(text: String, terminator: String)] {
        var lines: [(String, String)] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            let crlf = index > start && bytes[index - 1] == UInt8(ascii: "\r")
            let end = crlf ? index - 1 : index
            lines.append((String(decoding: bytes[start..<end], as: UTF8.self), crlf ? "\r\n" : "\n"))
            start = index + 1
        }
        if start < bytes.count { lines.append((String(decoding: bytes[start...], as: UTF8.self), "")) }
        return lines
    }

    static func replaceAtomically(path: String, bytes: [UInt8], display: String) throws(FixError) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            throw FixError(path: display, message: "not a regular file; not changed")
        }
        var template = Array((String(path.treeParentAbsolute) + "/.nestlint-fix-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw FixError(path: display, message: "cannot create a temporary file: \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                let message = String(cString: strerror(errno))
                close(descriptor)
                unlink(temporary)
                throw FixError(path: display, message: "cannot write: \(message)")
            }
            written += count
        }
        let kept = fchmod(descriptor, info.st_mode & 0o7777) == 0 && fsync(descriptor) == 0
        close(descriptor)
        guard kept, rename(temporary, path) == 0 else {
            let message = String(cString: strerror(errno))
            unlink(temporary)
            throw FixError(path: display, message: "cannot replace the file: \(message)")
        }
    }
}

/// A fix that could not be applied: exit 2, naming the file.
public struct FixError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String

    public var description: String { "\(path): error: \(message)" }
}
