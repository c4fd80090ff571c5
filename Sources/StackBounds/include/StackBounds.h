#ifndef KRAIT_STACK_BOUNDS_H
#define KRAIT_STACK_BOUNDS_H

#include <stdint.h>

/// Lowest address of the calling thread's stack, or 0 when the platform does not tell.
/// Recursive code (the parser, later the interpreter) compares its frame addresses with
/// it to raise an error before the native stack overflows.
uintptr_t krait_stack_low_address(void);

#endif
