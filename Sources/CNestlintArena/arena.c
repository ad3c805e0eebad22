#include "nestlint_arena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Header before every pointer handed to libxml2: 16 bytes keep the payload 16-byte aligned, as
 * malloc's is. */
typedef struct {
    size_t size;
    size_t tag;
} allocation_header;

enum { HEADER_SIZE = 16, ALIGNMENT = 16 };
/* A fresh block for an arena; requests above a quarter of it get a block of their own. */
enum { BLOCK_SIZE = 32 * 1024 };

static const size_t TAG_HEAP = (size_t)0x4e4c2d48454150ULL;  /* "NL-HEAP" */
static const size_t TAG_ARENA = (size_t)0x4e4c2d4152454eULL; /* "NL-AREN" */

typedef struct block {
    struct block *next;
    size_t size;
} block;

struct nestlint_arena {
    block *blocks;
    char *top;
    char *end;
    size_t reserved;
};

_Static_assert(sizeof(allocation_header) == HEADER_SIZE, "header keeps payloads aligned");
_Static_assert(sizeof(block) % ALIGNMENT == 0, "block header keeps payloads aligned");

static _Thread_local nestlint_arena *current_arena;

static size_t rounded(size_t size) { return (size + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1); }

/* Standard blocks freed by arenas on this thread, for the next arenas to take: a fleet parses
 * a document after another on each thread, and handing each one's 32 KiB blocks back to malloc
 * and asking again made glibc sort its bins twice per document. At most CACHED_BLOCKS (512 KiB)
 * per thread; freed when the thread ends. AddressSanitizer builds keep none, so that memory of
 * a document used after the document is gone stays poisoned. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define NESTLINT_ARENA_NO_CACHE 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define NESTLINT_ARENA_NO_CACHE 1
#endif

#ifdef NESTLINT_ARENA_NO_CACHE
enum { CACHED_BLOCKS = 0 };
#else
enum { CACHED_BLOCKS = 16 };
#endif

typedef struct {
    block *blocks[CACHED_BLOCKS > 0 ? CACHED_BLOCKS : 1];
    int count;
    int registered;
} block_cache;

static _Thread_local block_cache thread_cache;
static pthread_key_t cache_key;
static pthread_once_t cache_key_once = PTHREAD_ONCE_INIT;

static void free_cached_blocks(void *cache_pointer) {
    block_cache *cache = cache_pointer;
    while (cache->count > 0) free(cache->blocks[--cache->count]);
}

static void make_cache_key(void) { pthread_key_create(&cache_key, free_cached_blocks); }

/* A standard block (BLOCK_SIZE of payload) from the thread's cache, or from malloc. */
static block *take_standard_block(void) {
    block_cache *cache = &thread_cache;
    if (cache->count > 0) return cache->blocks[--cache->count];
    return malloc(sizeof(block) + BLOCK_SIZE);
}

/* Keeps a standard block for the thread's next arenas, or frees it. */
static void give_back_block(block *given) {
    block_cache *cache = &thread_cache;
    if (given->size != BLOCK_SIZE || cache->count >= CACHED_BLOCKS) {
        free(given);
        return;
    }
    if (!cache->registered) {
        /* The key's destructor frees what the thread still holds when it ends. */
        pthread_once(&cache_key_once, make_cache_key);
        if (pthread_setspecific(cache_key, cache) != 0) {
            free(given);
            return;
        }
        cache->registered = 1;
    }
    cache->blocks[cache->count++] = given;
}

/* The arena lives at the start of its first block: one allocation per document less. */
enum { ARENA_ROOM = (sizeof(nestlint_arena) + ALIGNMENT - 1) & ~(size_t)(ALIGNMENT - 1) };

nestlint_arena *nestlint_arena_create(void) {
    block *first = take_standard_block();
    if (first == NULL) return NULL;
    first->size = BLOCK_SIZE;
    first->next = NULL;
    nestlint_arena *arena = (nestlint_arena *)(first + 1);
    arena->blocks = first;
    arena->top = (char *)(first + 1) + ARENA_ROOM;
    arena->end = (char *)(first + 1) + BLOCK_SIZE;
    arena->reserved = sizeof(block) + BLOCK_SIZE;
    return arena;
}

void nestlint_arena_destroy(nestlint_arena *arena) {
    if (arena == NULL) return;
    /* The first block, which holds the arena itself, is the last in the list. */
    block *next = arena->blocks;
    while (next != NULL) {
        block *current = next;
        next = current->next;
        give_back_block(current);
    }
}

nestlint_arena *nestlint_arena_activate(nestlint_arena *arena) {
    nestlint_arena *previous = current_arena;
    current_arena = arena;
    return previous;
}

size_t nestlint_arena_reserved(const nestlint_arena *arena) { return arena == NULL ? 0 : arena->reserved; }

size_t nestlint_arena_cached_blocks(void) { return (size_t)thread_cache.count; }

size_t nestlint_arena_cache_capacity(void) { return CACHED_BLOCKS; }

/* `total` bytes (header included, a multiple of ALIGNMENT) from the arena, NULL when malloc
 * fails. */
static void *arena_take(nestlint_arena *arena, size_t total) {
    if ((size_t)(arena->end - arena->top) >= total) {
        void *taken = arena->top;
        arena->top += total;
        return taken;
    }
    int own_block = total > BLOCK_SIZE / 4;
    size_t payload = own_block ? total : BLOCK_SIZE;
    block *fresh = own_block ? malloc(sizeof(block) + payload) : take_standard_block();
    if (fresh == NULL) return NULL;
    fresh->size = payload;
    fresh->next = arena->blocks;
    arena->blocks = fresh;
    arena->reserved += sizeof(block) + payload;
    char *start = (char *)(fresh + 1);
    if (own_block) return start;
    arena->top = start + total;
    arena->end = start + payload;
    return start;
}

void *nestlint_xml_allocate(size_t size) {
    if (size > SIZE_MAX / 2) return NULL;
    allocation_header *header;
    nestlint_arena *arena = current_arena;
    if (arena != NULL) {
        header = arena_take(arena, rounded(size + HEADER_SIZE));
        if (header == NULL) return NULL;
        header->tag = TAG_ARENA;
    } else {
        header = malloc(size + HEADER_SIZE);
        if (header == NULL) return NULL;
        header->tag = TAG_HEAP;
    }
    header->size = size;
    return (char *)header + HEADER_SIZE;
}

void nestlint_xml_release(void *pointer) {
    if (pointer == NULL) return;
    allocation_header *header = (allocation_header *)((char *)pointer - HEADER_SIZE);
    if (header->tag == TAG_HEAP) {
        header->tag = 0;
        free(header);
    } else if (header->tag != TAG_ARENA) {
        /* Not from these functions (allocated before xmlMemSetup): plain malloc memory. */
        free(pointer);
    }
    /* Arena memory is freed with its arena. */
}

void *nestlint_xml_reallocate(void *pointer, size_t size) {
    if (pointer == NULL) return nestlint_xml_allocate(size);
    if (size > SIZE_MAX / 2) return NULL;
    allocation_header *header = (allocation_header *)((char *)pointer - HEADER_SIZE);
    if (header->tag == TAG_HEAP) {
        allocation_header *moved = realloc(header, size + HEADER_SIZE);
        if (moved == NULL) return NULL;
        moved->size = size;
        return (char *)moved + HEADER_SIZE;
    }
    if (header->tag != TAG_ARENA) return realloc(pointer, size);
    /* The last allocation of the active arena's block grows in place (libxml2's buffers
     * double while a document is read). */
    nestlint_arena *arena = current_arena;
    size_t old_total = rounded(header->size + HEADER_SIZE);
    size_t new_total = rounded(size + HEADER_SIZE);
    if (arena != NULL && (char *)header + old_total == arena->top && (size_t)(arena->end - (char *)header) >= new_total) {
        arena->top = (char *)header + new_total;
        header->size = size;
        return pointer;
    }
    void *moved = nestlint_xml_allocate(size);
    if (moved == NULL) return NULL;
    memcpy(moved, pointer, header->size < size ? header->size : size);
    return moved;
}

char *nestlint_xml_duplicate(const char *text) {
    if (text == NULL) return NULL;
    size_t length = strlen(text) + 1;
    char *copy = nestlint_xml_allocate(length);
    if (copy != NULL) memcpy(copy, text, length);
    return copy;
}
