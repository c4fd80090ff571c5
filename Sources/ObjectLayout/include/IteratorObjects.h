#ifndef KRAIT_ITERATOR_OBJECTS_H
#define KRAIT_ITERATOR_OBJECTS_H

/* The builtin iterator types that wrap other iterables: enumerate, zip, map, filter,
   reversed. Krait's own layouts. */

#include "TypeObject.h"
#include "Value.h"

typedef struct {
    PyObject ob_base;
    KraitValue en_iterator;
    /* The next count: an int Value (it may outgrow a machine word). */
    KraitValue en_index;
} KraitEnumerateObject;

typedef struct {
    PyObject ob_base;
    /* A tuple of iterators; empty once exhausted. */
    KraitValue zip_iterators;
    int32_t zip_strict;
} KraitZipObject;

/* map(function, *iterables) and filter(function, iterable): a function (None for
   filter's identity test) and a tuple of iterators. */
typedef struct {
    PyObject ob_base;
    KraitValue mf_function;
    KraitValue mf_iterators;
} KraitMapObject;

typedef struct {
    PyObject ob_base;
    KraitValue rev_sequence;
    Py_ssize_t rev_index;
} KraitReversedObject;

/* iter(callable, sentinel): both cleared once the sentinel comes. */
typedef struct {
    PyObject ob_base;
    KraitValue it_callable;
    KraitValue it_sentinel;
} KraitCallableIteratorObject;

#define KRAIT_ITERATOR_TYPES(X) \
    X(PyCallIter_Type, callableIterator) \
    X(PyEnum_Type, enumerate) \
    X(PyZip_Type, zip) \
    X(PyMap_Type, map) \
    X(PyFilter_Type, filter) \
    X(PyReversed_Type, reversed)

KRAIT_ITERATOR_TYPES(KRAIT_DECLARE_STATIC_TYPE)

#endif
