#ifndef NESTLINT_CFUZZERDRIVER_H
#define NESTLINT_CFUZZERDRIVER_H

#include <stddef.h>
#include <stdint.h>

/* libFuzzer's driver (compiler-rt FuzzerInterface.h, LLVM 11 and later), linked in by
 * -sanitize=fuzzer. SwiftPM gives every executable a main of its own, so the harness calls the
 * driver from its main instead of using libFuzzer's main. */
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
