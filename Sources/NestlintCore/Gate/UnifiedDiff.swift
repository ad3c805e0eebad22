/// A unified diff of a planned fix, for `nestlint fix --dry-run`: one hunk per changed run of
/// lines, with one line of context.
public enum UnifiedDiff {
    public static func render(path: String, original: [UInt8], fixed: [UInt8]) -> String {
        let before = Fixer.splitKeepingTerminators(original).map(\.text)
        let after = Fixer.splitKeepingTerminators(fixed).map(\.text)
        // Edits only change lines in place or insert lines, so a common prefix/suffix walk per
        // hunk is exact: align by skipping equal lines, then consume the differing run.
        var output = "--- a/\(path)\n+++ b/\(path)\n"
        var i = 0
        var j = 0
        while i < before.count || j < after.count {
            if i < before.count, j < after.count, before[i] == after[j] {
                i += 1
                j += 1
                continue
            }
            let startBefore = i
            let startAfter = j
            // Find the next resynchronisation point: the smallest (di, dj) with equal lines.
            var resync: (Int, Int)?
            search: for distance in 1...(before.count - i + after.count - j + 1) {
                for di in 0...distance {
                    let dj = distance - di
                    let bi = i + di
                    let aj = j + dj
                    if bi >= before.count && aj >= after.count {
                        resync = (di, dj)
                        break search
                    }
                    if bi < before.count, aj < after.count, before[bi] == after[aj] {
                        resync = (di, dj)
                        break search
                    }
                }
            }
            let (di, dj) = resync ?? (before.count - i, after.count - j)
            let context = startBefore > 0 ? 1 : 0
            output += "@@ -\(startBefore + 1 - context),\(di + context) +\(startAfter + 1 - context),\(dj + context) @@\n"
            if context == 1 { output += " \(before[startBefore - 1])\n" }
            for line in before[startBefore..<(startBefore + di)] { output += "-\(line)\n" }
            for line in after[startAfter..<(startAfter + dj)] { output += "+\(line)\n" }
            i = startBefore + di
            j = startAfter + dj
        }
        return output
    }
}
