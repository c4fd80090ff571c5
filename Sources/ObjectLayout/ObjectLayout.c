#include "ObjectLayout.h"

/* CPython 3.11's layout on 64-bit targets, as its own headers give it; C extensions
   compiled against Krait's Python.h rely on these offsets. */
#if defined(__x86_64__) || defined(__aarch64__)
_Static_assert(sizeof(PyObject) == 16, "PyObject header size");
_Static_assert(sizeof(PyVarObject) == 24, "PyVarObject header size");
_Static_assert(offsetof(PyTypeObject, tp_name) == 24, "tp_name offset");
_Static_assert(offsetof(PyTypeObject, tp_flags) == 168, "tp_flags offset");
_Static_assert(offsetof(PyTypeObject, tp_traverse) == 184, "tp_traverse offset");
_Static_assert(offsetof(PyTypeObject, tp_version_tag) == 384, "tp_version_tag offset");
_Static_assert(offsetof(PyTypeObject, tp_vectorcall) == 400, "tp_vectorcall offset");
_Static_assert(offsetof(PyTypeObject, kr_call) == 408, "Krait's fields follow CPython's");
#endif

_Static_assert(sizeof(KraitValue) == 8, "a Value is one word");
_Static_assert(sizeof(PyASCIIObject) == 48, "PyASCIIObject size");
_Static_assert(sizeof(PyCompactUnicodeObject) == 72, "PyCompactUnicodeObject size");
_Static_assert(offsetof(PyFloatObject, ob_fval) == 16, "ob_fval offset");
_Static_assert(offsetof(PyComplexObject, cval) == 16, "complex cval offset");
_Static_assert(offsetof(PyTupleObject, ob_item) == 24, "tuple ob_item offset");
_Static_assert(offsetof(PyListObject, allocated) == 32, "list allocated offset");
_Static_assert(offsetof(PyBytesObject, ob_sval) == 32, "bytes ob_sval offset");
_Static_assert(offsetof(PyBaseExceptionObject, suppress_context) == 64, "suppress_context offset");
_Static_assert(sizeof(PyNumberMethods) == 36 * 8, "PyNumberMethods size");
_Static_assert(sizeof(PySequenceMethods) == 10 * 8, "PySequenceMethods size");
_Static_assert(sizeof(PyWeakReference) == 64, "PyWeakReference size");
_Static_assert(offsetof(PyWeakReference, wr_object) == 16, "wr_object offset");
