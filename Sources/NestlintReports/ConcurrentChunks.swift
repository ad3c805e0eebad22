import Dispatch
import Foundation
import NestlintCore

/// Splits work over consecutive ranges of a collection, runs the ranges on all cores and
/// returns their outputs in range order, so the result never depends on the core count. A
/// fleet's report is made after the last unit is linted, on one thread while the others idle;
/// building and writing its thousands of results is the largest part of that step.
enum ConcurrentChunks {
    /// Below this many items one thread does the work: starting threads would cost more.
    static let minimumItems = 512

    /// Consecutive ranges covering `0..<count`, one per core (one range when `count` is small).
    static func ranges(count: Int, cores: Int = ProcessInfo.processInfo.activeProcessorCount) -> [Range<Int>] {
        let parts = count < minimumItems ? 1 : max(1, min(cores, count / (minimumItems / 2)))
        return (0..<parts).map { part in (count * part / parts)..<(count * (part + 1) / parts) }
    }

    /// `body` for each range, concurrently; the outputs in range order.
    static func map<Output: Sendable>(count: Int, _ body: @Sendable (Range<Int>) -> Output) -> [Output] {
        let ranges = ranges(count: count)
        guard ranges.count > 1 else { return ranges.map(body) }
        let outputs = OutputSlots<Output>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { part in
            outputs.store(body(ranges[part]), at: part)
        }
        return outputs.collected()
    }
}

extension Array where Element: Sendable {
    /// `map` computed in consecutive chunks on all cores; the same elements in the same order.
    func concurrentMap<Output: Sendable>(_ transform: @Sendable (Element) -> Output) -> [Output] {
        ConcurrentChunks.map(count: count) { range in self[range].map(transform) }.flatMap { $0 }
    }
}
