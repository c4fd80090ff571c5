#ifndef KRAIT_BUILTIN_OBJECTS_H
#define KRAIT_BUILTIN_OBJECTS_H

/* Layouts of the builtin objects. Where C extensions read fields through CPython's
   macros the layout is CPython 3.11's; elsewhere it is Krait's, and Swift code reaches
   fields only through these declarations. Item arrays hold Values (tagged small ints
   included); they are boxed in place before C code may see them (DESIGN.md §2). */

#include <stddef.h>
#include "TypeFlags.h"
#include "TypeObject.h"
#include "Value.h"

/* int: magnitude in 64-bit limbs, least significant first; the sign and limb count in
   ob_size (0 for zero). Values that fit 63 bits are normally tagged, not boxed. */
typedef struct {
    PyVarObject ob_base;
    uint64_t ob_digit[1];
} PyLongObject;

typedef struct {
    PyObject ob_base;
    double ob_fval;
} PyFloatObject;

typedef struct {
    double real;
    double imag;
} Py_complex;

typedef struct {
    PyObject ob_base;
    Py_complex cval;
} PyComplexObject;

/* str: PEP 393. Compact strings only: the code points follow the header, 1, 2 or 4
   bytes each (`kind`), with a terminating 0. */
typedef struct {
    PyObject ob_base;
    Py_ssize_t length;
    Py_hash_t hash;
    struct {
        unsigned int interned : 2;
        unsigned int kind : 3;
        unsigned int compact : 1;
        unsigned int ascii : 1;
        unsigned int ready : 1;
        unsigned int : 24;
    } state;
    void *wstr;
} PyASCIIObject;

typedef struct {
    PyASCIIObject _base;
    Py_ssize_t utf8_length;
    char *utf8;
    Py_ssize_t wstr_length;
} PyCompactUnicodeObject;

/* A str subclass's class lays out its `__slots__` members, dict and weak list after
   str's ASCII header, as if the string had no code points; an instance keeps them past
   its code points (8-aligned), this many bytes further on. Krait's str is var-sized
   where CPython's subclass instances keep their code points out of line. */
static inline Py_ssize_t krait_str_trailer_shift(PyObject *o) {
    PyASCIIObject *s = (PyASCIIObject *)o;
    Py_ssize_t header = s->state.ascii ? (Py_ssize_t)sizeof(PyASCIIObject) : (Py_ssize_t)sizeof(PyCompactUnicodeObject);
    Py_ssize_t storage = header + (s->length + 1) * (Py_ssize_t)s->state.kind;
    return ((storage + 7) & ~(Py_ssize_t)7) - (Py_ssize_t)sizeof(PyASCIIObject);
}

/* How far an instance's own fields (`__slots__` members, weak list) are from where its
   class's offsets say: non-zero only for str subclasses. */
static inline Py_ssize_t krait_instance_field_shift(PyObject *o) {
    return (o->ob_type->tp_flags & Py_TPFLAGS_UNICODE_SUBCLASS) ? krait_str_trailer_shift(o) : 0;
}

typedef struct {
    PyVarObject ob_base;
    Py_hash_t ob_shash;
    char ob_sval[1];
} PyBytesObject;

/* Where a bytes object's bytes start; a function so Swift reads a constant, not a
   lazily initialised global. */
static inline Py_ssize_t krait_bytes_header(void) { return (Py_ssize_t)offsetof(PyBytesObject, ob_sval); }

/* CPython's PyByteArrayObject. `ob_bytes` points at the data of a collected
   KraitByteBlock (the owner's trace visits it); the live bytes start at `ob_start`,
   so deleting from the front moves a pointer instead of the data. */
typedef struct {
    PyVarObject ob_base;
    Py_ssize_t ob_alloc;
    char *ob_bytes;
    char *ob_start;
    Py_ssize_t ob_exports;
} PyByteArrayObject;

/* A memoryview of `mv_obj` (bytes, bytearray or another buffer exporter): `mv_len` items of `mv_itemsize`
   bytes from byte `mv_start` on, `mv_step` bytes apart, each read as struct format
   `mv_format` (shown with '@' before it when `mv_native_prefix`). A view of
   `mv_ndim` > 1 dimensions (a `cast` with a shape) keeps the shape then the strides
   of every dimension in the tuple `mv_dims`; `mv_len` and `mv_step` are its first
   dimension's. Positions, not pointers, are kept, so a bytearray that moves its
   storage stays readable. */
typedef struct {
    PyObject ob_base;
    KraitValue mv_obj;
    KraitValue mv_dims;
    Py_ssize_t mv_start;
    Py_ssize_t mv_step;
    Py_ssize_t mv_len;
    Py_ssize_t mv_itemsize;
    Py_hash_t mv_hash;
    int mv_ndim;
    int mv_released;
    int mv_readonly;
    char mv_format;
    char mv_native_prefix;
} KraitMemoryView;

typedef struct {
    PyVarObject ob_base;
    KraitValue ob_item[1];
} PyTupleObject;

typedef struct {
    PyVarObject ob_base;
    KraitValue *ob_item;
    Py_ssize_t allocated;
} PyListObject;

/* A collected block of Values owned by one object (a list's items): the owner's trace
   visits the block, and the block's trace visits its first ob_size Values. */
typedef struct {
    PyVarObject ob_base;
    KraitValue items[1];
} KraitValueArray;

/* dict: compact and ordered, as CPython's. The keys block holds the index table
   (1, 2, 4 or 8 bytes per slot by size) followed by the entries in insertion order. */
typedef struct {
    Py_hash_t me_hash;
    KraitValue me_key;
    KraitValue me_value;
} KraitDictEntry;

typedef struct KraitDictKeys {
    PyObject ob_base;
    Py_ssize_t dk_size;
    Py_ssize_t dk_usable;
    Py_ssize_t dk_nentries;
    uint8_t dk_index_bytes;
    uint8_t dk_unicode_only;
    uint8_t dk_padding[2];
    /* Nonzero while the set of keys is what it was when the number was handed out
       (CPython's dk_version); inline caches of global loads guard on it. */
    uint32_t dk_version;
    /* The type whose instances share these keys (split dicts), else NULL. Adding a
       key changes the type's version tag, so inline caches that found a name missing
       from the shared keys stay right by guarding on the tag alone. */
    PyTypeObject *dk_owner;
    char dk_indices[];
} KraitDictKeys;

typedef struct {
    PyObject ob_base;
    Py_ssize_t ma_used;
    uint64_t ma_version_tag;
    KraitDictKeys *ma_keys;
    /* A split dict (an instance's, sharing its type's keys): the values, in the keys'
       entry order; the first ma_used are set and the rest empty. NULL when combined. */
    KraitValueArray *ma_values;
    /* Krait: the type whose tp_dict this is; a change invalidates its version tag. */
    PyTypeObject *kr_owner;
} PyDictObject;

typedef struct {
    PyObject ob_base;
    PyObject *dict;
    PyObject *args;
    PyObject *notes;
    PyObject *traceback;
    PyObject *context;
    PyObject *cause;
    char suppress_context;
} PyBaseExceptionObject;

/* A builtin function or a method bound to its `self` (PyCFunctionObject's role). */
typedef struct {
    PyObject ob_base;
    PyMethodDef *m_ml;
    KraitValue m_self;
    KraitValue m_module;
    /* The first weak reference to the function (not traced). */
    PyObject *m_weakreflist;
    vectorcallfunc vectorcall;
} PyCFunctionObject;

/* A method of a builtin type looked up on the type: `list.append`. */
typedef struct {
    PyObject ob_base;
    PyTypeObject *d_type;
    PyObject *d_name;
    PyObject *d_qualname;
    PyMethodDef *d_method;
    vectorcallfunc vectorcall;
} PyMethodDescrObject;

/* A slot of a builtin type seen as a method: `int.__add__` (`wrapper_descriptor`).
   `d_slot` numbers the entry of the object model's slot table that says which slot
   and how to call it. */
typedef struct {
    PyObject ob_base;
    PyTypeObject *d_type;
    PyObject *d_name;
    PyObject *d_qualname;
    Py_ssize_t d_slot;
    void *d_wrapped;
} KraitWrapperDescrObject;

/* A slot wrapper bound to an object: `(1).__add__` (`method-wrapper`). */
typedef struct {
    PyObject ob_base;
    KraitWrapperDescrObject *descr;
    KraitValue self;
} KraitMethodWrapperObject;

typedef struct {
    PyObject ob_base;
    KraitValue start;
    KraitValue stop;
    KraitValue step;
} PySliceObject;

/* A PyMemberDef or PyGetSetDef of a builtin type seen as an attribute
   (`member_descriptor`, `getset_descriptor`). */
typedef struct {
    PyObject ob_base;
    PyTypeObject *d_type;
    PyObject *d_name;
    PyObject *d_qualname;
    PyMemberDef *d_member;
} PyMemberDescrObject;

typedef struct {
    PyObject ob_base;
    PyTypeObject *d_type;
    PyObject *d_name;
    PyObject *d_qualname;
    PyGetSetDef *d_getset;
} PyGetSetDescrObject;

/* PyMemberDef types (CPython's structmember.h values) and flags. */
#define T_INT 1
#define T_PYSSIZET 19
#define T_OBJECT 6
#define T_OBJECT_EX 16
#define T_BOOL 14
#define T_CHAR 2
#define T_DOUBLE 4
#define T_STRING 5
/* Krait's own: a KraitValue field; empty reads as None. */
#define T_KRAIT_VALUE 0x100
/* A Krait value whose absence is an AttributeError (`__slots__` members), as T_OBJECT_EX. */
#define T_KRAIT_VALUE_EX 0x101
#define READONLY 1

/* An iterator over a sequence by position: `iter(list)`, `iter(tuple)`, `iter(str)`,
   and the sequence-protocol iterator. The sequence is dropped when exhausted. */
typedef struct {
    PyObject ob_base;
    Py_ssize_t it_index;
    KraitValue it_seq;
} KraitSequenceIterator;

/* An iterator over a dict's keys, values or items. */
typedef struct {
    PyObject ob_base;
    KraitValue di_dict;
    Py_ssize_t di_used;
    Py_ssize_t di_pos;
    Py_ssize_t len;
} KraitDictIterator;

/* `dict.keys()`, `dict.values()`, `dict.items()`: a live view of the dict. */
typedef struct {
    PyObject ob_base;
    KraitValue dv_dict;
} KraitDictView;

/* set and frozenset: CPython 3.11's PySetObject. `table` points at `smalltable` or at
   the entries of a KraitSetTable block (collected, traced through the set). An entry
   with an empty key is unused when its hash is 0 and a deleted ("dummy") entry when
   its hash is -1, the hash CPython gives its dummy key. */
#define PySet_MINSIZE 8

typedef struct {
    KraitValue key;
    Py_hash_t hash;
} setentry;

typedef struct {
    PyObject ob_base;
    Py_ssize_t fill;
    Py_ssize_t used;
    Py_ssize_t mask;
    setentry *table;
    Py_hash_t hash;
    Py_ssize_t finger;
    setentry smalltable[PySet_MINSIZE];
    KraitValue weakreflist;
} PySetObject;

/* A set's table when it outgrows `smalltable`: ob_size entries. */
typedef struct {
    PyVarObject ob_base;
    setentry entries[1];
} KraitSetTable;

/* An iterator over a set, in table order. */
typedef struct {
    PyObject ob_base;
    KraitValue si_set;
    Py_ssize_t si_used;
    Py_ssize_t si_pos;
    Py_ssize_t len;
} KraitSetIterator;

/* A class created at run time (`class C: ...`, `type(name, bases, dict)`): the type
   object followed by its own slot tables, as CPython's PyHeapTypeObject. The class's
   `__slots__` member definitions follow the struct. */
typedef struct {
    PyTypeObject ht_type;
    PyAsyncMethods as_async;
    PyNumberMethods as_number;
    PyMappingMethods as_mapping;
    PySequenceMethods as_sequence;
    PyBufferProcs as_buffer;
    PyObject *ht_name;
    PyObject *ht_slots;
    PyObject *ht_qualname;
    void *ht_cached_keys;
    PyObject *ht_module;
    /* Krait: the bytes object holding the UTF-8 name that tp_name points into. */
    PyObject *ht_tpname_bytes;
    Py_ssize_t ht_member_count;
} PyHeapTypeObject;

/* `classmethod` and `staticmethod`: the wrapped callable and the instance dict. */
typedef struct {
    PyObject ob_base;
    KraitValue cm_callable;
    KraitValue cm_dict;
} KraitClassMethodObject;

/* `property`. */
typedef struct {
    PyObject ob_base;
    KraitValue prop_get;
    KraitValue prop_set;
    KraitValue prop_del;
    KraitValue prop_doc;
    KraitValue prop_name;
    int getter_doc;
} KraitPropertyObject;

/* A bound method: `obj.method` for a function defined in Python. */
typedef struct {
    PyObject ob_base;
    KraitValue im_func;
    KraitValue im_self;
    /* The first weak reference to the method (not traced). */
    PyObject *im_weakreflist;
} PyMethodObject;

/* The calling convention of METH_KRAIT_VALUES methods. `self` is the bound object (or
   the module); positional arguments come first in `args`, then the values of the
   keywords named by the tuple `kwnames` (empty Value when there are none). The result
   is the empty Value when an exception is pending. */
typedef KraitValue (*KraitMethod)(KraitValue self, const KraitValue *args, Py_ssize_t nargs, KraitValue kwnames);

#endif
