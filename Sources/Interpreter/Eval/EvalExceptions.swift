import Compiler
import ObjectLayout
import ObjectModel

extension Interpreter {
    static func isExceptionClass(_ v: Value) -> Bool {
        v.isObject && TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS))
            && TypeObject.isSubtype(UnsafeMutableRawPointer(v.object).assumingMemoryBound(to: PyTypeObject.self), of: Krait_exc_BaseException)
    }

    public static func isException(_ v: Value) -> Bool { TypeObject.isSubtype(v.type, of: Krait_exc_BaseException) }

    /// The exception `sys.exc_info()` shows: the one being handled, else, inside a
    /// generator handling none itself, the one its callers handle; empty if none.
    public static func topmostHandled() -> Value {
        let thread = krait_thread_state()
        let handled = thread.pointee.handled_exception
        return handled.isEmpty ? thread.pointee.callers_handled_exception : handled
    }

    /// `raise exc from cause` (either may be empty: a bare `raise` re-raises).
    static func raise(_ exc: Value, cause: Value) throws(PyException) -> PyException {
        if exc.isEmpty {
            let handled = topmostHandled()
            guard !handled.isEmpty else { return PyException(Krait_exc_RuntimeError, "No active exception to reraise") }
            return PyException(handled)
        }
        let instance = try instantiate(exc, what: "exceptions must derive from BaseException")
        if !cause.isEmpty {
            let e = instance.layout(PyBaseExceptionObject.self)
            if cause == .none {
                e.pointee.cause = nil
            } else {
                let c = try instantiate(cause, what: "exception causes must derive from BaseException")
                e.pointee.cause = c.object
            }
            e.pointee.suppress_context = 1
        }
        return PyException(instance)
    }

    static func instantiate(_ v: Value, what: String) throws(PyException) -> Value {
        if isExceptionClass(v) {
            let instance = try Protocols.call(v)
            guard isException(instance) else {
                throw PyException.typeError("calling \(try Protocols.reprText(v)) should have returned an instance of BaseException, not \(TypeObject.name(instance.type))")
            }
            return instance
        }
        guard isException(v) else { throw PyException.typeError(what) }
        return v
    }

    /// `except T:` — T a class or a tuple of classes.
    static func exceptionMatches(_ exc: Value, _ type: Value) throws(PyException) -> Bool {
        if type.isExactly(Krait_tuple_type) {
            for i in 0..<Tuple.count(type) where !isExceptionClass(Tuple.item(type, i)) {
                throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
            }
            for i in 0..<Tuple.count(type) where TypeObject.isSubtype(exc.type, of: Tuple.item(type, i).object.layout(PyTypeObject.self)) {
                return true
            }
            return false
        }
        guard isExceptionClass(type) else {
            throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return TypeObject.isSubtype(exc.type, of: type.object.layout(PyTypeObject.self))
    }

    /// `except* type` on `exc` (None once earlier clauses took everything): what is
    /// left and what matched (None when nothing did, `exc` then being all the rest).
    static func exceptStarMatch(_ exc: Value, _ type: Value) throws(PyException) -> (rest: Value, match: Value) {
        if exc == .none {
            try ExceptionGroups.checkStarType(type)
            return (.none, .none)
        }
        let (match, rest) = try ExceptionGroups.split(exc, matching: type)
        guard let match else { return (exc, .none) }
        return (rest ?? .none, match)
    }

    /// An exception raised while another is handled gets it as `__context__` (breaking
    /// any cycle that would create, as CPython's `_PyErr_SetObject`).
    static func chainContext(_ exc: Value, _ handled: Value) {
        guard !handled.isEmpty, handled != exc, isException(exc), isException(handled) else { return }
        let e = exc.layout(PyBaseExceptionObject.self)
        guard e.pointee.context == nil else { return }
        // A chain that already loops (`ex.__context__ = ex`) must not hang the walk:
        // a slow cursor advancing every other step meets the fast one inside a cycle.
        var o = handled
        var slow = handled
        var advanceSlow = false
        while let context = o.layout(PyBaseExceptionObject.self).pointee.context {
            if Value(context) == exc {
                o.layout(PyBaseExceptionObject.self).pointee.context = nil
                break
            }
            o = Value(context)
            if o == slow { break }
            if advanceSlow, let next = slow.layout(PyBaseExceptionObject.self).pointee.context {
                slow = Value(next)
            }
            advanceSlow.toggle()
        }
        e.pointee.context = handled.object
    }

    /// `with manager:` — returns the bound `__exit__` and the result of `__enter__()`.
    static func enterContext(_ manager: Value) throws(PyException) -> (Value, Value) {
        guard let enter = SlotFunctions.lookupSpecial(manager, "__enter__") else {
            throw PyException.typeError("'\(TypeObject.name(manager.type))' object does not support the context manager protocol")
        }
        guard let exit = SlotFunctions.lookupSpecial(manager, "__exit__") else {
            throw PyException.typeError("'\(TypeObject.name(manager.type))' object does not support the context manager protocol (missed __exit__ method)")
        }
        let boundExit = try bind(exit, manager)
        let entered = try SlotFunctions.callUnbound(enter, manager, [])
        return (boundExit, entered)
    }

    static func bind(_ descriptor: Value, _ instance: Value) throws(PyException) -> Value {
        guard let get = descriptor.type.pointee.tp_descr_get else { return descriptor }
        return try CBoundary.check(get(Boxing.object(descriptor), Boxing.object(instance), instance.type.asObject))
    }
}
