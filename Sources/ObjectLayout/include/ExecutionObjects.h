#ifndef KRAIT_EXECUTION_OBJECTS_H
#define KRAIT_EXECUTION_OBJECTS_H

/* Layouts of the objects that running Python code needs: code objects, functions,
   cells, modules, frames, tracebacks, ranges. They are Krait's own (C extensions
   reach them only through API functions), laid out here so that the interpreter,
   the JIT's stencils and the C API agree on them. */

#include "TypeObject.h"
#include "Value.h"

/* A compiled code object. Instructions are 32-bit words (opcode in the low byte, the
   argument above it) kept in a bytes object; per instruction, `co_positions` holds
   four int32s (line, end line, column, end column; -1 when unknown). The exception
   table holds (start, end, handler, depth | lasti << 31) int32 quadruples. */
typedef struct {
    PyObject ob_base;
    KraitValue co_code;
    KraitValue co_consts;
    KraitValue co_names;
    /* Local names, then the cell names that are not arguments, then free names. */
    KraitValue co_localsplusnames;
    /* For each of co_localsplusnames: 0 local, 1 cell, 2 free; bytes. */
    KraitValue co_localspluskinds;
    KraitValue co_filename;
    KraitValue co_name;
    KraitValue co_qualname;
    KraitValue co_positions;
    KraitValue co_exceptiontable;
    /* For each cell that is also an argument: its local index, else -1 (bytes of int32). */
    KraitValue co_cell2arg;
    int32_t co_argcount;
    int32_t co_posonlyargcount;
    int32_t co_kwonlyargcount;
    int32_t co_flags;
    int32_t co_firstlineno;
    int32_t co_nlocals;
    int32_t co_ncells;
    int32_t co_nfrees;
    int32_t co_stacksize;
    int32_t co_ninstructions;
} KraitCodeObject;

/* co_flags, CPython's values. */
#define KRAIT_CO_OPTIMIZED 0x0001
#define KRAIT_CO_NEWLOCALS 0x0002
#define KRAIT_CO_VARARGS 0x0004
#define KRAIT_CO_VARKEYWORDS 0x0008
#define KRAIT_CO_NESTED 0x0010
#define KRAIT_CO_GENERATOR 0x0020
#define KRAIT_CO_NOFREE 0x0040
#define KRAIT_CO_COROUTINE 0x0080
#define KRAIT_CO_ITERABLE_COROUTINE 0x0100
#define KRAIT_CO_ASYNC_GENERATOR 0x0200
/* `from __future__ import annotations` (PEP 563), as CPython's flag. */
#define KRAIT_CO_FUTURE_ANNOTATIONS 0x1000000

typedef struct {
    PyObject ob_base;
    KraitValue func_code;
    KraitValue func_globals;
    KraitValue func_builtins;
    KraitValue func_name;
    KraitValue func_qualname;
    KraitValue func_defaults;
    KraitValue func_kwdefaults;
    KraitValue func_closure;
    KraitValue func_doc;
    KraitValue func_dict;
    KraitValue func_module;
    KraitValue func_annotations;
    /* The first weak reference to the function (not traced: weak references are weak). */
    PyObject *func_weakreflist;
} PyFunctionObject;

typedef struct {
    PyObject ob_base;
    KraitValue ob_ref;
} PyCellObject;

typedef struct {
    PyObject ob_base;
    KraitValue md_dict;
    KraitValue md_name;
    PyObject *md_weaklist;
} PyModuleObject;

/* An activation of a code object. Frames of plain calls live on the thread's frame
   stack; a generator's frame lives inside the generator object. `localsplus` holds
   the locals, cells and free variables, then the value stack. */
typedef struct KraitFrame {
    KraitValue f_code;
    KraitValue f_func;
    KraitValue f_globals;
    KraitValue f_builtins;
    /* The namespace of a module or class body (a dict), else empty. */
    KraitValue f_locals;
    /* The frame object, once introspection asked for one. */
    KraitValue f_frame_object;
    struct KraitFrame *f_previous;
    /* Index of the instruction being run (or to resume at). */
    int32_t f_lasti;
    /* Number of Values on the value stack when the frame is suspended. */
    int32_t f_stackdepth;
    /* An address inside the native frame of the plain evaluation loop running this
       frame, 0 while the tracing loop runs it: an explicit collection finds that native
       frame by it and does not scan it conservatively during a CALL (NativeLoopFrames). */
    uintptr_t f_native_anchor;
    KraitValue localsplus[];
} KraitFrame;

/* A frame object: what Python code sees of a frame. While the frame runs it points to
   it; when the frame ends the object keeps what introspection still needs. */
typedef struct {
    PyObject ob_base;
    /* The running or suspended frame; NULL once it ended (the fields below keep what
       introspection still shows). */
    KraitFrame *f_frame;
    KraitValue f_code;
    KraitValue f_globals;
    KraitValue f_back;
    int32_t f_lineno;
    int32_t f_lasti;
    KraitValue f_builtins;
    /* The locals at the end, or the namespace of a module or class body. */
    KraitValue f_locals;
    /* The generator whose memory holds `f_frame`, which must outlive this object. */
    KraitValue f_owner;
    KraitValue f_trace;
    /* What a trace function asks for: line events (on by default) and opcode events. */
    char f_trace_lines;
    char f_trace_opcodes;
    /* Set while a trace or profile function is called for the running frame: f_lineno
       is then `f_lineno`, the event's line (a 'call' event is on the `def` line). */
    char f_lineno_reported;
} PyFrameObject;

typedef struct {
    PyObject ob_base;
    KraitValue tb_next;
    KraitValue tb_frame;
    int32_t tb_lasti;
    int32_t tb_lineno;
} PyTracebackObject;

typedef struct {
    PyObject ob_base;
    KraitValue start;
    KraitValue stop;
    KraitValue step;
    KraitValue length;
} PyRangeObject;

/* `next`, `step` and `remaining` drive the iteration; `start` and `length` are where
   it began, for `__reduce__` and `__setstate__`. */
typedef struct {
    PyObject ob_base;
    int64_t next;
    int64_t step;
    int64_t remaining;
    int64_t start;
    int64_t length;
} KraitRangeIterator;

/* A generator, coroutine or async generator. Its frame (sized for its code) follows
   the header in the same allocation and runs in place. */
typedef struct {
    PyObject ob_base;
    KraitValue gi_code;
    KraitValue gi_name;
    KraitValue gi_qualname;
    /* The exception being handled inside the generator while it is suspended. */
    KraitValue gi_exc_state;
    /* What the generator returned, for `yield from`. */
    KraitValue gi_return_value;
    /* Async generators: empty until first iterated, then the thread's
       sys.set_asyncgen_hooks finalizer of that moment, else None. */
    KraitValue ag_finalizer;
    int32_t gi_frame_words;
    int8_t gi_running;
    int8_t gi_finished;
    /* Async generators: an asend/athrow awaitable is running it (`ag_running`). */
    int8_t ag_running_async;
    /* Async generators: closed by aclose() or finished; athrow() then stops at once. */
    int8_t ag_closed;
    /* The first weak reference to the generator (not traced). */
    PyObject *gi_weakreflist;
} PyGenObject;

/* What an async generator's asend()/__anext__() (type async_generator_asend) and
   athrow()/aclose() (async_generator_athrow) return: an awaitable running the
   generator until its next `yield`. */
typedef struct {
    PyObject ob_base;
    KraitValue agt_gen;
    /* asend: the value to send; athrow: the arguments (a tuple), empty for aclose(). */
    KraitValue agt_value;
    /* 0 not started, 1 iterating, 2 closed (CPython's AWAITABLE_STATE_*). */
    int32_t agt_state;
    int32_t agt_padding;
} KraitAsyncGenAwaitable;

/* A value yielded by an async generator's `yield` (ASYNC_GEN_WRAP), told apart from
   what its awaits pass up to the event loop. */
typedef struct {
    PyObject ob_base;
    KraitValue agw_val;
} KraitAsyncGenWrappedValue;

/* `anext(iterator, default)`: awaits `iterator.__anext__()`, with `default` as the
   result instead of StopAsyncIteration. */
typedef struct {
    PyObject ob_base;
    KraitValue wrapped;
    KraitValue default_value;
} KraitAnextAwaitable;

/* An iterator over a range whose values need not fit a machine word: it yields
   start + index * step while index < len, all of them int values. */
typedef struct {
    PyObject ob_base;
    KraitValue index;
    KraitValue start;
    KraitValue step;
    KraitValue len;
} KraitLongRangeIterator;

/* `coroutine.__await__()`: an iterator driving the coroutine. */
typedef struct {
    PyObject ob_base;
    KraitValue cw_coroutine;
} KraitCoroutineWrapper;

/* `super(type, obj)`: attribute lookup on obj's MRO after type. */
typedef struct {
    PyObject ob_base;
    KraitValue type;
    KraitValue obj;
    KraitValue obj_type;
} KraitSuperObject;

#define KRAIT_EXECUTION_TYPES(X) \
    X(PySuper_Type, super) \
    X(PyCode_Type, code) \
    X(PyFunction_Type, function) \
    X(PyCell_Type, cell) \
    X(PyModule_Type, module) \
    X(PyFrame_Type, frame) \
    X(PyTraceBack_Type, traceback) \
    X(PyRange_Type, range) \
    X(PyRangeIter_Type, rangeIterator) \
    X(PyLongRangeIter_Type, longRangeIterator) \
    X(PyGen_Type, generator) \
    X(PyCoro_Type, coroutine) \
    X(_PyCoroWrapper_Type, coroutineWrapper) \
    X(PyAsyncGen_Type, asyncGenerator) \
    X(_PyAsyncGenASend_Type, asyncGenASend) \
    X(_PyAsyncGenAThrow_Type, asyncGenAThrow) \
    X(_PyAsyncGenWrappedValue_Type, asyncGenWrappedValue) \
    X(PyAnextAwaitable_Type, anextAwaitable)

KRAIT_EXECUTION_TYPES(KRAIT_DECLARE_STATIC_TYPE)

#endif
