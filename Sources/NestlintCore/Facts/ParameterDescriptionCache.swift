import Synchronization

/// The parameter table's answers (`ParameterDescription`), kept per module, name and
/// architecture family and shared by every thread: the hosts of a fleet repeat the same few
/// `options` lines, and each unknown name costs an edit distance per parameter of its module.
final class ParameterDescriptionCache: Sendable {
    struct Key: Hashable, Sendable {
        let module: String
        let parameter: String
        let architecture: String
    }

    /// The names come from the hosts' files: past this many, answers are worked out every time
    /// instead of kept, so that memory does not grow with the variety of a fleet's junk.
    static let capacity = 4096

    private let entries = Mutex<[Key: ParameterDescription]>([:])

    /// The kept answer for `key`, or the one `make` gives (kept while there is room). `make`
    /// runs outside the lock: two threads may both work out a new key, and agree.
    func description(for key: Key, orMake make: () -> ParameterDescription) -> ParameterDescription {
        if let known = entries.withLock({ $0[key] }) { return known }
        let made = make()
        entries.withLock { entries in
            if entries.count < Self.capacity { entries[key] = made }
        }
        return made
    }
}
