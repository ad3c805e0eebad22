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

    /// From now on, values given to `BackgroundRelease.drop` stay until the process ends.
    package static func enable() {
        enabled.store(true, ordering: .relaxed)
    }

    static var isEnabled: Bool {
        enabled.load(ordering: .relaxed)
    }
}
