/// Base-0 integer parsing as the kernel does for int parameters (lib/kstrtox.c `kstrtoint`
/// with base 0): optional sign, `0x` hex, leading-`0` octal, else decimal; one trailing newline
/// allowed. `Y`, `true`, `on`, an empty value or no value at all are rejected.
public enum IntegerValue {
    public static func parse(_ text: String?) -> Int? {
        guard var body = text else { return nil }
        if body.hasSuffix("\n") { body.removeLast() }
        var negative = false
        if body.hasPrefix("-") || body.hasPrefix("+") {
            negative = body.hasPrefix("-")
            body.removeFirst()
        }
        let radix: Int
        if body.lowercased().hasPrefix("0x") {
            radix = 16
            body.removeFirst(2)
        } else if body.hasPrefix("0") && body.count > 1 {
            radix = 8
            body.removeFirst()
        } else {
            radix = 10
        }
        guard !body.isEmpty, let magnitude = Int(body, radix: radix), magnitude >= 0 else { return nil }
        return negative ? -magnitude : magnitude
    }
}
