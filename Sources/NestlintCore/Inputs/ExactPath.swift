import Foundation

/// A path as a dictionary key that is equal only to the same bytes.
///
/// Swift's `String` equality is canonical equivalence: `x/Å` written with U+00C5 and with the
/// Ångström sign U+212B are equal strings, yet different files, and one may be a directory
/// while the other is a link out of the bundle. Remembering what a path is under a `String`
/// key could answer for its twin, and the system then follows the twin's link: a read outside
/// the bundle. Every memory of the file system is keyed by exact bytes.
struct ExactPath: Hashable, Sendable {
    let path: String

    init(_ path: String) {
        self.path = path
    }

    static func == (left: ExactPath, right: ExactPath) -> Bool {
        sameBytes(left.path, right.path)
    }

    /// Whether two strings are the same UTF-8 bytes: one `memcmp` for native strings (a
    /// generic walk of the UTF-8 views cost more than the hashing around it).
    static func sameBytes(_ left: String, _ right: String) -> Bool {
        let leftBytes = left.utf8
        let rightBytes = right.utf8
        guard leftBytes.count == rightBytes.count else { return false }
        let compared: Bool?? = leftBytes.withContiguousStorageIfAvailable { leftBuffer in
            rightBytes.withContiguousStorageIfAvailable { rightBuffer in
                leftBuffer.isEmpty || memcmp(leftBuffer.baseAddress!, rightBuffer.baseAddress!, leftBuffer.count) == 0
            }
        }
        if let compared, let compared { return compared }
        return leftBytes.elementsEqual(rightBytes)
    }

    /// Whether `left` comes before `right` in UTF-8 byte order (how listings are sorted): one
    /// `memcmp` for native strings, where walking the two UTF-8 views was most of sorting a
    /// bundle's directories.
    static func bytesPrecede(_ left: String, _ right: String) -> Bool {
        let leftBytes = left.utf8
        let rightBytes = right.utf8
        let compared: Bool?? = leftBytes.withContiguousStorageIfAvailable { leftBuffer in
            rightBytes.withContiguousStorageIfAvailable { rightBuffer in
                let common = min(leftBuffer.count, rightBuffer.count)
                let order = common == 0 ? 0 : memcmp(leftBuffer.baseAddress!, rightBuffer.baseAddress!, common)
                return order != 0 ? order < 0 : leftBuffer.count < rightBuffer.count
            }
        }
        if let compared, let compared { return compared }
        return leftBytes.lexicographicallyPrecedes(rightBytes)
    }

    func hash(into hasher: inout Hasher) {
        let hashed: Void? = path.utf8.withContiguousStorageIfAvailable { bytes in
            hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
        }
        if hashed == nil {
            for byte in path.utf8 { hasher.combine(byte) }
        }
        hasher.combine(path.utf8.count)
    }
}
