import Testing

@testable import NestlintCore

/// Paths are the same key only when they are the same bytes (`ExactPath`), whether the strings
/// are native, bridged or small.
@Suite struct ExactPathTests {
    @Test func sameBytesOnly() {
        let pairs: [(String, String, Bool)] = [
            ("", "", true),
            ("a", "a", true),
            ("etc/libvirt/qemu/domain.xml", "etc/libvirt/qemu/domain.xml", true),
            ("etc/libvirt/qemu/domain.xml", "etc/libvirt/qemu/domain.xmL", false),
            ("x/\u{00C5}", "x/\u{212B}", false),
            ("x/\u{00C5}", "x/A\u{030A}", false),
            ("short", "shorter", false),
            (String(repeating: "long/", count: 40), String(repeating: "long/", count: 40), true),
        ]
        for (left, right, same) in pairs {
            #expect(ExactPath.sameBytes(left, right) == same, "\(left) / \(right)")
            #expect((ExactPath(left) == ExactPath(right)) == same)
            #expect((left == right) || !same, "String equality is looser")
        }
        let substring = "prefix/etc/modprobe.d".dropFirst(7)
        #expect(ExactPath.sameBytes(String(substring), "etc/modprobe.d"))
    }

    /// Listings are sorted by `bytesPrecede`: the order of the UTF-8 bytes, shorter first on a
    /// common prefix, as comparing the UTF-8 views gives it (not String's Unicode order).
    @Test func byteOrderIsTheUTF8ViewsOrder() {
        let names = [
            "", "a", "A", "a.conf", "a.con", "b", "Z", "zz", "\u{00C5}", "\u{212B}", "A\u{030A}", "caf\u{E9}.xml", "cafe.xml",
            "\u{F7E9}", String(repeating: "long", count: 10), String(repeating: "long", count: 10) + "!", "9", "-", "\u{1F600}",
        ]
        for left in names {
            for right in names {
                #expect(ExactPath.bytesPrecede(left, right) == left.utf8.lexicographicallyPrecedes(right.utf8), "\(left) / \(right)")
            }
        }
        #expect(ExactPath.bytesPrecede(String("xx/a.conf".dropFirst(3)), "b"))
    }
}
