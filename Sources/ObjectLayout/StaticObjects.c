#include "ObjectLayout.h"

#define KRAIT_DEFINE_STATIC_TYPE(storage, name) \
    PyTypeObject storage; \
    PyTypeObject *const Krait_##name##_type = &storage;
KRAIT_STATIC_TYPES(KRAIT_DEFINE_STATIC_TYPE)
KRAIT_EXECUTION_TYPES(KRAIT_DEFINE_STATIC_TYPE)
KRAIT_ITERATOR_TYPES(KRAIT_DEFINE_STATIC_TYPE)
KRAIT_WEAKREF_TYPES(KRAIT_DEFINE_STATIC_TYPE)
KRAIT_TYPING_TYPES(KRAIT_DEFINE_STATIC_TYPE)
KRAIT_MODULE_TYPES(KRAIT_DEFINE_STATIC_TYPE)

#define KRAIT_DEFINE_EXCEPTION_TYPE(name) \
    PyTypeObject _PyExc_##name; \
    PyTypeObject *const Krait_exc_##name = &_PyExc_##name; \
    PyObject *PyExc_##name = (PyObject *)&_PyExc_##name;
KRAIT_EXCEPTION_TYPES(KRAIT_DEFINE_EXCEPTION_TYPE)

PyObject _Py_NoneStruct;
PyObject _Py_NotImplementedStruct;
PyObject _Py_EllipsisObject;
PyLongObject _Py_FalseStruct;
PyLongObject _Py_TrueStruct;
PyObject *const Krait_None = &_Py_NoneStruct;
PyObject *const Krait_NotImplemented = &_Py_NotImplementedStruct;
PyObject *const Krait_Ellipsis = &_Py_EllipsisObject;
PyObject *const Krait_False = (PyObject *)&_Py_FalseStruct;
PyObject *const Krait_True = (PyObject *)&_Py_TrueStruct;
