import Dispatch

/// Frees a value's memory on another thread. At the end of a fleet's run, freeing the units'
/// results (tens of thousands of findings and evaluations, already copied into the combined
/// result) took the one thread that then writes the reports; now a utility thread does it
/// while the reports are written (or never, if the process ends first, or is known to end
/// right after them: `ReleaseAtExit`).
package final class BackgroundRelease<Value>: @unchecked Sendable {
    // @unchecked: `value` is moved in before the box is handed to the other thread (a dispatch
    // orders the two), which then clears it once; nothing else reads it.
    private var value: Value?

    private init(_ value: consuming Value) {
        self.value = value
    }

    /// Takes `value` (the caller's last reference) and drops it on a utility thread.
    package static func drop(_ value: consuming Value) {
        let box = BackgroundRelease(value)
        if ReleaseAtExit.isEnabled {
            // Kept on purpose: the process ends right after its reports (`ReleaseAtExit`).
            ReleaseAtExit.keep(box)
            return
        }
        DispatchQueue.global(qos: .utility).async { box.value = nil }
    }
}
