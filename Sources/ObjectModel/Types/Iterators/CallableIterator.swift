import ObjectLayout

/// `callable_iterator`: `iter(callable, sentinel)` calls until the sentinel comes back.
public enum CallableIterator {
    public static func make(_ callable: Value, sentinel: Value) throws(PyException) -> Value {
        guard callable.type.pointee.kr_call != nil || callable.type.pointee.tp_call != nil else {
            throw PyException.typeError("iter(v, w): v must be callable")
        }
        let object = Allocation.object(Krait_callableIterator_type, size: MemoryLayout<KraitCallableIteratorObject>.size)
        let it = object.layout(KraitCallableIteratorObject.self)
        it.pointee.it_callable = callable
        it.pointee.it_sentinel = sentinel
        return Value(object)
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let it = v.layout(KraitCallableIteratorObject.self)
        let callable = it.pointee.it_callable
        if callable.isEmpty { return nil }
        let result: Value
        do throws(PyException) {
            result = try Protocols.call(callable)
        } catch {
            // A StopIteration from the callable ends the iteration too.
            if error.matches(Krait_exc_StopIteration) {
                it.pointee.it_callable = .empty
                it.pointee.it_sentinel = .empty
                return nil
            }
            throw error
        }
        // The callable may have exhausted this iterator itself, clearing the sentinel.
        let sentinel = it.pointee.it_sentinel
        if sentinel.isEmpty { return nil }
        if try Protocols.equal(sentinel, result) {
            it.pointee.it_callable = .empty
            it.pointee.it_sentinel = .empty
            return nil
        }
        return result
    }

    static func setUp() {
        let t = Krait_callableIterator_type!
        TypeSetup.begin(t, name: "callable_iterator", basicSize: MemoryLayout<KraitCallableIteratorObject>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        t.pointee.tp_iter = BuiltinIterators.iterSelf
        t.pointee.tp_iternext = { o in BuiltinIterators.iternext(o) { v throws(PyException) in try CallableIterator.next(v) } }
        t.pointee.tp_traverse = { o, visit, arg in
            let it = o!.layout(KraitCallableIteratorObject.self).pointee
            Trace.visit(it.it_callable, visit, arg)
            Trace.visit(it.it_sentinel, visit, arg)
            return 0
        }
    }
}
