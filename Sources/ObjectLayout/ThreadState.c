#include "ObjectLayout.h"

/* 1000 is CPython's default recursion limit. */
static _Thread_local KraitThreadState current = { .recursion_limit = 1000 };

KraitThreadState *krait_thread_state(void) { return &current; }

int krait_gc_pending;

static KraitMethodCacheEntry method_cache_entries[KRAIT_METHOD_CACHE_SIZE];
KraitMethodCacheEntry *const krait_method_cache = method_cache_entries;
