/// A set of `RequirementWord` numbers as bits: what a query needs, and what a document has
/// answered about the words asked so far (`XMLDocument.mayMatch`).
///
/// Every domain rule asks whether its query can match each document; with the answers kept as
/// bits, a query whose words were all answered before is decided by a few `AND`s instead of a
/// walk over its words. The first 128 numbers (every word of the built-in rules) are held
/// inline; numbers beyond, from large custom packs, in `overflow`.
struct RequirementWordSet: Sendable, Equatable {
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var overflow: [UInt64] = []

    init() {}

    init(_ numbers: [Int]) {
        for number in numbers { insert(number) }
    }

    var isEmpty: Bool {
        low == 0 && high == 0 && overflow.allSatisfy { $0 == 0 }
    }

    mutating func insert(_ number: Int) {
        switch number {
        case ..<64: low |= 1 << UInt64(number)
        case ..<128: high |= 1 << UInt64(number - 64)
        default:
            let index = (number - 128) >> 6
            if index >= overflow.count { overflow += repeatElement(0, count: index + 1 - overflow.count) }
            overflow[index] |= 1 << UInt64(number & 63)
        }
    }

    mutating func formUnion(_ other: RequirementWordSet) {
        low |= other.low
        high |= other.high
        if other.overflow.count > overflow.count { overflow += repeatElement(0, count: other.overflow.count - overflow.count) }
        for index in other.overflow.indices { overflow[index] |= other.overflow[index] }
    }

    func contains(_ number: Int) -> Bool {
        switch number {
        case ..<64: return low & (1 << UInt64(number)) != 0
        case ..<128: return high & (1 << UInt64(number - 64)) != 0
        default:
            let index = (number - 128) >> 6
            return index < overflow.count && overflow[index] & (1 << UInt64(number & 63)) != 0
        }
    }

    /// Whether every number of `other` is in this set.
    func isSuperset(of other: RequirementWordSet) -> Bool {
        guard other.low & ~low == 0, other.high & ~high == 0 else { return false }
        if other.overflow.isEmpty { return true }
        for index in other.overflow.indices where other.overflow[index] & ~(index < overflow.count ? overflow[index] : 0) != 0 {
            return false
        }
        return true
    }

    /// Whether some number of `other` is in this set.
    func intersects(_ other: RequirementWordSet) -> Bool {
        if low & other.low != 0 || high & other.high != 0 { return true }
        for index in 0..<min(overflow.count, other.overflow.count) where overflow[index] & other.overflow[index] != 0 {
            return true
        }
        return false
    }
}
