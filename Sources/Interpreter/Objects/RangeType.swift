import Compiler
import ObjectLayout
import ObjectModel

/// `range`: start, stop, step and length as int values of any size; iterators of
/// machine ints (`range_iterator`) where every value fits, else `longrange_iterator`.
enum Ranges {
    static func range(_ v: Value) -> UnsafeMutablePointer<PyRangeObject> { v.layout(PyRangeObject.self) }

    static func make(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("range")
        switch args.count {
        case 1: return try make(start: zero, stop: try Protocols.indexValue(args[0]), step: one)
        case 2, 3:
            let start = try Protocols.indexValue(args[0]), stop = try Protocols.indexValue(args[1])
            let step = args.count == 3 ? try Protocols.indexValue(args[2]) : one
            if IntObject.isZero(step) { throw PyException.valueError("range() arg 3 must not be zero") }
            return try make(start: start, stop: stop, step: step)
        case 0: throw PyException.typeError("range expected at least 1 argument, got 0")
        default: throw PyException.typeError("range expected at most 3 arguments, got \(args.count)")
        }
    }

    static func make(start: Value, stop: Value, step: Value) throws(PyException) -> Value {
        let length = try length(start, stop, step)
        let object = Allocation.object(Krait_range_type, size: MemoryLayout<PyRangeObject>.size)
        let r = object.layout(PyRangeObject.self)
        r.pointee.start = IntObject.exact(start)
        r.pointee.stop = IntObject.exact(stop)
        r.pointee.step = IntObject.exact(step)
        r.pointee.length = length
        return Value(object)
    }

    /// The length as `len()` needs it: a machine int.
    static func count(_ v: Value) throws(PyException) -> Int {
        guard let n = IntObject.machineValue(range(v).pointee.length) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return n
    }

    /// Start, step and length when every value and the stop fit a machine word.
    static func machineParts(_ r: PyRangeObject) -> (start: Int, stop: Int, step: Int, length: Int)? {
        guard let start = IntObject.machineValue(r.start), let stop = IntObject.machineValue(r.stop),
              let step = IntObject.machineValue(r.step), let length = IntObject.machineValue(r.length) else { return nil }
        return (start, stop, step, length)
    }

    static func iterator(from start: Int, step: Int, count: Int) -> Value {
        let object = Allocation.object(Krait_rangeIterator_type, size: MemoryLayout<KraitRangeIterator>.size)
        let it = object.layout(KraitRangeIterator.self)
        it.pointee.next = Int64(start)
        it.pointee.step = Int64(step)
        it.pointee.remaining = Int64(count)
        it.pointee.start = Int64(start)
        it.pointee.length = Int64(count)
        return Value(object)
    }

    /// `iter(range)`: CPython's `range_iter`.
    static func forward(_ v: Value) -> Value {
        let r = range(v).pointee
        if let p = machineParts(r) { return iterator(from: p.start, step: p.step, count: p.length) }
        return LongRangeIterator.make(start: r.start, step: r.step, length: r.length)
    }

    /// `reversed(range)`: from the last value down, by -step (`range_reverse`, which takes
    /// the machine path only when -step and start - step fit too).
    static func reverse(_ v: Value) throws(PyException) -> Value {
        let r = range(v).pointee
        if let p = machineParts(r), p.step != .min, !p.start.subtractingReportingOverflow(p.step).overflow {
            return iterator(from: p.start &+ (p.length &- 1) &* p.step, step: -p.step, count: p.length)
        }
        let last = try add(r.start, try multiply(try subtract(r.length, one), r.step))
        return LongRangeIterator.make(start: last, step: try Protocols.unary(r.step, .negative), length: r.length)
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let r = range(v).pointee
        let bounds = "range(\(try Protocols.reprText(r.start)), \(try Protocols.reprText(r.stop))"
        return IntObject.machineValue(r.step) == 1 ? bounds + ")" : bounds + ", \(try Protocols.reprText(r.step)))"
    }

    /// As CPython: equal when they produce the same values.
    static func equal(_ x: Value, _ y: Value) throws(PyException) -> Bool {
        if x == y { return true }
        let a = range(x).pointee, b = range(y).pointee
        guard try Protocols.equal(a.length, b.length) else { return false }
        if IntObject.isZero(a.length) { return true }
        guard try Protocols.equal(a.start, b.start) else { return false }
        return IntObject.machineValue(a.length) == 1 ? true : try Protocols.equal(a.step, b.step)
    }

    static func setUp() {
        let t = Krait_range_type!
        TypeSetup.begin(t, name: "range", basicSize: MemoryLayout<PyRangeObject>.size, flags: UInt(Py_TPFLAGS_SEQUENCE),
                        doc: "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, 2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it specifies the increment (or decrement).")
        NativeConstructors.register(t) { _, args throws(PyException) in try Ranges.make(args) }
        t.pointee.tp_traverse = { o, visit, arg in
            let r = o!.layout(PyRangeObject.self)
            for v in [r.pointee.start, r.pointee.stop, r.pointee.step, r.pointee.length] { Trace.visit(v, visit, arg) }
            return 0
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(try Ranges.repr(Value(o!))) } }
        let sequence = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        sequence.initialize(to: PySequenceMethods())
        sequence.pointee.sq_length = { o in CBoundary.integer { () throws(PyException) in try Ranges.count(Value(o!)) } }
        sequence.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let r = Ranges.range(Value(o!)).pointee
                guard i >= 0, try Ranges.less(IntObject.make(i), r.length) else { throw PyException.indexError("range object index out of range") }
                return try Ranges.value(r, at: IntObject.make(i))
            }
        }
        sequence.pointee.sq_contains = { o, v in
            Int32(CBoundary.integer { () throws(PyException) in try Ranges.contains(Value(o!), Value(normalizing: v!)) ? 1 : 0 })
        }
        t.pointee.tp_as_sequence = sequence
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard y.isExactly(Krait_range_type), op == CompareOp.eq.rawValue || op == CompareOp.ne.rawValue else { return .notImplemented }
                return .bool(try Ranges.equal(x, y) == (op == CompareOp.eq.rawValue))
            }
        }
        t.pointee.tp_iter = { o in Ranges.forward(Value(o!)).object }
        t.pointee.tp_methods = TypeSetup.methodTable(Ranges.methods)
        t.pointee.tp_hash = { o in CBoundary.integer { () throws(PyException) in try Ranges.hash(Value(o!)) } }
        let mapping = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        mapping.initialize(to: PyMappingMethods())
        mapping.pointee.mp_length = sequence.pointee.sq_length
        mapping.pointee.mp_subscript = { o, key in CBoundary.object { () throws(PyException) in try Ranges.item(Value(o!), Value(key!)) } }
        t.pointee.tp_as_mapping = mapping
        let number = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        number.initialize(to: PyNumberMethods())
        number.pointee.nb_bool = { o in IntObject.isZero(Ranges.range(Value(o!)).pointee.length) ? 0 : 1 }
        t.pointee.tp_as_number = number
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("start", Int32(T_KRAIT_VALUE), MemoryLayout<PyRangeObject>.offset(of: \.start)!, true, nil),
            ("stop", Int32(T_KRAIT_VALUE), MemoryLayout<PyRangeObject>.offset(of: \.stop)!, true, nil),
            ("step", Int32(T_KRAIT_VALUE), MemoryLayout<PyRangeObject>.offset(of: \.step)!, true, nil),
        ])

        let it = Krait_rangeIterator_type!
        TypeSetup.begin(it, name: "range_iterator", basicSize: MemoryLayout<KraitRangeIterator>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        it.pointee.tp_methods = TypeSetup.methodTable(Ranges.iteratorMethods)
        it.pointee.tp_iter = { o in o }
        it.pointee.tp_iternext = { o in
            let r = o!.layout(KraitRangeIterator.self)
            guard r.pointee.remaining > 0 else { return nil }
            let value = r.pointee.next
            r.pointee.next &+= r.pointee.step
            r.pointee.remaining -= 1
            return Boxing.object(IntObject.make(Int(value)))
        }
        LongRangeIterator.setUp()
    }
}
