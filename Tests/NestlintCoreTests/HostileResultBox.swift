import Foundation

/// Carries a value out of a thread; the semaphore in `HostileDeadline` orders the write before
/// the read.
final class HostileResultBox<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}
