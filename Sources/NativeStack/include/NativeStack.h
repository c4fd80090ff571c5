#ifndef KRAIT_NATIVE_STACK_H
#define KRAIT_NATIVE_STACK_H

#include <stddef.h>
#include <stdint.h>

/// Lowest address of the calling thread's stack, or 0 when the platform does not tell.
/// Recursive code (the parser, later the interpreter) compares its frame addresses with
/// it to raise an error before the native stack overflows.
uintptr_t krait_stack_low_address(void);

/// One past the highest address of the calling thread's stack (where it starts, since
/// stacks grow down), or 0 when unknown.
uintptr_t krait_stack_high_address(void);

/// Calls `visit` with the address of every aligned word of the calling thread's stack, from the
/// caller's frame to the stack's start, after spilling the callee-saved registers onto
/// the stack so that values held only in registers are seen too. The collector's
/// conservative root scan.
void krait_stack_scan(void (*visit)(const uintptr_t *slot, void *context), void *context);

/// The same, stopping at `limit` (0: the stack's start): frames above it, which the
/// caller knows hold no references, are not scanned.
void krait_stack_scan_below(uintptr_t limit, void (*visit)(const uintptr_t *slot, void *context), void *context);

/// Zeroes up to `bytes` of the stack below the caller's frame (less near the stack's
/// end): before an explicit collection, so words left by returned calls are not taken
/// for references.
void krait_stack_clear_below(size_t bytes);

/// Runs `body` on a new thread with a stack of `bytes` and waits for it; 0 when it ran,
/// else the error of creating the thread. The main thread's stack (8 MiB by default)
/// is small for deep Python recursion in unoptimised builds.
int krait_run_with_stack(size_t bytes, void (*body)(void));

/// For debugging retention (KRAIT_GC_WHY): the return address into the function whose
/// frame holds the stack word at `address`, found by walking the frame-pointer chain
/// from the caller, with the base address of its image and that frame's frame pointer;
/// 0 when the chain does not reach it.
uintptr_t krait_stack_function_holding(uintptr_t address, uintptr_t *image_base, uintptr_t *frame_pointer);

/// The native frame holding the stack word at `address`, by the frame-pointer chain
/// from the caller: from the caller's stack pointer at its call (`low`, above the
/// callee's return address) to its frame pointer (`high`). 0 when not found.
int krait_stack_frame_around(uintptr_t address, uintptr_t *low, uintptr_t *high);

#include "GIL.h"

#endif
