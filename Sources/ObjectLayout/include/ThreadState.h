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
    /* The thread's frame stack (DESIGN.md §6): its first free byte and its end; NULL
       until the thread first calls Python code. */
    void *frames_top;
    void *frames_limit;
    /* Native stack addresses below this are the reserve kept for unwinding: recursion
       that reaches it raises RecursionError. 0 until first asked. */
    uintptr_t native_stack_limit;
    /* sys.settrace's and sys.setprofile's functions, else empty (the interpreter's
       tracing keeps them alive with handles). */
    KraitValue trace_function;
    KraitValue profile_function;
    /* Nonzero while a trace or profile function runs: events are not reported then. */
    int tracing;
    /* 1 when a trace or profile function is set and none is running: frames entered
       then run the interpreter's tracing loop. The one flag the fast paths read. */
    int use_tracing;
    /* The event being reported (CPython's PyTrace_* numbering), for f_lineno's checks. */
    int tracing_what;
    /* `_thread._set_sentinel()`'s lock, released when the thread ends, else empty. */
    KraitValue exit_lock;
    /* One past the highest address of the thread's native stack, and, while the thread
       runs without the GIL, the lowest address of its stack that can hold references
       (0 while it holds the GIL): the collector scans other threads' stacks there. */
    uintptr_t stack_high;
    uintptr_t stack_published;
    /* The thread's current contextvars.Context, else empty (a new one is made when a
       variable is first used). */
    KraitValue context;
    /* While generators run: what their callers handle, seen when the running code
       handles nothing itself (CPython's walk down the exc_info chain), else empty. */
    KraitValue callers_handled_exception;
    /* sys.set_asyncgen_hooks's functions, else empty. */
    KraitValue asyncgen_firstiter;
    KraitValue asyncgen_finalizer;
} KraitThreadState;

/* Nonzero while the collector has work for Python code waiting (finalizers, weak
   reference callbacks): the interpreter runs it at its next safe point, never inside
   an allocation, where the code that allocated may be half-way through a change. */
extern int krait_gc_pending;

/* Nonzero when anything waits for the interpreter's next safe point (the collector's
   work above, signals, ...): the one word the interpreter loads at calls and backward
   jumps (CPython's eval breaker). Set from signal handlers and any thread, hence the
   atomic accesses; whoever handles a cause clears the breaker first, then looks at
   each cause's own flag. Bit 1 stands for those causes; bit 2 (`KRAIT_PENDING_GIL_DROP`) is the GIL's own:
   another thread waits for it (GIL.c sets and clears it). */
#define KRAIT_PENDING_GIL_DROP 2
extern int krait_eval_breaker;
static inline int krait_eval_breaker_is_set(void) { return __atomic_load_n(&krait_eval_breaker, __ATOMIC_RELAXED); }
static inline void krait_eval_breaker_set(void) { __atomic_fetch_or(&krait_eval_breaker, 1, __ATOMIC_SEQ_CST); }
static inline void krait_eval_breaker_clear(void) { __atomic_fetch_and(&krait_eval_breaker, ~1, __ATOMIC_SEQ_CST); }

/* The calling thread's state; zeroed on a thread's first use (but for the limit).
   Inline, so a hot path pays one thread-local address computation. */
extern _Thread_local KraitThreadState krait_current_thread_state;
static inline KraitThreadState *_Nonnull krait_thread_state(void) { return &krait_current_thread_state; }

#endif
