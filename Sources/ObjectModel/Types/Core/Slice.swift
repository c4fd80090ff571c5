import ObjectLayout

/// `slice`: start, stop and step as given, and CPython's index arithmetic.
public enum Slice {
    @inline(__always)
    static func slice(_ v: Value) -> UnsafeMutablePointer<PySliceObject> { v.layout(PySliceObject.self) }

    public static func make(start: Value, stop: Value, step: Value) -> Value {
        let object = Allocation.object(Krait_slice_type, size: MemoryLayout<PySliceObject>.size)
        let s = object.layout(PySliceObject.self)
        s.pointee.start = start
        s.pointee.stop = stop
        s.pointee.step = step
        return Value(object)
    }

    /// A slice bound, clamped to the machine range as `_PyEval_SliceIndex` does.
    static func bound(_ v: Value) throws(PyException) -> Int {
        if v.isSmallInt { return v.smallInt }
        guard IntObject.check(v) || v.type.pointee.tp_as_number?.pointee.nb_index != nil else {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method")
        }
        let i = try Protocols.indexValue(v)
        if let machine = IntObject.machineValue(i) { return machine }
        return IntObject.compare(i, Value(smallInt: 0)) < 0 ? Int.min : Int.max
    }

    /// `PySlice_Unpack`: start, stop, step with None filled in; step 0 is an error.
    public static func unpack(_ v: Value) throws(PyException) -> (start: Int, stop: Int, step: Int) {
        let s = slice(v).pointee
        var step = 1
        if s.step != .none {
            step = try bound(s.step)
            if step == 0 { throw PyException.valueError("slice step cannot be zero") }
            // -step must not overflow.
            if step < -Int.max { step = -Int.max }
        }
        let start = s.start == .none ? (step < 0 ? Int.max : 0) : try bound(s.start)
        let stop = s.stop == .none ? (step < 0 ? Int.min : Int.max) : try bound(s.stop)
        return (start, stop, step)
    }

    /// `PySlice_AdjustIndices`: the bounds clipped to a sequence of `length`, and the
    /// number of items selected.
    public static func adjust(length: Int, start: Int, stop: Int, step: Int) -> (start: Int, stop: Int, count: Int) {
        var start = start, stop = stop
        if start < 0 {
            start += length
            if start < 0 { start = step < 0 ? -1 : 0 }
        } else if start >= length {
            start = step < 0 ? length - 1 : length
        }
        if stop < 0 {
            stop += length
            if stop < 0 { stop = step < 0 ? -1 : 0 }
        } else if stop >= length {
            stop = step < 0 ? length - 1 : length
        }
        if step < 0 {
            return (start, stop, stop < start ? (start - stop - 1) / (-step) + 1 : 0)
        }
        return (start, stop, start < stop ? (stop - start - 1) / step + 1 : 0)
    }

    /// Both steps for a sequence of `length`.
    public static func indices(_ v: Value, length: Int) throws(PyException) -> (start: Int, stop: Int, step: Int, count: Int) {
        let (start, stop, step) = try unpack(v)
        let adjusted = adjust(length: length, start: start, stop: stop, step: step)
        return (adjusted.start, adjusted.stop, step, adjusted.count)
    }

    static func setUp() {
        let t = Krait_slice_type!
        TypeSetup.begin(t, name: "slice", basicSize: MemoryLayout<PySliceObject>.size,
                        doc: "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).")
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let s = Slice.slice(Value(o!)).pointee
                return Str.make("slice(\(try Protocols.reprText(s.start)), \(try Protocols.reprText(s.stop)), \(try Protocols.reprText(s.step)))")
            }
        }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard y.isExactly(Krait_slice_type) else { return .notImplemented }
                let sx = Slice.slice(x).pointee, sy = Slice.slice(y).pointee
                return try Protocols.richCompare(Tuple.make([sx.start, sx.stop, sx.step]), Tuple.make([sy.start, sy.stop, sy.step]), CompareOp(rawValue: op)!)
            }
        }
        t.pointee.tp_traverse = { object, visit, arg in
            let s = object!.layout(PySliceObject.self).pointee
            Trace.visit(s.start, visit, arg)
            Trace.visit(s.stop, visit, arg)
            Trace.visit(s.step, visit, arg)
            return 0
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("start", Int32(T_KRAIT_VALUE), MemoryLayout<PySliceObject>.offset(of: \.start)!, true, nil),
            ("stop", Int32(T_KRAIT_VALUE), MemoryLayout<PySliceObject>.offset(of: \.stop)!, true, nil),
            ("step", Int32(T_KRAIT_VALUE), MemoryLayout<PySliceObject>.offset(of: \.step)!, true, nil),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("indices", doc: "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped in a manner consistent with the\nhandling of normal slices.") { s, a, n, k in
                CBoundary.value { () throws(PyException) in
                    let length = IntObject.exact(try Protocols.indexValue(try Arguments(a, n, k).one("slice.indices")))
                    if IntObject.sign(length) < 0 { throw PyException.valueError("length should not be negative") }
                    let (start, stop, step) = try Slice.longIndices(s, length: length)
                    let result = Tuple.allocate(count: 3)
                    Tuple.items(result)[0] = start
                    Tuple.items(result)[1] = stop
                    Tuple.items(result)[2] = step
                    return result
                }
            },
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("slice.__reduce__")
                    let slice = s.layout(PySliceObject.self).pointee
                    let parts = Tuple.allocate(count: 3)
                    Tuple.items(parts)[0] = slice.start
                    Tuple.items(parts)[1] = slice.stop
                    Tuple.items(parts)[2] = slice.step
                    return Tuple.make(Value(s.type), parts)
                }
            },
        ])
        NativeConstructors.register(t) { _, args throws(PyException) in
            try args.positional("slice", min: 1, max: 3)
            switch args.count {
            case 1: return Slice.make(start: .none, stop: args[0], step: .none)
            case 2: return Slice.make(start: args[0], stop: args[1], step: .none)
            default: return Slice.make(start: args[0], stop: args[1], step: args[2])
            }
        }
    }
}
