#include "ObjectLayout.h"

/* 1000 is CPython's default recursion limit. */
static _Thread_local KraitThreadState current = { .recursion_limit = 1000 };

KraitThreadState *krait_thread_state(void) { return &current; }

int krait_gc_pending;
