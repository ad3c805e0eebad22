#ifndef NESTLINT_SYSTEM_SHIM_H
#define NESTLINT_SYSTEM_SHIM_H

/* System calls Swift cannot reach directly. */

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
