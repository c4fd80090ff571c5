#ifndef KRAIT_OBJECT_LAYOUT_H
#define KRAIT_OBJECT_LAYOUT_H

/* The memory layout of Krait's objects: the one definition that Swift, the JIT's
   stencils and Krait's Python.h all include. Where C extensions reach into objects
   through macros, the layout is CPython 3.11's (the static assertions in
   ObjectLayout.c hold it to CPython's sizes and offsets on x86-64). */

#include "TypeObject.h"
#include "TypeFlags.h"
#include "Value.h"
#include "BuiltinObjects.h"
#include "ExceptionObjects.h"
#include "ThreadState.h"
#include "Signals.h"
#include "StaticObjects.h"
#include "ExecutionObjects.h"
#include "IteratorObjects.h"
#include "WeakrefObjects.h"
#include "TypingObjects.h"
#include "ModuleObjects.h"
#include "MethodCache.h"
#include "InlineCaches.h"
#include "Allocator.h"

#endif
