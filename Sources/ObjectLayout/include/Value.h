#ifndef KRAIT_VALUE_H
#define KRAIT_VALUE_H

#include <stdint.h>

struct _object;

/* A Value is one 64-bit word: low bit 1 is a small int in the other 63 bits; low three
   bits 000 and non-zero is an object pointer; 0 is "no value" (unbound, empty slot, or
   an error return on C ABI paths). A one-field struct so that it is its own type in
   Swift and C alike, passed in one register. */
typedef struct KraitValue {
    uint64_t bits;
} KraitValue;

static inline int krait_value_is_small_int(KraitValue v) { return (v.bits & 1) != 0; }
static inline int64_t krait_value_small_int(KraitValue v) { return (int64_t)v.bits >> 1; }
static inline KraitValue krait_value_from_small_int(int64_t i) {
    KraitValue v = { ((uint64_t)i << 1) | 1 };
    return v;
}
static inline int krait_value_is_object(KraitValue v) { return v.bits != 0 && (v.bits & 7) == 0; }
static inline struct _object *krait_value_object(KraitValue v) { return (struct _object *)(uintptr_t)v.bits; }

#endif
