import CNestlintArena
import Testing

@testable import NestlintCore

/// The allocator libxml2 uses (`nestlint_arena.h`): memory from an active arena is carved from
/// its blocks and freed with it; memory outside an arena is malloc's; each kind is released,
/// reallocated and copied correctly whichever arena is active when it is released.
@Suite struct XMLArenaTests {
    @Test func arenaMemoryComesFromBlocksAndGrowsInPlace() throws {
        let arena = try #require(nestlint_arena_create())
        defer { nestlint_arena_destroy(arena) }
        let previous = nestlint_arena_activate(arena)
        defer { nestlint_arena_activate(previous) }
        let first = try #require(nestlint_xml_allocate(40))
        #expect(Int(bitPattern: first) % 16 == 0, "payloads are 16-byte aligned")
        #expect(nestlint_arena_reserved(arena) > 0)
        first.initializeMemory(as: UInt8.self, repeating: 7, count: 40)
        // The last allocation of the block grows where it is; its bytes stay.
        let grown = try #require(nestlint_xml_reallocate(first, 200))
        #expect(grown == first)
        #expect(grown.load(fromByteOffset: 39, as: UInt8.self) == 7)
        // An earlier one is copied into a new place.
        let second = try #require(nestlint_xml_allocate(8))
        let moved = try #require(nestlint_xml_reallocate(grown, 400))
        #expect(moved != grown)
        #expect(moved.load(fromByteOffset: 0, as: UInt8.self) == 7 && moved.load(fromByteOffset: 39, as: UInt8.self) == 7)
        // Releasing arena memory does nothing; a large request gets a block of its own.
        nestlint_xml_release(second)
        let large = try #require(nestlint_xml_allocate(1 << 20))
        large.initializeMemory(as: UInt8.self, repeating: 1, count: 1 << 20)
        #expect(nestlint_arena_reserved(arena) > 1 << 20)
        let copy = try #require(nestlint_xml_duplicate("domain"))
        #expect(String(cString: copy) == "domain")
    }

    @Test func mallocMemoryOutsideAnArenaIsReleasedAndReallocated() throws {
        #expect(nestlint_arena_activate(nil) == nil, "no arena is active outside a parse")
        let block = try #require(nestlint_xml_allocate(16))
        block.initializeMemory(as: UInt8.self, repeating: 9, count: 16)
        let grown = try #require(nestlint_xml_reallocate(block, 100_000))
        #expect(grown.load(fromByteOffset: 15, as: UInt8.self) == 9)
        nestlint_xml_release(grown)
        nestlint_xml_release(nil)
        // Arena memory reallocated after its parse (no arena active) moves to malloc's.
        let arena = try #require(nestlint_arena_create())
        defer { nestlint_arena_destroy(arena) }
        nestlint_arena_activate(arena)
        let inArena = try #require(nestlint_xml_allocate(24))
        nestlint_arena_activate(nil)
        inArena.initializeMemory(as: UInt8.self, repeating: 3, count: 24)
        let outside = try #require(nestlint_xml_reallocate(inArena, 48))
        #expect(outside != inArena && outside.load(fromByteOffset: 23, as: UInt8.self) == 3)
        nestlint_xml_release(outside)
    }

    /// A destroyed arena's standard blocks serve the thread's next arenas, up to the cache's
    /// capacity; large blocks go back to malloc. Recycled memory is handed out as new.
    @Test func blocksOfDestroyedArenasAreReusedWithinABound() throws {
        let capacity = nestlint_arena_cache_capacity()
        // Blocks this thread kept from earlier parses stay in the count.
        let before = nestlint_arena_cached_blocks()
        for round in 0..<40 {
            let arena = try #require(nestlint_arena_create())
            let previous = nestlint_arena_activate(arena)
            // Three standard blocks (four chunks fill one; the first also holds the arena) and
            // a large block of its own.
            for _ in 0..<10 {
                let chunk = try #require(nestlint_xml_allocate(7_000))
                chunk.initializeMemory(as: UInt8.self, repeating: UInt8(round), count: 7_000)
            }
            let large = try #require(nestlint_xml_allocate(100_000))
            large.initializeMemory(as: UInt8.self, repeating: 1, count: 100_000)
            #expect(nestlint_arena_reserved(arena) > 100_000 + 2 * 32_768)
            nestlint_arena_activate(previous)
            nestlint_arena_destroy(arena)
            #expect(nestlint_arena_cached_blocks() <= capacity)
        }
        #expect(nestlint_arena_cached_blocks() == min(capacity, max(before, 3)), "the last arena's standard blocks are kept")
    }

    /// Documents parsed one after another on one thread, well-formed and not (libxml2 keeps the
    /// last error of each), each freed before the next: nothing refers to a freed arena.
    @Test func documentsAndErrorsOutliveNoArena() {
        for round in 0..<50 {
            let text = round % 2 == 0 ? "<domain><name>d\(round)</name></domain>" : "<domain><name>broken\(round)</domain>"
            switch XMLDocument.parse(bytes: Array(text.utf8), name: "d\(round).xml") {
            case .success(let document): #expect(document.childText("name", ofElementAtPath: ["domain"]) == "d\(round)")
            case .failure(let error): #expect(round % 2 == 1 && error.line == 1)
            }
        }
    }
}
