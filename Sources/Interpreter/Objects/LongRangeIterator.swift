import ObjectLayout
import ObjectModel

/// `longrange_iterator`: iteration over a range whose values need not fit a machine
/// word, with int arithmetic on values (CPython's `longrangeiterobject`).
enum LongRangeIterator {
    static func state(_ v: Value) -> UnsafeMutablePointer<KraitLongRangeIterator> { v.layout(KraitLongRangeIterator.self) }

    static func make(start: Value, step: Value, length: Value) -> Value {
        let object = Allocation.object(Krait_longRangeIterator_type, size: MemoryLayout<KraitLongRangeIterator>.size)
        let it = object.layout(KraitLongRangeIterator.self)
        it.pointee.index = Ranges.zero
        it.pointee.start = start
        it.pointee.step = step
        it.pointee.len = length
        return Value(object)
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let it = state(v)
        guard try Ranges.less(it.pointee.index, it.pointee.len) else { return nil }
        let index = it.pointee.index
        let result = try Ranges.add(it.pointee.start, try Ranges.multiply(index, it.pointee.step))
        it.pointee.index = try Ranges.add(index, Ranges.one)
        return result
    }

    static func setUp() {
        let t = Krait_longRangeIterator_type!
        TypeSetup.begin(t, name: "longrange_iterator", basicSize: MemoryLayout<KraitLongRangeIterator>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        t.pointee.tp_traverse = { o, visit, arg in
            let it = o!.layout(KraitLongRangeIterator.self).pointee
            for v in [it.index, it.start, it.step, it.len] { Trace.visit(v, visit, arg) }
            return 0
        }
        t.pointee.tp_iter = { o in o }
        t.pointee.tp_iternext = { o in
            do throws(PyException) {
                return try LongRangeIterator.next(Value(o!)).map { Boxing.object($0) }
            } catch {
                CBoundary.setPending(error)
                return nil
            }
        }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("longrange_iterator.__length_hint__")
                    let it = LongRangeIterator.state(s).pointee
                    return try Ranges.subtract(it.len, it.index)
                }
            },
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("longrange_iterator.__reduce__")
                    let it = LongRangeIterator.state(s).pointee
                    let stop = try Ranges.add(it.start, try Ranges.multiply(it.len, it.step))
                    let range = try Ranges.make(start: it.start, stop: stop, step: it.step)
                    let result = Tuple.allocate(count: 3)
                    Tuple.items(result)[0] = try BuiltinNames.get("iter")
                    Tuple.items(result)[1] = Tuple.make(range)
                    Tuple.items(result)[2] = it.index
                    return result
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    // Clipped to [0, len] by comparison, whatever the state's type.
                    var index = try args.one("longrange_iterator.__setstate__")
                    let it = LongRangeIterator.state(s)
                    if try Ranges.less(index, Ranges.zero) {
                        index = Ranges.zero
                    } else if try Ranges.less(it.pointee.len, index) {
                        index = it.pointee.len
                    }
                    it.pointee.index = index
                    return .none
                }
            },
        ])
    }
}
