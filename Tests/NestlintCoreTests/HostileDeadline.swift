import Foundation

/// Runs blocking work on its own thread and gives up waiting after a deadline, so a test of
/// "never blocks" fails instead of hanging the whole suite when the promise breaks.
enum HostileDeadline {
    /// The work's result, or `nil` when it was still running at the deadline. `unblock` is
    /// called then, to let the stuck thread finish (open a FIFO's other end, for instance).
    static func run<Value: Sendable>(
        seconds: Double, unblock: @escaping @Sendable () -> Void = {}, _ work: @escaping @Sendable () -> Value
    ) -> Value? {
        let box = HostileResultBox<Value>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = work()
            done.signal()
        }
        thread.start()
        if done.wait(timeout: .now() + seconds) == .success { return box.value }
        unblock()
        done.wait()
        return nil
    }
}
