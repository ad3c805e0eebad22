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
}
