import Testing

@testable import NestlintCore

/// The bit sets `mayMatch` decides queries with: the inline words and the overflow beyond them
/// (a process that compiles many queries numbers its words past 128) must answer alike.
@Suite struct RequirementWordSetTests {
    @Test func membershipOnBothSidesOfTheInlineWords() {
        let numbers = [0, 1, 63, 64, 127, 128, 191, 192, 700]
        let set = RequirementWordSet(numbers)
        for number in 0...800 {
            #expect(set.contains(number) == numbers.contains(number), "\(number)")
        }
        #expect(!set.isEmpty)
        #expect(RequirementWordSet().isEmpty)
        #expect(RequirementWordSet([]).isEmpty)
    }

    @Test func supersetAndIntersection() {
        let asked = RequirementWordSet([3, 70, 130, 400])
        #expect(asked.isSuperset(of: RequirementWordSet([3, 400])))
        #expect(asked.isSuperset(of: RequirementWordSet()))
        #expect(!asked.isSuperset(of: RequirementWordSet([3, 401])))
        #expect(!asked.isSuperset(of: RequirementWordSet([900])))
        #expect(!RequirementWordSet([3]).isSuperset(of: asked))
        #expect(asked.intersects(RequirementWordSet([1, 130])))
        #expect(asked.intersects(RequirementWordSet([70])))
        #expect(!asked.intersects(RequirementWordSet([1, 131, 900])))
        #expect(!asked.intersects(RequirementWordSet()))
    }

    @Test func unionHoldsBoth() {
        var union = RequirementWordSet([5])
        union.formUnion(RequirementWordSet([100, 300]))
        union.formUnion(RequirementWordSet([6]))
        #expect(union == RequirementWordSet([5, 6, 100, 300]))
        #expect(union.isSuperset(of: RequirementWordSet([300, 5])))
    }
}
