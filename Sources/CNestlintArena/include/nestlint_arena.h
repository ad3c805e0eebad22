#ifndef NESTLINT_ARENA_H
#define NESTLINT_ARENA_H

#include <stddef.h>

/* Memory for libxml2 that is released all at once.
 *
 * A parsed document is thousands of small allocations (nodes, attributes, names, text), each
 * a malloc while parsing and a free in xmlFreeDoc, and the frees leave glibc's fast bins full
 * for the next large allocation to consolidate: about a tenth of a fleet's CPU time. While an
 * arena is active on a thread (only around one parse), libxml2's allocations on that thread
 * are carved from the arena's blocks; the document owns the arena and drops it whole.
 *
 * Every allocation, from an arena or from malloc, carries a 16-byte header (its size and a
 * tag), as libxml2's own debug allocator does, so that xmlFree and xmlRealloc can tell the
 * two apart: freeing arena memory does nothing, reallocating it copies (or grows in place). */

typedef struct nestlint_arena nestlint_arena;

nestlint_arena *nestlint_arena_create(void);
/* Frees every block of the arena. Nothing allocated from it may be used afterwards. */
void nestlint_arena_destroy(nestlint_arena *arena);
/* Makes `arena` (or NULL: none) the calling thread's arena; returns the one it replaces. */
nestlint_arena *nestlint_arena_activate(nestlint_arena *arena);
/* Bytes the arena holds from malloc (for tests and memory accounting). */
size_t nestlint_arena_reserved(const nestlint_arena *arena);
/* Blocks the calling thread keeps for its next arenas, and how many it may keep at most
 * (0 in AddressSanitizer builds): for tests. */
size_t nestlint_arena_cached_blocks(void);
size_t nestlint_arena_cache_capacity(void);

/* The functions given to xmlMemSetup (xmlMallocFunc, xmlReallocFunc, xmlFreeFunc,
 * xmlStrdupFunc): from the thread's arena when one is active, from malloc otherwise. */
void *nestlint_xml_allocate(size_t size);
void *nestlint_xml_reallocate(void *pointer, size_t size);
void nestlint_xml_release(void *pointer);
char *nestlint_xml_duplicate(const char *text);

#endif
