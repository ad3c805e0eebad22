import CNestlintArena

/// The arena one document's libxml2 memory comes from (`nestlint_arena.h`): active on the
/// parsing thread while libxml2 builds the tree, freed whole when the document goes, after
/// `xmlFreeDoc` (whose frees of arena memory do nothing).
final class XMLArena: @unchecked Sendable {
    // @unchecked: the arena is written only inside `whileActive`, on one thread, during a parse.
    private let arena: OpaquePointer?

    init() {
        arena = nestlint_arena_create()
    }

    deinit {
        nestlint_arena_destroy(arena)
    }

    /// Whether parses in `whileActive` take their memory from the arena (an arena could be
    /// made); otherwise from malloc, and the tree must be freed node by node.
    var holdsTheTree: Bool { arena != nil }

    /// `body` with libxml2's allocations on this thread taken from the arena. Without an
    /// arena (malloc failed) they come from malloc, which is only slower.
    func whileActive<Result>(_ body: () -> Result) -> Result {
        let previous = nestlint_arena_activate(arena)
        defer { nestlint_arena_activate(previous) }
        return body()
    }
}
