import Compiler
import ObjectLayout
import ObjectModel

/// The work of `await`, `async for` and `async with` (CPython 3.11's GET_AWAITABLE,
/// GET_AITER, GET_ANEXT, END_ASYNC_FOR, BEFORE_ASYNC_WITH).
extension Interpreter {
    /// GET_AWAITABLE: what `await value` iterates, and not a coroutine that another
    /// `await` is already running.
    static func awaitOperand(_ value: Value) throws(PyException) -> Value {
        let iterator = try awaitable(value)
        if iterator.isExactly(Krait_coroutine_type) && Generators.delegate(iterator) != nil {
            throw PyException(Krait_exc_RuntimeError, "coroutine is being awaited already")
        }
        return iterator
    }

    /// What an awaitable iterates (CPython's `_PyCoro_GetAwaitableIter`): a coroutine or a
    /// `types.coroutine` generator itself, else `value.__await__()`.
    static func awaitable(_ value: Value) throws(PyException) -> Value {
        if value.isExactly(Krait_coroutine_type) { return value }
        if value.isExactly(Krait_generator_type),
           CodeObjects.code(Generators.generator(value).pointee.gi_code).pointee.co_flags & KRAIT_CO_ITERABLE_COROUTINE != 0 {
            return value
        }
        guard let method = SlotFunctions.lookupSpecial(value, "__await__") else {
            throw PyException.typeError("object \(TypeObject.name(value.type)) can't be used in 'await' expression")
        }
        let iterator = try SlotFunctions.callUnbound(method, value, [])
        if iterator.isExactly(Krait_coroutine_type) {
            throw PyException.typeError("__await__() returned a coroutine")
        }
        guard iterator.type.pointee.tp_iternext != nil else {
            throw PyException.typeError("__await__() returned non-iterator of type '\(TypeObject.name(iterator.type))'")
        }
        return iterator
    }

    /// `value.__aiter__()`, checked to have `__anext__`: for `async for`, or with the
    /// messages of the builtin `aiter()`.
    public static func asyncIterator(_ value: Value, builtin: Bool = false) throws(PyException) -> Value {
        let name = TypeObject.name(value.type)
        guard let method = SlotFunctions.lookupSpecial(value, "__aiter__") else {
            throw PyException.typeError(builtin ? "'\(name)' object is not an async iterable" : "'async for' requires an object with __aiter__ method, got \(name)")
        }
        let iterator = try SlotFunctions.callUnbound(method, value, [])
        guard SlotFunctions.lookupSpecial(iterator, "__anext__") != nil else {
            let type = TypeObject.name(iterator.type)
            throw PyException.typeError(builtin ? "aiter() returned not an async iterator of type '\(type)'"
                                        : "'async for' received an object from __aiter__ that does not implement __anext__: \(type)")
        }
        return iterator
    }

    /// The iterator awaiting `iterator.__anext__()`.
    static func nextAwaitable(_ iterator: Value) throws(PyException) -> Value {
        guard let method = SlotFunctions.lookupSpecial(iterator, "__anext__") else {
            throw PyException.typeError("'async for' requires an iterator with __anext__ method, got \(TypeObject.name(iterator.type))")
        }
        let next = try SlotFunctions.callUnbound(method, iterator, [])
        do throws(PyException) {
            return try awaitable(next)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError("'async for' received an invalid object from __anext__: \(TypeObject.name(next.type))")
        }
    }

    /// `async with manager:` — the bound `__aexit__` and the awaitable `__aenter__()`.
    static func enterAsyncContext(_ manager: Value) throws(PyException) -> (Value, Value) {
        guard let enter = SlotFunctions.lookupSpecial(manager, "__aenter__") else {
            throw PyException.typeError("'\(TypeObject.name(manager.type))' object does not support the asynchronous context manager protocol")
        }
        guard let exit = SlotFunctions.lookupSpecial(manager, "__aexit__") else {
            throw PyException.typeError("'\(TypeObject.name(manager.type))' object does not support the asynchronous context manager protocol (missed __aexit__ method)")
        }
        let boundExit = try bind(exit, manager)
        return (boundExit, try SlotFunctions.callUnbound(enter, manager, []))
    }
}
