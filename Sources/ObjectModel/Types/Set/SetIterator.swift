import ObjectLayout

/// `iter(set)`: table order; a set whose size changes while iterated raises
/// RuntimeError, as in CPython.
enum SetIterator {
    @inline(__always)
    static func state(_ it: ObjectPointer) -> UnsafeMutablePointer<KraitSetIterator> { it.layout(KraitSetIterator.self) }

    static func make(_ s: Value) -> Value {
        let object = Allocation.object(Krait_setIterator_type, size: MemoryLayout<KraitSetIterator>.size)
        let st = state(object)
        st.pointee.si_set = s
        st.pointee.si_used = Sets.count(s)
        st.pointee.len = Sets.count(s)
        return Value(object)
    }

    static func next(_ it: ObjectPointer) -> Value? {
        let st = state(it)
        let s = st.pointee.si_set
        if s.isEmpty { return nil }
        if st.pointee.si_used != Sets.count(s) {
            // Sticky: later calls fail the same way.
            st.pointee.si_used = -1
            CBoundary.setPending(PyException(Krait_exc_RuntimeError, "Set changed size during iteration"))
            return nil
        }
        guard let (key, _, next) = Sets.next(s, from: st.pointee.si_pos) else {
            st.pointee.si_set = .empty
            return nil
        }
        st.pointee.si_pos = next
        st.pointee.len -= 1
        return key
    }

    static func setUp() {
        let t = Krait_setIterator_type!
        TypeSetup.begin(t, name: "set_iterator", basicSize: MemoryLayout<KraitSetIterator>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        t.pointee.tp_iter = { o in o }
        t.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        t.pointee.tp_iternext = { o in SetIterator.next(o!).map { Boxing.object($0) } }
        t.pointee.tp_traverse = { object, visit, arg in
            Trace.visit(SetIterator.state(object!).pointee.si_set, visit, arg)
            return 0
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("set_iterator.__length_hint__")
                    let st = SetIterator.state(s.object)
                    let live = !st.pointee.si_set.isEmpty && st.pointee.si_used == Sets.count(st.pointee.si_set)
                    return Value(smallInt: live ? st.pointee.len : 0)
                }
            },
            MethodSpec("__reduce__", doc: IteratorState.reduceDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("set_iterator.__reduce__")
                    return try IteratorState.reduceByCopy(s)
                }
            },
        ])
    }
}
