import Testing

@testable import NestlintCore

/// `Evaluation.sortedUnion` replaced `Array(Set(a + b)).sorted()` when a domain's evaluation
/// joins its file's: the answer must be the same for sorted, unsorted, overlapping and
/// duplicated lists.
@Suite struct EvaluationMergeTests {
    @Test func sortedUnionIsTheSortedSetOfBoth() {
        var generator = SystemRandomNumberGenerator()
        let pool = ["NL001", "NL002", "NL003", "NL101", "NL401", "NL518", "NL703", "NL9", "nl001", "NL0010", ""]
        for _ in 0..<2_000 {
            let first = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            let second = (0..<Int.random(in: 0...8, using: &generator)).map { _ in pool.randomElement(using: &generator)! }
            for (left, right) in [(first, second), (sortedSet(first), sortedSet(second)), (sortedSet(first), second)] {
                #expect(Evaluation.sortedUnion(left, right) == sortedSet(left + right), "\(left) + \(right)")
            }
        }
    }

    @Test func addingKeepsSuiteAndKind() {
        let evaluation = Evaluation(suite: "host/etc/libvirt/qemu/a.xml", kind: .artifact, ruleIDs: ["NL001", "NL002"])
        let joined = evaluation.adding(ruleIDs: ["NL002", "NL401"])
        #expect(joined == Evaluation(suite: "host/etc/libvirt/qemu/a.xml", kind: .artifact, ruleIDs: ["NL001", "NL002", "NL401"]))
    }

    private func sortedSet(_ ids: [String]) -> [String] { Array(Set(ids)).sorted() }
}
