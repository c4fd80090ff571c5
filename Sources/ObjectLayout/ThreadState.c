#include "ObjectLayout.h"

/* 1000 is CPython's default recursion limit. */
_Thread_local KraitThreadState krait_current_thread_state = { .recursion_limit = 1000 };

int krait_gc_pending;
int krait_eval_breaker;

static KraitMethodCacheEntry method_cache_entries[KRAIT_METHOD_CACHE_SIZE];
KraitMethodCacheEntry *const krait_method_cache = method_cache_entries;

KraitAllocator krait_allocator;
