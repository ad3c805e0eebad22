/// One 512-byte tar header decoded: POSIX ustar, GNU (`ustar  ` magic, base-256 sizes) and
/// the V7 layout all share these fields. pax (`x`) and GNU long-name (`L`, `K`) records carry
/// their values in the data that follows and are applied by `ArchiveReader`.
struct TarHeader: Equatable {
    static let blockSize = 512

    enum EntryType: Equatable {
        case regular
        case hardLink
        case symbolicLink
        case directory
        /// FIFO, device node: listed, never read.
        case special(String)
        /// pax extended header for the next member.
        case paxExtended
        /// pax global header: applies to every later member; nestlint only skips it.
        case paxGlobal
        /// GNU long name / long link target of the next member.
        case longName
        case longLink
        /// Something nestlint does not read (sparse files, multi-volume parts, unknown types).
        case unsupported(String)
    }

    let name: String
    let linkName: String
    let size: Int
    let type: EntryType

    /// Whether every byte of a block is zero (end-of-archive marker).
    static func isZeroBlock(_ block: ArraySlice<UInt8>) -> Bool {
        block.allSatisfy { $0 == 0 }
    }

    /// The header checksum: the sum of the block's bytes with the checksum field read as
    /// spaces. Historic tars summed signed bytes; both are accepted.
    static func checksumMatches(_ block: ArraySlice<UInt8>) -> Bool {
        guard block.count == blockSize, let stored = number(block, offset: 148, length: 8) else { return false }
        var unsigned = 0
        var signed = 0
        for (index, byte) in block.enumerated() {
            let value = (148..<156).contains(index) ? 0x20 : byte
            unsigned += Int(value)
            signed += Int(Int8(bitPattern: value))
        }
        return stored == unsigned || stored == signed
    }

    /// Decodes a header block; `nil` when the checksum is wrong (a damaged or non-tar stream).
    init?(block: ArraySlice<UInt8>) {
        guard Self.checksumMatches(block) else { return nil }
        let base = block.startIndex
        let magic = Array(block[(base + 257)..<(base + 263)])
        let isPOSIX = magic == Array("ustar\0".utf8)
        var name = Self.string(block, offset: 0, length: 100)
        if isPOSIX {
            // POSIX ustar splits long names into prefix "/" name; GNU uses that space otherwise.
            let prefix = Self.string(block, offset: 345, length: 155)
            if !prefix.isEmpty { name = prefix + "/" + name }
        }
        guard let size = Self.number(block, offset: 124, length: 12), size >= 0 else { return nil }
        self.name = name
        self.linkName = Self.string(block, offset: 157, length: 100)
        self.size = size
        let flag = block[base + 156]
        switch flag {
        case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
            // A V7 name ending in "/" is a directory.
            type = name.hasSuffix("/") ? .directory : .regular
        case UInt8(ascii: "1"): type = .hardLink
        case UInt8(ascii: "2"): type = .symbolicLink
        case UInt8(ascii: "3"): type = .special("character device")
        case UInt8(ascii: "4"): type = .special("block device")
        case UInt8(ascii: "5"), UInt8(ascii: "D"): type = .directory
        case UInt8(ascii: "6"): type = .special("FIFO")
        case UInt8(ascii: "x"): type = .paxExtended
        case UInt8(ascii: "g"): type = .paxGlobal
        case UInt8(ascii: "L"): type = .longName
        case UInt8(ascii: "K"): type = .longLink
        case UInt8(ascii: "S"): type = .unsupported("GNU sparse file")
        case UInt8(ascii: "M"): type = .unsupported("multi-volume continuation")
        case UInt8(ascii: "V"): type = .unsupported("volume label")
        default: type = .unsupported("tar entry type \(Self.describe(flag))")
        }
    }

    init(name: String, linkName: String, size: Int, type: EntryType) {
        self.name = name
        self.linkName = linkName
        self.size = size
        self.type = type
    }

    /// A copy with the pax or GNU long values applied.
    func overriding(name: String?, linkName: String?, size: Int?) -> TarHeader {
        TarHeader(name: name ?? self.name, linkName: linkName ?? self.linkName, size: size ?? self.size, type: type)
    }

    private static func describe(_ flag: UInt8) -> String {
        (0x21...0x7E).contains(flag) ? "'\(Character(Unicode.Scalar(flag)))'" : "0x" + String(flag, radix: 16)
    }

    /// A NUL-terminated field as text (invalid UTF-8 is replaced, never fatal).
    static func string(_ block: ArraySlice<UInt8>, offset: Int, length: Int) -> String {
        let start = block.startIndex + offset
        let field = block[start..<(start + length)]
        let end = field.firstIndex(of: 0) ?? field.endIndex
        return String(decoding: field[field.startIndex..<end], as: UTF8.self)
    }

    /// An octal number field (space or NUL terminated), or GNU base-256 when the top bit of the
    /// first byte is set. `nil` when it is neither.
    static func number(_ block: ArraySlice<UInt8>, offset: Int, length: Int) -> Int? {
        let start = block.startIndex + offset
        let field = block[start..<(start + length)]
        if let first = field.first, first & 0x80 != 0 {
            guard first & 0x40 == 0 else { return nil }  // negative base-256: never a size
            var value = Int(first & 0x3F)
            for byte in field.dropFirst() {
                guard value <= (Int.max >> 8) else { return nil }
                value = value << 8 | Int(byte)
            }
            return value
        }
        var value = 0
        var seenDigit = false
        for byte in field {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                guard value <= (Int.max >> 3) else { return nil }
                value = value << 3 | Int(byte - UInt8(ascii: "0"))
                seenDigit = true
            case UInt8(ascii: " "):
                if seenDigit { return value }
            case 0:
                return value
            default:
                return nil
            }
        }
        return value
    }
}
