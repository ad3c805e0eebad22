/// One slot per part of a `ConcurrentChunks.map`, each written by exactly one part and read
/// only after `DispatchQueue.concurrentPerform` returned, which orders the writes before the
/// reads; no two parts touch one slot, so no lock is needed.
final class OutputSlots<Output>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Output?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ output: Output, at index: Int) {
        slots[index] = output
    }

    func collected() -> [Output] {
        slots.map { $0! }
    }
}
