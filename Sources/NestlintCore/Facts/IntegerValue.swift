/// Base-0 integer parsing as the kernel does for integer parameters (lib/kstrtox.c).
///
/// `_kstrtoull` with base 0: `0x` followed by a hex digit means hex, another leading `0` means
/// octal, else decimal; every character must be a digit of that base, except one trailing
/// newline; overflow is `-ERANGE`. The signed parsers (`kstrtoint`, `kstrtoll`) take one
/// leading `-`, or a `+` (`kstrtoull` skips it); the unsigned ones (`kstrtouint`, `kstrtou16`)
/// take only `+`. So `Y`, `true`, `on`, `-+1`, an empty value or no value at all are rejected.
public enum IntegerValue {
    /// A parsed value: its sign and magnitude.
    public struct Parsed: Sendable, Equatable {
        public let negative: Bool
        public let magnitude: UInt64

        public var isZero: Bool { magnitude == 0 }
    }

    /// The value as a signed parser reads it (`kstrtoll`), or `nil` when the kernel rejects it.
    public static func parseSigned(_ text: String?) -> Parsed? {
        guard let text else { return nil }
        var body = Substring(text)
        if body.hasPrefix("-") {
            body = body.dropFirst()
            guard let magnitude = unsignedMagnitude(body), magnitude <= UInt64(Int64.max) + 1 else { return nil }
            return Parsed(negative: true, magnitude: magnitude)
        }
        if body.hasPrefix("+") { body = body.dropFirst() }
        guard let magnitude = unsignedMagnitude(body), magnitude <= UInt64(Int64.max) else { return nil }
        return Parsed(negative: false, magnitude: magnitude)
    }

    /// The value as an unsigned parser reads it (`kstrtoull`), or `nil` when the kernel rejects it.
    public static func parseUnsigned(_ text: String?) -> Parsed? {
        guard let text else { return nil }
        var body = Substring(text)
        if body.hasPrefix("+") { body = body.dropFirst() }
        return unsignedMagnitude(body).map { Parsed(negative: false, magnitude: $0) }
    }

    /// The value as an `Int`, signed parsing; `nil` when rejected or out of `Int`'s range.
    public static func parse(_ text: String?) -> Int? {
        guard let parsed = parseSigned(text) else { return nil }
        if parsed.negative {
            return parsed.magnitude == UInt64(Int64.max) + 1 ? Int.min : -Int(parsed.magnitude)
        }
        return Int(parsed.magnitude)
    }

    /// Whether the kernel accepts `text` for a parameter of `type` (range included).
    public static func isAccepted(_ text: String?, as type: ParameterType) -> Bool {
        guard let range = type.integerRange else { return false }
        let unsigned = range.lowerBound >= 0
        guard let parsed = unsigned ? parseUnsigned(text) : parseSigned(text) else { return false }
        if parsed.negative {
            guard parsed.magnitude <= UInt64(Int64.max) + 1 else { return false }
            let value = parsed.magnitude == UInt64(Int64.max) + 1 ? Int.min : -Int(parsed.magnitude)
            return range.contains(value)
        }
        guard parsed.magnitude <= UInt64(Int.max) else { return type == .ulong }
        return range.contains(Int(parsed.magnitude))
    }

    /// `_parse_integer_fixup_radix` + `_parse_integer` + the trailing-newline rule of `_kstrtoull`.
    static func unsignedMagnitude(_ text: Substring) -> UInt64? {
        var body = text
        if body.hasSuffix("\n") { body = body.dropLast() }
        let characters = Array(body.utf8)
        var start = 0
        let radix: UInt64
        if characters.count >= 3, characters[0] == UInt8(ascii: "0"), characters[1] | 0x20 == UInt8(ascii: "x"),
            digit(characters[2], radix: 16) != nil
        {
            radix = 16
            start = 2
        } else if characters.first == UInt8(ascii: "0") {
            radix = 8
        } else {
            radix = 10
        }
        guard start < characters.count else { return nil }
        var value: UInt64 = 0
        for byte in characters[start...] {
            guard let digit = digit(byte, radix: radix) else { return nil }
            let (shifted, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = shifted.addingReportingOverflow(digit)
            if overflow || carry { return nil }
            value = sum
        }
        return value
    }

    private static func digit(_ byte: UInt8, radix: UInt64) -> UInt64? {
        let value: UInt64
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): value = UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): value = UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): value = UInt64(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
        return value < radix ? value : nil
    }
}
