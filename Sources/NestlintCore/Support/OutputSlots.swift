/// One slot per item of work done on several threads (a unit of a fleet, a part of a report),
/// each written by exactly one thread and read only after all of them finished (a task group
/// awaited, `DispatchQueue.concurrentPerform` returned), which orders the writes before the
/// reads; no two threads touch one slot, so no lock is needed.
package final class OutputSlots<Output>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Output?>

    package init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    package func store(_ output: Output, at index: Int) {
        slots[index] = output
    }

    package func collected() -> [Output] {
        slots.map { $0! }
    }
}
