#ifndef KRAIT_INLINE_CACHES_H
#define KRAIT_INLINE_CACHES_H

#include "BuiltinObjects.h"

/* Reads the specialised instructions' fast paths make (DESIGN.md §5 and §6), as inline
   C so the interpreter and the JIT's stencils share them. Each returns an empty value
   (bits 0) or NULL when its guard fails; the caller then takes the generic path. */

/* A dict's entries, after its index table. */
static inline KraitDictEntry *krait_dict_entries(KraitDictKeys *keys) {
    return (KraitDictEntry *)(keys->dk_indices + keys->dk_size * keys->dk_index_bytes);
}

/* Where the value of `name` is in `dict` (a dict object, or empty), when entry `hint`
   of its keys holds the key `name` itself. A keys block holds a key object in at most
   one live entry, so this is the dict's entry for `name` whatever happened to the dict
   since the hint was taken. A split dict (sharing its type's keys) keeps the value in
   its values, set for the first ma_used entries. */
static inline KraitValue *krait_dict_hinted_value(KraitValue dict, uint32_t hint, KraitValue name) {
    if (dict.bits == 0) return 0;
    PyDictObject *d = (PyDictObject *)(uintptr_t)dict.bits;
    KraitDictKeys *keys = d->ma_keys;
    if ((Py_ssize_t)hint >= keys->dk_nentries) return 0;
    KraitDictEntry *entry = krait_dict_entries(keys) + hint;
    if (entry->me_key.bits != name.bits) return 0;
    if (d->ma_values == 0) return &entry->me_value;
    return (Py_ssize_t)hint < d->ma_used ? d->ma_values->items + hint : 0;
}

/* Whether `dict` (a dict object) is split over `keys`: then it lacks every name the
   keys lack. */
static inline int krait_dict_shares_keys(KraitValue dict, KraitDictKeys *keys) {
    return ((PyDictObject *)(uintptr_t)dict.bits)->ma_keys == keys;
}

/* The value at entry `index` of `dict` while its keys still have `version` (nonzero). */
static inline KraitValue krait_dict_versioned_value(KraitValue dict, uint32_t version, uint32_t index) {
    KraitDictKeys *keys = ((PyDictObject *)(uintptr_t)dict.bits)->ma_keys;
    if (keys->dk_version != version) { KraitValue none = { 0 }; return none; }
    return krait_dict_entries(keys)[index].me_value;
}

/* The instance dict of `object`, whose type has a positive `tp_dictoffset`. */
static inline KraitValue krait_instance_dict(KraitValue object, Py_ssize_t offset) {
    return *(KraitValue *)((char *)(uintptr_t)object.bits + offset);
}

#endif
