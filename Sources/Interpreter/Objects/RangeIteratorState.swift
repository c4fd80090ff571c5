import ObjectLayout
import ObjectModel

/// `__length_hint__`, `__reduce__` and `__setstate__` of `range_iterator`, as CPython
/// 3.11's: it reduces to `iter(range(start, start + length * step, step))` and the
/// number of values already produced.
extension Ranges {
    static var iteratorMethods: [MethodSpec] {
        [
            MethodSpec("__length_hint__", doc: "Private method returning an estimate of len(list(it)).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("range_iterator.__length_hint__")
                    return IntObject.make(Int(s.layout(KraitRangeIterator.self).pointee.remaining))
                }
            },
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("range_iterator.__reduce__")
                    let r = s.layout(KraitRangeIterator.self).pointee
                    let start = IntObject.make(Int(r.start)), step = IntObject.make(Int(r.step))
                    let stop = try Ranges.add(start, try Ranges.multiply(IntObject.make(Int(r.length)), step))
                    let range = try Ranges.make(start: start, stop: stop, step: step)
                    let iter = try BuiltinNames.get("iter")
                    let result = Tuple.allocate(count: 3)
                    Tuple.items(result)[0] = iter
                    Tuple.items(result)[1] = Tuple.make(range)
                    Tuple.items(result)[2] = IntObject.make(Int(r.length - r.remaining))
                    return result
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    // PyLong_AsLong: __index__, and C long's range.
                    let state = try Protocols.indexValue(try args.one("range_iterator.__setstate__"))
                    guard let index = IntObject.machineValue(state) else {
                        throw PyException.overflowError("Python int too large to convert to C long")
                    }
                    let r = s.layout(KraitRangeIterator.self)
                    let clipped = Int64(min(max(index, 0), Int(r.pointee.length)))
                    r.pointee.next = r.pointee.start &+ clipped &* r.pointee.step
                    r.pointee.remaining = r.pointee.length - clipped
                    return .none
                }
            },
        ]
    }
}
