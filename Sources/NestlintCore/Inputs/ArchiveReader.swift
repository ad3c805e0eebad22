/// Streams a tar archive once and builds an `ArchiveFileTree`: every member listed, the
/// contents of the members a bundle scan is likely to read kept in memory, nothing written
/// anywhere.
///
/// Member names are checked before anything is recorded: absolute names and names with `..`
/// are rejected (and reported), hard links must point at an earlier member by a name that
/// passes the same check, and symbolic links are recorded as links for `SafePathResolver` to
/// follow inside the bundle only. Any read failure (not a tar archive, a damaged header, data
/// cut short, the decompressor failing, the size or member limit reached) ends the read: an
/// archive is linted whole or not at all, never "repaired".
struct ArchiveReader {
    let limits: ArchiveLimits

    struct Outcome {
        var tree = ArchiveFileTree()
        /// Members refused, as sentences for NL002.
        var rejected: [String] = []
        /// Why the archive could not be read at all.
        var failure: String?
    }

    /// pax and GNU long-name values waiting for the member they describe.
    private struct Pending {
        var name: String?
        var linkName: String?
        var size: Int?
    }

    /// Reads the archive at `path`, keeping the members `ArchiveRetention` wants (within the
    /// retention budget) and every member whose data path is in `required`.
    func read(path: String, format: ArchiveFormat, required: Set<String> = []) -> Outcome {
        var outcome = Outcome()
        let stream: ArchiveByteStream
        do {
            stream = try ArchiveByteStream(path: path, format: format, limit: limits.maximumExpandedSize)
        } catch {
            outcome.failure = error.message
            return outcome
        }
        var stoppedEarly = true
        do {
            stoppedEarly = try readMembers(stream, required: required, into: &outcome)
        } catch {
            outcome.failure = error.message
        }
        if let message = stream.finish(stoppedEarly: stoppedEarly || outcome.failure != nil), outcome.failure == nil {
            outcome.failure = "the archive could not be decompressed: \(message)"
        }
        if outcome.failure != nil { outcome.tree = ArchiveFileTree() }
        return outcome
    }

    /// Reads headers and data to the end-of-archive marker. Returns whether reading stopped
    /// before the decompressor's output ended (the marker comes before tar's padding).
    private func readMembers(_ stream: ArchiveByteStream, required: Set<String>, into outcome: inout Outcome) throws(ArchiveByteStream
        .Failure) -> Bool
    {
        var pending = Pending()
        var members = 0
        var retained = 0
        var previous = "the start of the archive"
        while true {
            let block = try stream.read(TarHeader.blockSize)
            if block.isEmpty { return false }  // no end marker: accepted, as GNU tar does
            guard block.count == TarHeader.blockSize else {
                throw .init(message: "the archive ends inside a header, after \(previous)")
            }
            if TarHeader.isZeroBlock(block) { return true }
            guard let raw = TarHeader(block: block) else {
                throw .init(
                    message: members == 0
                        ? "not a tar archive (gzip- or xz-compressed or plain tar expected)"
                        : "the archive is damaged: a header with a bad checksum follows \(previous)")
            }
            members += 1
            guard members <= limits.maximumMembers else {
                throw .init(message: "the archive has more than \(limits.maximumMembers) members (the limit); reading stopped")
            }
            let header = raw.overriding(name: pending.name, linkName: pending.linkName, size: pending.size)
            let padded = (header.size + TarHeader.blockSize - 1) / TarHeader.blockSize * TarHeader.blockSize
            switch header.type {
            case .paxExtended, .longName, .longLink:
                guard header.size <= 1 << 20 else { throw .init(message: "the archive is damaged: a \(header.size)-byte name record") }
                let data = try readData(stream, size: header.size, padded: padded, after: previous)
                switch header.type {
                case .paxExtended: Self.applyPax(data, to: &pending)
                case .longName: pending.name = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
                default: pending.linkName = String(decoding: data.prefix { $0 != 0 }, as: UTF8.self)
                }
                continue
            case .paxGlobal:
                try skipData(stream, padded: padded, after: previous)
                continue
            default:
                break
            }
            pending = Pending()
            previous = "member \(header.name)"
            switch ArchiveMemberName.check(header.name) {
            case .rejected(let reason):
                outcome.rejected.append("archive member \"\(header.name)\" \(reason): rejected, not read")
                try skipData(stream, padded: padded, after: previous)
                continue
            case .path(let path) where path.isEmpty:
                try skipData(stream, padded: padded, after: previous)
                continue
            case .path(let path):
                switch header.type {
                case .regular:
                    outcome.tree.add(path, .regular(size: header.size))
                    let wanted =
                        required.contains(path)
                        || (header.size <= limits.maximumFileSize && retained + header.size <= limits.retentionBudget
                            && ArchiveRetention.wants(path, size: header.size))
                    if wanted {
                        outcome.tree.retain(path, contents: Array(try readData(stream, size: header.size, padded: padded, after: previous)))
                        retained += header.size
                    } else {
                        try skipData(stream, padded: padded, after: previous)
                    }
                    continue
                case .directory:
                    outcome.tree.add(path, .directory)
                case .symbolicLink:
                    outcome.tree.add(
                        path,
                        header.linkName.isEmpty ? .special("symbolic link with an empty target") : .symbolicLink(target: header.linkName))
                case .hardLink:
                    switch ArchiveMemberName.check(header.linkName) {
                    case .rejected(let reason):
                        outcome.rejected.append(
                            "archive member \"\(header.name)\" is a hard link to \"\(header.linkName)\", which \(reason): rejected, not read"
                        )
                    case .path(let target):
                        outcome.tree.addHardLink(path, to: target)
                    }
                case .special(let kind), .unsupported(let kind):
                    outcome.tree.add(path, .special(kind))
                case .paxExtended, .paxGlobal, .longName, .longLink:
                    break
                }
                try skipData(stream, padded: padded, after: previous)
            }
        }
    }

    private func readData(_ stream: ArchiveByteStream, size: Int, padded: Int, after previous: String) throws(ArchiveByteStream.Failure)
        -> ArraySlice<UInt8>
    {
        let data = try stream.read(size)
        guard data.count == size, try stream.skip(padded - size) == padded - size else {
            throw .init(message: "the archive is cut short inside \(previous)")
        }
        return data
    }

    private func skipData(_ stream: ArchiveByteStream, padded: Int, after previous: String) throws(ArchiveByteStream.Failure) {
        guard try stream.skip(padded) == padded else {
            throw .init(message: "the archive is cut short inside \(previous)")
        }
    }

    /// pax records: `LENGTH key=value\n`, LENGTH counting the whole record.
    private static func applyPax(_ data: ArraySlice<UInt8>, to pending: inout Pending) {
        var index = data.startIndex
        while index < data.endIndex {
            guard let space = data[index...].firstIndex(of: UInt8(ascii: " ")),
                let length = Int(String(decoding: data[index..<space], as: UTF8.self)), length > 0,
                index + length <= data.endIndex
            else { return }
            let record = data[(space + 1)..<(index + length)]
            index += length
            guard let equals = record.firstIndex(of: UInt8(ascii: "=")) else { continue }
            let key = String(decoding: record[record.startIndex..<equals], as: UTF8.self)
            var valueBytes = record[(equals + 1)...]
            if valueBytes.last == UInt8(ascii: "\n") { valueBytes = valueBytes.dropLast() }
            let value = String(decoding: valueBytes, as: UTF8.self)
            switch key {
            case "path": pending.name = value
            case "linkpath": pending.linkName = value
            case "size": if let size = Int(value), size >= 0 { pending.size = size }
            default: break
            }
        }
    }
}
