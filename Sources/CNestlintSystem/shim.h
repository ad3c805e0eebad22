#ifndef NESTLINT_SYSTEM_SHIM_H
#define NESTLINT_SYSTEM_SHIM_H

/* System calls and C library functions Swift cannot reach directly. */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <string.h>

/* memmem(3), a GNU extension the Glibc module does not export: whether `needle` occurs in
   `haystack` (glibc's implementation is linear and vectorised). */
static inline int nestlint_contains(const void *haystack, unsigned long haystack_length, const void *needle,
                                    unsigned long needle_length) {
    return memmem(haystack, haystack_length, needle, needle_length) != 0;
}

#if defined(__linux__)
#include <sys/syscall.h>
#include <unistd.h>

/* getdents64(2): directory entries into a caller's buffer. glibc's opendir allocates a 32 KiB
   buffer per directory, which showed up in profiles of whole fleets; the variadic syscall()
   cannot be called from Swift. Returns the bytes filled, 0 at the end, -1 with errno. */
static inline long nestlint_getdents64(int descriptor, void *buffer, unsigned long size) {
    return syscall(SYS_getdents64, descriptor, buffer, size);
}
#endif

#endif
