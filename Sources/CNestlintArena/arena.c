#include "nestlint_arena.h"

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

nestlint_arena *nestlint_arena_create(void) { return calloc(1, sizeof(nestlint_arena)); }

void nestlint_arena_destroy(nestlint_arena *arena) {
    if (arena == NULL) return;
    block *next = arena->blocks;
    while (next != NULL) {
        block *current = next;
        next = current->next;
        free(current);
    }
    free(arena);
}

nestlint_arena *nestlint_arena_activate(nestlint_arena *arena) {
    nestlint_arena *previous = current_arena;
    current_arena = arena;
    return previous;
}

size_t nestlint_arena_reserved(const nestlint_arena *arena) { return arena == NULL ? 0 : arena->reserved; }

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
    block *fresh = malloc(sizeof(block) + payload);
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
