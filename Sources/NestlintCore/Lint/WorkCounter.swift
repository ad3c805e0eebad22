import Synchronization

/// Hands out the indices of a list of work, each exactly once, to the tasks of a
/// `Linter.boundedMap`, and counts the items finished for progress reports.
final class WorkCounter: Sendable {
    private let next = Atomic<Int>(0)
    private let done = Mutex<Int>(0)

    /// The next index not yet taken, `nil` once all of `0..<count` are.
    func take(below count: Int) -> Int? {
        let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
        return index < count ? index : nil
    }

    /// Counts one more item finished and tells `progress` the total, one caller at a time
    /// (the lock is held during the call), so the totals arrive in order.
    func finished(_ progress: (Int) -> Void) {
        done.withLock { count in
            count += 1
            progress(count)
        }
    }
}
