/// FNV-1a, 64 bit: a hash that is the same on every run and platform (Swift's `Hasher` is
/// seeded per process), used for fingerprints and shard selection.
public enum StableHash {
    public static func fnv1a64(_ text: String) -> UInt64 {
        fnv1a64(bytes: text.utf8)
    }

    /// The same over any bytes (an attribute value in libxml2's tree, `AttributeValueFilter`).
    static func fnv1a64<Bytes: Sequence<UInt8>>(bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// 16 lower-case hex digits.
    public static func hex(_ text: String) -> String {
        let value = fnv1a64(text)
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
