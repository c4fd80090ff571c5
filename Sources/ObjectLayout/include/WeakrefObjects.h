#ifndef KRAIT_WEAKREF_OBJECTS_H
#define KRAIT_WEAKREF_OBJECTS_H

/* Weak references, CPython 3.11's `PyWeakReference`. A referent whose type has a
   nonzero `tp_weaklistoffset` keeps, at that offset, the head of a doubly linked list
   of its weak references. Neither the list links nor `wr_object` are traced: the
   collector (GC/WeakReferences.swift) clears `wr_object` to None when the referent
   dies and unlinks a reference that dies before its referent. */

#include "TypeObject.h"
#include "StaticObjects.h"

typedef struct _PyWeakReference PyWeakReference;

struct _PyWeakReference {
    PyObject ob_base;
    /* The referent, or None once it died. */
    PyObject *wr_object;
    /* Called with the reference when the referent dies, then dropped; else NULL. */
    PyObject *wr_callback;
    /* The referent's hash, -1 until computed. */
    Py_hash_t hash;
    PyWeakReference *wr_prev;
    PyWeakReference *wr_next;
    vectorcallfunc vectorcall;
};

#define KRAIT_WEAKREF_TYPES(X) \
    X(_PyWeakref_RefType, weakref) \
    X(_PyWeakref_ProxyType, weakProxy) \
    X(_PyWeakref_CallableProxyType, weakCallableProxy)

KRAIT_WEAKREF_TYPES(KRAIT_DECLARE_STATIC_TYPE)

#endif
