/// FNV-1a, 64 bit: a hash that is the same on every run and platform (Swift's `Hasher` is
/// seeded per process), used for fingerprints and shard selection.
public enum StableHash {
    public static func fnv1a64(_ text: String) -> UInt64 {
        continuing(offsetBasis, with: text)
    }

    /// FNV-1a's starting value.
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The hash of what `hash` was the hash of, followed by `text`: FNV-1a reads its input in
    /// one pass, so a text built of parts is hashed part by part without being built.
    static func continuing(_ hash: UInt64, with text: String) -> UInt64 {
        // Over the contiguous bytes of a native string: the generic walk of the UTF-8 view
        // cost several times the multiplications.
        let contiguous = text.utf8.withContiguousStorageIfAvailable { continuing(hash, withBytes: $0) }
        return contiguous ?? continuing(hash, withBytes: text.utf8)
    }

    private static func continuing<Bytes: Sequence<UInt8>>(_ hash: UInt64, withBytes bytes: Bytes) -> UInt64 {
        var hash = hash
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The same over any bytes (an attribute value in libxml2's tree, `AttributeValueFilter`).
    static func fnv1a64<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt64 {
        continuing(offsetBasis, withBytes: bytes)
    }

    /// 16 lower-case hex digits.
    public static func hex(_ text: String) -> String {
        hexDigits(fnv1a64(text))
    }

    /// `hex(text + "|" + String(number))`, without building that text.
    static func hex(_ text: String, thenNumber number: Int) -> String {
        hexDigits(continuing(continuing(offsetBasis, with: text), with: "|" + String(number)))
    }

    /// `value` as 16 lower-case hex digits, leading zeros included.
    static func hexDigits(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
