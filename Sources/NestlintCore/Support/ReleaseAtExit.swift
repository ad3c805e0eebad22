import Synchronization

/// Whether values handed to `BackgroundRelease` are kept until the process ends instead of
/// freed on a utility thread.
///
/// `nestlint lint` ends its process as soon as its reports are written (`Console.exitNow`): the
/// system takes the memory back at once. Freeing a fleet's results on a third thread then only
/// took a core from the report being written (on two cores, the SARIF log is built and written
/// on both). A library caller that goes on running keeps the default: values are freed.
package enum ReleaseAtExit {
    private static let enabled = Atomic<Bool>(false)

    /// What was kept, held here rather than leaked: memory no pointer leads to is what leak
    /// checkers (LeakSanitizer at exit, in the sanitized test runs) report.
    private static let kept = Mutex<[any AnyObject & Sendable]>([])

    /// From now on, values given to `BackgroundRelease.drop` stay until the process ends.
    package static func enable() {
        enabled.store(true, ordering: .relaxed)
    }

    static var isEnabled: Bool {
        enabled.load(ordering: .relaxed)
    }

    /// Keeps `object` until the process ends.
    static func keep(_ object: any AnyObject & Sendable) {
        kept.withLock { $0.append(object) }
    }
}
