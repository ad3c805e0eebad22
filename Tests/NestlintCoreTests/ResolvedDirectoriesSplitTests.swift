import Testing

@testable import NestlintCore

/// `ResolvedDirectories.split` finds the last slash in the bytes; it answers what the split on
/// the UTF-8 view answered (`ReferenceResolvedDirectories.split`).
@Suite struct ResolvedDirectoriesSplitTests {
    @Test func splitsAsTheReferenceDoes() {
        let paths = [
            "", "a", "/", "a/", "/a", "a/b", "a//b", "a/b/", "a/.", "a/..", "a/...", "a/.b", "a/b.", "./a", "../a", "a/b/c.xml",
            "etc/libvirt/qemu/domain.xml", "x/\u{00E9}", "\u{00C5}/\u{212B}", "x/\u{F7E9}", "x/.\u{0301}", "é/.", "a/b/..",
            String(repeating: "deep/", count: 200) + "name", "x/\u{1F600}", "//", "a/./b",
        ]
        for path in paths {
            let fast = ResolvedDirectories.split(path)
            let reference = ReferenceResolvedDirectories.split(path)
            #expect(fast?.parent == reference?.parent, "\(path)")
            #expect(fast.map { String($0.name) } == reference.map { String($0.name) }, "\(path)")
            if let fast, let reference {
                #expect(ExactPath.sameBytes(fast.parent, reference.parent) && fast.name.utf8.elementsEqual(reference.name.utf8))
            }
        }
        // A bridged or otherwise non-contiguous string takes the UTF-8 view's way.
        let substring = "prefix/etc/modprobe.d/kvm.conf".dropFirst(7)
        #expect(ResolvedDirectories.split(String(substring))?.parent == "etc/modprobe.d")
    }
}
