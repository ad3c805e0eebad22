/// How an archive file is stored, decided from its first bytes (never from its name alone, so a
/// `.tar.gz` that is really plain tar still reads).
public enum ArchiveFormat: String, Sendable, Equatable {
    case tar
    case gzip
    case xz
    case bzip2
    case zstd

    /// File names nestlint treats as archives when it meets them in a directory: what
    /// `sos report` writes (`.tar.xz`, `.tar.gz`) and the usual spellings.
    static let suffixes = [".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".tar.bz2", ".tbz2", ".tar.zst"]

    /// Whether a file name says "tar archive".
    public static func isArchiveName(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return suffixes.contains { lowered.hasSuffix($0) && lowered.count > $0.count }
    }

    /// The format of a file starting with `prefix` (at least 6 bytes when the file has them);
    /// `nil` when it is none nestlint knows. Plain tar is recognised by its header checksum.
    static func detect(prefix: [UInt8]) -> ArchiveFormat? {
        if prefix.starts(with: [0x1F, 0x8B]) { return .gzip }
        if prefix.starts(with: [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]) { return .xz }
        if prefix.starts(with: [0x42, 0x5A, 0x68]) { return .bzip2 }
        if prefix.starts(with: [0x28, 0xB5, 0x2F, 0xFD]) { return .zstd }
        if prefix.count >= TarHeader.blockSize, TarHeader.checksumMatches(prefix[0..<TarHeader.blockSize]) { return .tar }
        return nil
    }

    /// The program and arguments that write the decompressed tar stream on standard output;
    /// `nil` for plain tar. `xz` is bounded in memory: a crafted header cannot make it allocate
    /// more than a sosreport needs (presets up to -9 use a 64 MiB dictionary).
    var decompressor: [String]? {
        switch self {
        case .tar: nil
        case .gzip: ["gzip", "-dc"]
        case .xz: ["xz", "-dc", "--memlimit-decompress=256MiB"]
        case .bzip2: ["bzip2", "-dc"]
        case .zstd: ["zstd", "-dc", "--memory=256MB"]
        }
    }
}
