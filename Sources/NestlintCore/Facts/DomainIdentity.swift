/// Which guest a domain document describes, so that the forms one bundle holds of the same guest
/// (persistent `etc/libvirt/qemu/NAME.xml`, live `run/libvirt/qemu/NAME.xml`, `virsh dumpxml`)
/// are recognised as one domain and each problem is reported once.
public struct DomainIdentity: Hashable, Sendable {
    /// The `<uuid>`, lower-case hex without dashes (libvirt accepts either case and dashes
    /// anywhere); `nil` when absent or empty.
    public let uuid: String?
    /// The `<name>`, trimmed; `nil` when absent or empty.
    public let name: String?

    public init(uuid: String?, name: String?) {
        self.uuid = uuid.map(Self.normalise).flatMap { $0.isEmpty ? nil : $0 }
        self.name = name.map { $0.trimmingWhitespace }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// What documents are grouped by: the UUID when there is one (names can be reused after
    /// an undefine), else the name; `nil` when the document names neither.
    public var key: String? {
        if let uuid { return "uuid:" + uuid }
        if let name { return "name:" + name }
        return nil
    }

    /// A UUID in one spelling: lower case, no dashes or white space.
    public static func normalise(_ uuid: String) -> String {
        // ASCII (every real UUID) is done byte by byte: the Character-based form below costs
        // grapheme breaking on every call, and every domain asks several times.
        if uuid.utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(32)
            for byte in uuid.utf8 {
                switch byte {
                case UInt8(ascii: "-"), UInt8(ascii: " "), 0x09...0x0D: continue
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): bytes.append(byte + 0x20)
                default: bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(uuid.lowercased().filter { $0 != "-" && !$0.isWhitespace })
    }
}
