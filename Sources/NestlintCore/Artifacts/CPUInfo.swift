/// `/proc/cpuinfo`: per-processor blocks of `key : value` lines.
///
/// RULES.md: use the first block's vendor and the flags common to every block (a flag missing on
/// one CPU is not usable by guests pinned there). Flag names are matched exactly, so `svm` never
/// matches `svme-addr-chk`.
public struct CPUInfo: Sendable {
    public enum Vendor: String, Sendable {
        case intel, amd, hygon, other
    }

    /// `vendor_id` of the first block, as written (`GenuineIntel`, `AuthenticAMD`, …).
    public let vendorID: String?
    public let vendorLocation: SourceLocation?
    /// Flags present on every processor.
    public let flags: Set<String>
    /// The first `flags` line (x86) or `Features` line (arm), where flag findings point.
    public let flagsLocation: SourceLocation?
    /// Best guess of the architecture from the shape of the file: `x86_64`/`x86` (a known x86
    /// vendor), `s390x` (`IBM/S390`), `ppc64` (a POWER `cpu` line), `aarch64` or `arm` (the
    /// `CPU architecture` line).
    public let architecture: String?
    public let processorCount: Int

    public var vendor: Vendor? {
        switch vendorID {
        case "GenuineIntel"?: .intel
        case "AuthenticAMD"?: .amd
        case "HygonGenuine"?: .hygon
        case nil: nil
        default: .other
        }
    }

    public init(file: SourceFile, lines: TextLines) {
        var vendorID: String?
        var vendorLocation: SourceLocation?
        var common: Set<String>?
        var flagsLocation: SourceLocation?
        var architecture: String?
        var processors = 0
        // Every processor repeats its block: a value like the one before is not looked at again
        // (intersecting with the flags of an identical line changes nothing).
        var lastVendor: (value: String, isS390: Bool)?
        var lastFlagsValue: String?
        for (offset, line) in lines.lines.enumerated() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingWhitespace.lowercased()
            func location() -> SourceLocation { SourceLocation(file: file, line: offset + 1, excerpt: line.trimmingWhitespace) }
            switch key {
            case "processor":
                processors += 1
            case "vendor_id":
                let value = line[line.index(after: colon)...].trimmingWhitespace
                if vendorID == nil {
                    vendorID = value
                    vendorLocation = location()
                }
                let isS390: Bool
                if let lastVendor, lastVendor.value == value { isS390 = lastVendor.isS390 } else { isS390 = Self.namesS390(value) }
                if isS390 { architecture = "s390x" }
                lastVendor = (value, isS390)
            case "flags", "features":
                let value = line[line.index(after: colon)...].trimmingWhitespace
                if flagsLocation == nil { flagsLocation = location() }
                guard value != lastFlagsValue else { continue }
                lastFlagsValue = value
                let set = Self.flags(of: value)
                common = common.map { $0.intersection(set) } ?? set
            case "cpu architecture":
                let value = line[line.index(after: colon)...].trimmingWhitespace
                // `8` (or `AArch64` on old kernels) is arm64; 7 and below are 32-bit ARM, which
                // KVM no longer supports.
                let isArm64 = value.lowercased().contains("aarch64") || (Int(value).map { $0 >= 8 } ?? false)
                architecture = architecture ?? (isArm64 ? "aarch64" : "arm")
            case "cpu":
                let value = line[line.index(after: colon)...].trimmingWhitespace
                if value.hasPrefix("POWER") || value.contains("PowerPC") { architecture = "ppc64" }
            default:
                break
            }
        }
        // Only x86 and s390 print vendor_id; s390 was recognised above (Zhaoxin's CentaurHauls
        // and other x86 vendors are x86 too).
        if architecture == nil, vendorID != nil {
            architecture = (common ?? []).contains("lm") ? "x86_64" : "x86"
        }
        self.vendorID = vendorID
        self.vendorLocation = vendorLocation
        self.flags = common ?? []
        self.flagsLocation = flagsLocation
        self.architecture = architecture
        self.processorCount = processors
    }

    /// Whether a `vendor_id` value contains `S390`, as `contains` finds it. Without those four
    /// bytes no character search finds it either, and in ASCII text the bytes are the
    /// characters; only other text is searched by characters (Foundation's search cost more
    /// than the rest of the file).
    static func namesS390(_ value: String) -> Bool {
        let bytes = Array(value.utf8)
        let needle = Array("S390".utf8)
        guard bytes.count >= needle.count,
            (0...(bytes.count - needle.count)).contains(where: { bytes[$0..<($0 + needle.count)].elementsEqual(needle) })
        else { return false }
        return bytes.allSatisfy { $0 < 0x80 } || value.contains("S390")
    }

    /// The space-separated flag names of a `flags` value. An ASCII value (every real one) is
    /// split byte by byte; another is split by characters, as a space followed by a combining
    /// mark is no separator.
    static func flags(of value: String) -> Set<String> {
        guard value.utf8.allSatisfy({ $0 < 0x80 }) else { return Set(value.split(separator: " ").map(String.init)) }
        let bytes = Array(value.utf8)
        let space = UInt8(ascii: " ")
        // Room for every word, so that filling the set never grows it.
        var flags = Set<String>(minimumCapacity: bytes.count { $0 == space } + 1)
        var start = 0
        for index in 0...bytes.count where index == bytes.count || bytes[index] == space {
            if index > start { flags.insert(String(decoding: bytes[start..<index], as: UTF8.self)) }
            start = index + 1
        }
        return flags
    }
}
