#ifndef KRAIT_OBJECT_LAYOUT_H
#define KRAIT_OBJECT_LAYOUT_H

/* The memory layout of Krait's objects: the one definition that Swift, the JIT's
   stencils and Krait's Python.h all include. Where C extensions reach into objects
   through macros, the layout is CPython 3.11's (the static assertions in
   ObjectLayout.c hold it to CPython's sizes and offsets on x86-64). */

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

typedef ssize_t Py_ssize_t;
typedef Py_ssize_t Py_hash_t;

struct _typeobject;

/* Every object starts with this header. In Krait `ob_refcnt` counts only references
   held by C extension code; the collector treats an object whose count is above zero
   as a root. */
typedef struct _object {
    Py_ssize_t ob_refcnt;
    struct _typeobject *ob_type;
} PyObject;

/* The header of variable-size objects. */
typedef struct {
    PyObject ob_base;
    Py_ssize_t ob_size;
} PyVarObject;

/* Slot signatures, with CPython's names. */
typedef void (*destructor)(PyObject *);
typedef PyObject *(*getattrfunc)(PyObject *, char *);
typedef int (*setattrfunc)(PyObject *, char *, PyObject *);
typedef PyObject *(*reprfunc)(PyObject *);
typedef Py_hash_t (*hashfunc)(PyObject *);
typedef PyObject *(*ternaryfunc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*getattrofunc)(PyObject *, PyObject *);
typedef int (*setattrofunc)(PyObject *, PyObject *, PyObject *);
typedef int (*visitproc)(PyObject *, void *);
typedef int (*traverseproc)(PyObject *, visitproc, void *);
typedef int (*inquiry)(PyObject *);
typedef PyObject *(*richcmpfunc)(PyObject *, PyObject *, int);
typedef PyObject *(*getiterfunc)(PyObject *);
typedef PyObject *(*iternextfunc)(PyObject *);
typedef PyObject *(*descrgetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*descrsetfunc)(PyObject *, PyObject *, PyObject *);
typedef int (*initproc)(PyObject *, PyObject *, PyObject *);
typedef PyObject *(*allocfunc)(struct _typeobject *, Py_ssize_t);
typedef PyObject *(*newfunc)(struct _typeobject *, PyObject *, PyObject *);
typedef void (*freefunc)(void *);
typedef PyObject *(*vectorcallfunc)(PyObject *, PyObject *const *, size_t, PyObject *);

/* The method tables are defined with the object model; objects only point to them. */
typedef struct PyAsyncMethods PyAsyncMethods;
typedef struct PyNumberMethods PyNumberMethods;
typedef struct PySequenceMethods PySequenceMethods;
typedef struct PyMappingMethods PyMappingMethods;
typedef struct PyBufferProcs PyBufferProcs;
typedef struct PyMethodDef PyMethodDef;
typedef struct PyMemberDef PyMemberDef;
typedef struct PyGetSetDef PyGetSetDef;

/* The type object, field for field in CPython 3.11's order. Krait's own fields will
   follow `tp_vectorcall` (version data for inline caches, shapes, Swift metadata). */
typedef struct _typeobject {
    PyVarObject ob_base;
    const char *tp_name;
    Py_ssize_t tp_basicsize;
    Py_ssize_t tp_itemsize;
    destructor tp_dealloc;
    Py_ssize_t tp_vectorcall_offset;
    getattrfunc tp_getattr;
    setattrfunc tp_setattr;
    PyAsyncMethods *tp_as_async;
    reprfunc tp_repr;
    PyNumberMethods *tp_as_number;
    PySequenceMethods *tp_as_sequence;
    PyMappingMethods *tp_as_mapping;
    hashfunc tp_hash;
    ternaryfunc tp_call;
    reprfunc tp_str;
    getattrofunc tp_getattro;
    setattrofunc tp_setattro;
    PyBufferProcs *tp_as_buffer;
    unsigned long tp_flags;
    const char *tp_doc;
    traverseproc tp_traverse;
    inquiry tp_clear;
    richcmpfunc tp_richcompare;
    Py_ssize_t tp_weaklistoffset;
    getiterfunc tp_iter;
    iternextfunc tp_iternext;
    PyMethodDef *tp_methods;
    PyMemberDef *tp_members;
    PyGetSetDef *tp_getset;
    struct _typeobject *tp_base;
    PyObject *tp_dict;
    descrgetfunc tp_descr_get;
    descrsetfunc tp_descr_set;
    Py_ssize_t tp_dictoffset;
    initproc tp_init;
    allocfunc tp_alloc;
    newfunc tp_new;
    freefunc tp_free;
    inquiry tp_is_gc;
    PyObject *tp_bases;
    PyObject *tp_mro;
    PyObject *tp_cache;
    PyObject *tp_subclasses;
    PyObject *tp_weaklist;
    destructor tp_del;
    unsigned int tp_version_tag;
    destructor tp_finalize;
    vectorcallfunc tp_vectorcall;
} PyTypeObject;

/* A Value is one 64-bit word: low bit 1 is a small int in the other 63 bits; low three
   bits 000 and non-zero is an object pointer; 0 is "no value". */
typedef uint64_t KraitValue;

static inline int krait_value_is_small_int(KraitValue v) { return (v & 1) != 0; }
static inline int64_t krait_value_small_int(KraitValue v) { return (int64_t)v >> 1; }
static inline KraitValue krait_value_from_small_int(int64_t i) { return ((uint64_t)i << 1) | 1; }
static inline int krait_value_is_object(KraitValue v) { return v != 0 && (v & 7) == 0; }
static inline PyObject *krait_value_object(KraitValue v) { return (PyObject *)(uintptr_t)v; }

#endif
