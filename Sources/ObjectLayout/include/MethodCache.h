#ifndef KRAIT_METHOD_CACHE_H
#define KRAIT_METHOD_CACHE_H

#include <stdint.h>
#include "Value.h"

/* The type attribute cache (CPython's method cache): lookups of interned names along a
   type's MRO, keyed by the type's version tag and the name's address. A plain C array,
   so the interpreter and JIT stencils reach it with one address and no lazy set-up. */
typedef struct {
    uint32_t version;
    uint32_t unused;
    uint64_t name;
    KraitValue value;
} KraitMethodCacheEntry;

#define KRAIT_METHOD_CACHE_SIZE 4096

extern KraitMethodCacheEntry *const krait_method_cache;

#endif
