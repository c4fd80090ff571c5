#ifndef KRAIT_TYPING_OBJECTS_H
#define KRAIT_TYPING_OBJECTS_H

/* The builtin types of `types` that describe classes and namespaces: `int | str`
   (types.UnionType), `list[int]` (types.GenericAlias), types.MappingProxyType (a
   class's `__dict__`) and types.SimpleNamespace. CPython's field order. */

#include "TypeObject.h"
#include "Value.h"

typedef struct {
    PyObject ob_base;
    /* A tuple of the members, duplicates removed, nested unions flattened. */
    KraitValue args;
    /* The type variables among them, computed on first use (empty until then). */
    KraitValue parameters;
} KraitUnionObject;

typedef struct {
    PyObject ob_base;
    KraitValue origin;
    KraitValue args;
    KraitValue parameters;
    KraitValue weakreflist;
    /* `*tuple[int]` (PEP 646). */
    int32_t starred;
} KraitGenericAliasObject;

typedef struct {
    PyObject ob_base;
    KraitValue mapping;
} KraitMappingProxyObject;

typedef struct {
    PyObject ob_base;
    KraitValue dict;
} KraitNamespaceObject;

#define KRAIT_TYPING_TYPES(X) \
    X(_PyUnion_Type, unionType) \
    X(Py_GenericAliasType, genericAlias) \
    X(PyDictProxy_Type, mappingProxy) \
    X(_PyNamespace_Type, simpleNamespace)

KRAIT_TYPING_TYPES(KRAIT_DECLARE_STATIC_TYPE)

#endif
