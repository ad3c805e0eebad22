import Testing

@testable import NestlintCore

@Suite struct FixerTests {
    let file = SourceFile(path: "kvm.conf")

    func replace(_ line: Int, _ start: Int, _ end: Int, _ text: String) -> TextEdit {
        TextEdit(description: "d", file: file, line: line, startColumn: start, endColumn: end, replacement: text, insertsLine: false)
    }

    func insert(after line: Int, _ text: String) -> TextEdit {
        TextEdit(description: "d", file: file, line: line, startColumn: 1, endColumn: 1, replacement: text, insertsLine: true)
    }

    func apply(_ edits: [TextEdit], _ text: String) -> String {
        String(decoding: Fixer.apply(edits, to: Array(text.utf8)).bytes, as: UTF8.self)
    }

    @Test func replacesWithinALineKeepingCRLF() {
        #expect(apply([replace(2, 17, 25, "nested=1")], "# x\r\noptions kvm_amd nested=Y\r\n") == "# x\r\noptions kvm_amd nested=1\r\n")
    }

    @Test func insertsAfterALastLineWithoutNewline() {
        #expect(
            apply([insert(after: 1, "options kvm_amd nested=1")], "options kvm_intel nested=1")
                == "options kvm_intel nested=1\noptions kvm_amd nested=1")
    }

    @Test func identicalEditsApplyOnceAndOverlapsAreSkipped() {
        let edits = [replace(1, 1, 4, "ABC"), replace(1, 1, 4, "ABC"), replace(1, 2, 5, "zz")]
        let result = Fixer.apply(edits, to: Array("abcdef\n".utf8))
        #expect(String(decoding: result.bytes, as: UTF8.self) == "ABCdef\n" || String(decoding: result.bytes, as: UTF8.self) == "azzef\n")
        #expect(result.applied.count == 1)
    }

    @Test func columnsCountUnicodeScalars() {
        #expect(apply([replace(1, 3, 4, "X")], "é-é\n") == "é-X\n")
    }

    @Test func diffShowsChangedAndInsertedLines() {
        let diff = UnifiedDiff.render(path: "a.conf", original: Array("a\nb\nc\n".utf8), fixed: Array("a\nB\nc\nd\n".utf8))
        #expect(diff == "--- a/a.conf\n+++ b/a.conf\n@@ -1,2 +1,2 @@\n a\n-b\n+B\n@@ -3,1 +3,2 @@\n c\n+d\n")
    }
}
