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
_Static_assert(sizeof(PyTypeObject) == 408, "PyTypeObject size");
#endif
