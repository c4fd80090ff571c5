#ifndef KRAIT_THREAD_STATE_H
#define KRAIT_THREAD_STATE_H

#include "Value.h"

/* Per-thread interpreter state. On C ABI paths (slots, the C API, JIT stencils) a
   raised exception is an error return plus `current_exception`, as in CPython. */
typedef struct {
    KraitValue current_exception;
    /* The containers whose repr is being computed (a list), for `[...]`. */
    KraitValue repr_active;
    /* The exception being handled (`sys.exc_info()`), else empty. */
    KraitValue handled_exception;
    /* The innermost running Python frame (a KraitFrame *). */
    void *current_frame;
    int recursion_depth;
    int recursion_limit;
} KraitThreadState;

/* Nonzero while the collector has work for Python code waiting (finalizers, weak
   reference callbacks): the interpreter runs it at its next safe point, never inside
   an allocation, where the code that allocated may be half-way through a change. */
extern int krait_gc_pending;

/* The calling thread's state; zeroed on a thread's first use. */
KraitThreadState *krait_thread_state(void);

#endif
