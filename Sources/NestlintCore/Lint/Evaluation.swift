/// What was checked: a suite (an artifact or a host) and the rules evaluated on it. JUnit shows
/// passing cases from this, so a clean run still says what was checked.
public struct Evaluation: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case artifact
        case host
    }

    public let suite: String
    public let kind: Kind
    public let ruleIDs: [String]

    /// What makes two evaluations one: the same suite of the same kind.
    struct Key: Hashable {
        let suite: String
        let kind: Kind
    }

    var key: Key { Key(suite: suite, kind: kind) }

    /// The order of a finalised result: by suite, then kind.
    static func reportOrder(_ lhs: Evaluation, _ rhs: Evaluation) -> Bool {
        (lhs.suite, lhs.kind.rawValue) < (rhs.suite, rhs.kind.rawValue)
    }
}

extension Evaluation {
    /// This evaluation with `more` rule ids added: every id once, in sorted order, as
    /// `Array(Set(ruleIDs + more)).sorted()` gives. A domain's evaluation joins its file's
    /// artifact evaluation on every document; both lists are usually sorted already, and a
    /// linear merge then costs a few dozen comparisons instead of hashing and sorting.
    func adding(ruleIDs more: [String]) -> Evaluation {
        Evaluation(suite: suite, kind: kind, ruleIDs: Self.sortedUnion(ruleIDs, more))
    }

    static func sortedUnion(_ first: [String], _ second: [String]) -> [String] {
        guard isStrictlyIncreasing(first), isStrictlyIncreasing(second) else { return Array(Set(first + second)).sorted() }
        var merged: [String] = []
        merged.reserveCapacity(first.count + second.count)
        var left = 0
        var right = 0
        while left < first.count, right < second.count {
            if first[left] < second[right] {
                merged.append(first[left])
                left += 1
            } else if second[right] < first[left] {
                merged.append(second[right])
                right += 1
            } else {
                merged.append(first[left])
                left += 1
                right += 1
            }
        }
        merged += first[left...]
        merged += second[right...]
        return merged
    }

    private static func isStrictlyIncreasing(_ ids: [String]) -> Bool {
        zip(ids, ids.dropFirst()).allSatisfy { $0 < $1 }
    }
}
