#ifndef KRAIT_ALLOCATOR_H
#define KRAIT_ALLOCATOR_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include "TypeFlags.h"
#include "TypeObject.h"

/* The collector's small-object pages and the allocation fast path (DESIGN.md §3): a
   cell popped from the free list of the size class's current page, in a few
   instructions, inline in Swift callers and (later) in JIT stencils. Anything else — a
   new page, a large object, a collection due — is the GC module's slow path. */

#define KRAIT_SIZE_CLASS_COUNT 24
/* Bytes per page, each aligned to its size. */
#define KRAIT_PAGE_SIZE (256 * 1024)
#define KRAIT_LARGEST_CELL 2048

/* A page of same-size cells; the page's memory starts with this header, then the
   allocated, marked, finalized, container and finalizer bitmaps, then the cells. */
typedef struct KraitPageHeader {
    intptr_t sizeClass;
    intptr_t cellSize;
    /* ceil(2^32 / cellSize): (offset * reciprocal) >> 32 is offset / cellSize for every
       offset within a page, without a division. */
    uint64_t reciprocal;
    intptr_t cellCount;
    void *_Nonnull firstCell;
    /* Free cells, linked through their first word. */
    void *_Nullable freeList;
    intptr_t freeCount;
    uint64_t *_Nonnull allocatedBits;
    uint64_t *_Nonnull markBits;
    /* Cells whose tp_finalize has run (PEP 442: at most once per object). */
    uint64_t *_Nonnull finalizedBits;
    /* Cells whose type has Py_TPFLAGS_HAVE_GC, and cells whose type had tp_finalize,
       as recorded when their type was last set: a collection counts and finalizes dead
       objects from these words without reading each one's type. */
    uint64_t *_Nonnull containerBits;
    uint64_t *_Nonnull finalizerBits;
    intptr_t bitWords;
    /* Whether the page is on its class's list of pages with free cells. */
    bool listedAsFree;
} KraitPageHeader;

typedef struct {
    /* Bytes that may still be allocated before the next collection; at or below zero
       every allocation takes the slow path (always, under KRAIT_GC_STRESS). */
    intptr_t budget;
    /* Per size class, the page the fast path allocates from. */
    KraitPageHeader *_Nullable current_pages[KRAIT_SIZE_CLASS_COUNT];
    /* For each multiple of 16 up to the largest cell, the smallest class that fits. */
    uint8_t size_class[KRAIT_LARGEST_CELL / 16 + 1];
} KraitAllocator;

extern KraitAllocator krait_allocator;

/* Records in the container and finalizer bitmaps what `type` is, for the cell whose
   bit is `bit` of word `word`; both bits are clear before (a free cell's are: the
   sweep clears them). Every allocation records its type; whatever gives an object
   another type clears the bits and records again. */
static inline void krait_page_record_type(KraitPageHeader *_Nonnull page, intptr_t word, uint64_t bit,
                                          PyTypeObject *_Nonnull type) {
    if (type->tp_flags & Py_TPFLAGS_HAVE_GC) page->containerBits[word] |= bit;
    if (type->tp_finalize) page->finalizerBits[word] |= bit;
}

/* Marking's test-and-set for a word found pointing into `page`: the cell it falls in
   when that cell is allocated and was not marked yet (it is marked now), else NULL.
   In C, so that a debug build's collector makes no copies of the header per word. */
static inline void *_Nullable krait_page_mark_word(KraitPageHeader *_Nonnull page, uintptr_t address) {
    uintptr_t start = (uintptr_t)page->firstCell;
    if (address < start || address - start >= KRAIT_PAGE_SIZE) return NULL;
    intptr_t i = (intptr_t)(((uint64_t)(address - start) * page->reciprocal) >> 32);
    if (i >= page->cellCount) return NULL;
    uint64_t bit = (uint64_t)1 << (i & 63);
    intptr_t word = i >> 6;
    if ((page->allocatedBits[word] & bit) == 0 || (page->markBits[word] & bit) != 0) return NULL;
    page->markBits[word] |= bit;
    return (char *)page->firstCell + i * page->cellSize;
}

static inline intptr_t *_Nonnull krait_allocator_budget(void) { return &krait_allocator.budget; }
static inline KraitPageHeader *_Nullable *_Nonnull krait_allocator_current_pages(void) {
    return krait_allocator.current_pages;
}
static inline uint8_t *_Nonnull krait_allocator_size_classes(void) { return krait_allocator.size_class; }

/* A zeroed object of `size` bytes and type `type`, or NULL when the slow path must
   run. */
static inline PyObject *_Nullable krait_allocate_fast(intptr_t size, PyTypeObject *_Nonnull type) {
    if (size > KRAIT_LARGEST_CELL || krait_allocator.budget <= 0) return 0;
    KraitPageHeader *page = krait_allocator.current_pages[krait_allocator.size_class[(size + 15) >> 4]];
    if (!page) return 0;
    void *cell = page->freeList;
    if (!cell) return 0;
    page->freeList = *(void **)cell;
    page->freeCount -= 1;
    uint64_t offset = (uint64_t)((uintptr_t)cell - (uintptr_t)page->firstCell);
    intptr_t index = (intptr_t)((offset * page->reciprocal) >> 32);
    uint64_t bit = (uint64_t)1 << (index & 63);
    page->allocatedBits[index >> 6] |= bit;
    krait_page_record_type(page, index >> 6, bit, type);
    krait_allocator.budget -= page->cellSize;
    /* The object's own bytes (the rest of the cell is never read): a size the caller
       knows at compile time becomes a few stores instead of a call. */
    memset(cell, 0, (size_t)((size + 7) & ~(intptr_t)7));
    ((PyObject *)cell)->ob_type = type;
    return (PyObject *)cell;
}

#endif
