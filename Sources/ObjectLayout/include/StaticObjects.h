#ifndef KRAIT_STATIC_OBJECTS_H
#define KRAIT_STATIC_OBJECTS_H

/* The builtin type objects and singletons live outside the collected heap, in static
   storage, with CPython's exported names where CPython has them. The object model
   fills them in at start-up. Swift reaches them through the `Krait_*` pointers, read
   directly (a Swift global would be initialised lazily and checked on every use). */

#include "BuiltinObjects.h"

#define KRAIT_STATIC_TYPES(X) \
    X(PyBaseObject_Type, object) \
    X(PyType_Type, type) \
    X(_PyNone_Type, none) \
    X(_PyNotImplemented_Type, notImplemented) \
    X(PyEllipsis_Type, ellipsis) \
    X(PyLong_Type, int) \
    X(PyBool_Type, bool) \
    X(PyFloat_Type, float) \
    X(PyComplex_Type, complex) \
    X(PyUnicode_Type, str) \
    X(PyBytes_Type, bytes) \
    X(PyByteArray_Type, bytearray) \
    X(PyMemoryView_Type, memoryview) \
    X(PyBytesIter_Type, bytesIterator) \
    X(PyByteArrayIter_Type, bytearrayIterator) \
    X(_PyMemoryIter_Type, memoryIterator) \
    X(PyTuple_Type, tuple) \
    X(PyList_Type, list) \
    X(PyDict_Type, dict) \
    X(PySet_Type, set) \
    X(PyFrozenSet_Type, frozenset) \
    X(PySetIter_Type, setIterator) \
    X(PyCFunction_Type, builtinFunction) \
    X(PyMethodDescr_Type, methodDescriptor) \
    X(PyClassMethodDescr_Type, classmethodDescriptor) \
    X(PyWrapperDescr_Type, wrapperDescriptor) \
    X(PyMemberDescr_Type, memberDescriptor) \
    X(PyGetSetDescr_Type, getsetDescriptor) \
    X(PySlice_Type, slice) \
    X(PyClassMethod_Type, classmethod) \
    X(PyStaticMethod_Type, staticmethod) \
    X(PyProperty_Type, property) \
    X(PyMethod_Type, method) \
    X(_PyMethodWrapper_Type, methodWrapper) \
    X(PySeqIter_Type, sequenceIterator) \
    X(PyListIter_Type, listIterator) \
    X(PyTupleIter_Type, tupleIterator) \
    X(PyUnicodeIter_Type, strIterator) \
    X(_PyUnicodeASCIIIter_Type, strASCIIIterator) \
    X(PyDictIterKey_Type, dictKeyIterator) \
    X(PyDictIterValue_Type, dictValueIterator) \
    X(PyDictIterItem_Type, dictItemIterator) \
    X(PyListRevIter_Type, listReverseIterator) \
    X(PyDictRevIterKey_Type, dictReverseKeyIterator) \
    X(PyDictRevIterValue_Type, dictReverseValueIterator) \
    X(PyDictRevIterItem_Type, dictReverseItemIterator) \
    X(PyDictKeys_Type, dictKeysView) \
    X(PyDictValues_Type, dictValuesView) \
    X(PyDictItems_Type, dictItemsView) \
    X(KraitValueArray_Type, valueArray) \
    X(KraitDictKeys_Type, dictKeys) \
    X(KraitSetTable_Type, setTable) \
    X(KraitByteBlock_Type, byteBlock)

#define KRAIT_DECLARE_STATIC_TYPE(storage, name) \
    extern PyTypeObject storage; \
    extern PyTypeObject *const Krait_##name##_type;
KRAIT_STATIC_TYPES(KRAIT_DECLARE_STATIC_TYPE)

/* The builtin exception classes: static storage `_PyExc_X`, CPython's `PyExc_X` as
   an object pointer, and `Krait_exc_X` as a type pointer. */
#define KRAIT_EXCEPTION_TYPES(X) \
    X(BaseException) \
    X(BaseExceptionGroup) \
    X(ExceptionGroup) \
    X(Exception) \
    X(ArithmeticError) \
    X(FloatingPointError) \
    X(OverflowError) \
    X(ZeroDivisionError) \
    X(AssertionError) \
    X(AttributeError) \
    X(BufferError) \
    X(EOFError) \
    X(ImportError) \
    X(ModuleNotFoundError) \
    X(LookupError) \
    X(IndexError) \
    X(KeyError) \
    X(MemoryError) \
    X(NameError) \
    X(UnboundLocalError) \
    X(OSError) \
    X(BlockingIOError) \
    X(ChildProcessError) \
    X(ConnectionError) \
    X(BrokenPipeError) \
    X(ConnectionAbortedError) \
    X(ConnectionRefusedError) \
    X(ConnectionResetError) \
    X(FileExistsError) \
    X(FileNotFoundError) \
    X(InterruptedError) \
    X(IsADirectoryError) \
    X(NotADirectoryError) \
    X(PermissionError) \
    X(ProcessLookupError) \
    X(TimeoutError) \
    X(ReferenceError) \
    X(RuntimeError) \
    X(NotImplementedError) \
    X(RecursionError) \
    X(StopAsyncIteration) \
    X(StopIteration) \
    X(SyntaxError) \
    X(IndentationError) \
    X(TabError) \
    X(SystemError) \
    X(TypeError) \
    X(ValueError) \
    X(UnicodeError) \
    X(UnicodeDecodeError) \
    X(UnicodeEncodeError) \
    X(UnicodeTranslateError) \
    X(Warning) \
    X(BytesWarning) \
    X(DeprecationWarning) \
    X(EncodingWarning) \
    X(FutureWarning) \
    X(ImportWarning) \
    X(PendingDeprecationWarning) \
    X(ResourceWarning) \
    X(RuntimeWarning) \
    X(SyntaxWarning) \
    X(UnicodeWarning) \
    X(UserWarning) \
    X(GeneratorExit) \
    X(KeyboardInterrupt) \
    X(SystemExit)

#define KRAIT_DECLARE_EXCEPTION_TYPE(name) \
    extern PyTypeObject _PyExc_##name; \
    extern PyTypeObject *const Krait_exc_##name; \
    extern PyObject *PyExc_##name;
KRAIT_EXCEPTION_TYPES(KRAIT_DECLARE_EXCEPTION_TYPE)

extern PyObject _Py_NoneStruct;
extern PyObject _Py_NotImplementedStruct;
extern PyObject _Py_EllipsisObject;
extern PyLongObject _Py_FalseStruct;
extern PyLongObject _Py_TrueStruct;
extern PyObject *const Krait_None;
extern PyObject *const Krait_NotImplemented;
extern PyObject *const Krait_Ellipsis;
extern PyObject *const Krait_False;
extern PyObject *const Krait_True;

#endif
