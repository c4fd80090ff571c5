#ifndef KRAIT_EXCEPTION_OBJECTS_H
#define KRAIT_EXCEPTION_OBJECTS_H

#include "BuiltinObjects.h"

/* The builtin exception classes whose instances carry fields beyond
   PyBaseExceptionObject, in the field order of CPython 3.11's
   cpython/pyerrors.h (C extensions read them through those structs). A NULL
   field reads as None. */

typedef struct {
    PyBaseExceptionObject base;
    PyObject *msg;
    PyObject *excs;
} PyBaseExceptionGroupObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *msg;
    PyObject *filename;
    PyObject *lineno;
    PyObject *offset;
    PyObject *end_lineno;
    PyObject *end_offset;
    PyObject *text;
    PyObject *print_file_and_line;
} PySyntaxErrorObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *msg;
    PyObject *name;
    PyObject *path;
} PyImportErrorObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *encoding;
    PyObject *object;
    Py_ssize_t start;
    Py_ssize_t end;
    PyObject *reason;
} PyUnicodeErrorObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *code;
} PySystemExitObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *myerrno;
    PyObject *strerror;
    PyObject *filename;
    PyObject *filename2;
    Py_ssize_t written; /* BlockingIOError's characters_written, -1 when unset */
} PyOSErrorObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *value;
} PyStopIterationObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *name;
} PyNameErrorObject;

typedef struct {
    PyBaseExceptionObject base;
    PyObject *obj;
    PyObject *name;
} PyAttributeErrorObject;

#endif
