import Compiler
import ObjectLayout
import ObjectModel

/// `range` (machine-int bounds for now) and its iterator.
enum Ranges {
    static func range(_ v: Value) -> UnsafeMutablePointer<PyRangeObject> { v.layout(PyRangeObject.self) }

    static func integer(_ v: Value) throws(PyException) -> Int {
        guard IntObject.check(v) || v.type.pointee.tp_as_number?.pointee.nb_index != nil else {
            throw PyException.typeError("'\(TypeObject.name(v.type))' object cannot be interpreted as an integer")
        }
        guard let i = IntObject.machineValue(IntObject.check(v) ? v : try CBoundary.check(v.type.pointee.tp_as_number!.pointee.nb_index!(Boxing.object(v)))) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return i
    }

    static func length(start: Int, stop: Int, step: Int) -> Int {
        if step > 0 { return start < stop ? (stop - start - 1) / step + 1 : 0 }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0
    }

    static func make(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("range")
        var start = 0, stop = 0, step = 1
        switch args.count {
        case 1: stop = try integer(args[0])
        case 2: start = try integer(args[0]); stop = try integer(args[1])
        case 3:
            start = try integer(args[0]); stop = try integer(args[1]); step = try integer(args[2])
            if step == 0 { throw PyException.valueError("range() arg 3 must not be zero") }
        case 0: throw PyException.typeError("range expected at least 1 argument, got 0")
        default: throw PyException.typeError("range expected at most 3 arguments, got \(args.count)")
        }
        return make(start: start, stop: stop, step: step)
    }

    static func parts(_ v: Value) -> (start: Int, stop: Int, step: Int, length: Int) {
        let r = range(v)
        return (r.pointee.start.smallInt, r.pointee.stop.smallInt, r.pointee.step.smallInt, r.pointee.length.smallInt)
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
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let p = Ranges.parts(Value(o!))
                return Str.make(p.step == 1 ? "range(\(p.start), \(p.stop))" : "range(\(p.start), \(p.stop), \(p.step))")
            }
        }
        let sequence = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        sequence.initialize(to: PySequenceMethods())
        sequence.pointee.sq_length = { o in Ranges.parts(Value(o!)).length }
        sequence.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let p = Ranges.parts(Value(o!))
                guard i >= 0 && i < p.length else { throw PyException.indexError("range object index out of range") }
                return IntObject.make(p.start + i * p.step)
            }
        }
        sequence.pointee.sq_contains = { o, v in
            Int32(CBoundary.integer { () throws(PyException) in try Ranges.count(Value(o!), Value(normalizing: v!)) > 0 ? 1 : 0 })
        }
        t.pointee.tp_as_sequence = sequence
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard y.isExactly(Krait_range_type), op == CompareOp.eq.rawValue || op == CompareOp.ne.rawValue else { return .notImplemented }
                // As CPython: equal when they produce the same values.
                let p = Ranges.parts(x), q = Ranges.parts(y)
                let same = p.length == q.length && (p.length == 0 || (p.start == q.start && (p.length == 1 || p.step == q.step)))
                return .bool(same == (op == CompareOp.eq.rawValue))
            }
        }
        t.pointee.tp_iter = { o in
            let p = Ranges.parts(Value(o!))
            return Ranges.iterator(from: p.start, step: p.step, count: p.length).object
        }
        t.pointee.tp_methods = TypeSetup.methodTable(Ranges.methods)
        t.pointee.tp_hash = { o in CBoundary.integer { () throws(PyException) in try Ranges.hash(Value(o!)) } }
        let mapping = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        mapping.initialize(to: PyMappingMethods())
        mapping.pointee.mp_length = { o in Ranges.parts(Value(o!)).length }
        mapping.pointee.mp_subscript = { o, key in CBoundary.object { () throws(PyException) in try Ranges.item(Value(o!), Value(key!)) } }
        t.pointee.tp_as_mapping = mapping
        let number = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        number.initialize(to: PyNumberMethods())
        number.pointee.nb_bool = { o in Ranges.parts(Value(o!)).length > 0 ? 1 : 0 }
        t.pointee.tp_as_number = number
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("start", Int32(T_KRAIT_VALUE), MemoryLayout<PyRangeObject>.offset(of: \.start)!, true, nil),
            ("stop", Int32(T_KRAIT_VALUE), MemoryLayout<PyRangeObject>.offset(of: \.stop)!, true, nil),
            ("step", Int32(T_KRAIT_VALUE), MemoryLayout<PyRangeObject>.offset(of: \.step)!, true, nil),
        ])

        let it = Krait_rangeIterator_type!
        TypeSetup.begin(it, name: "range_iterator", basicSize: MemoryLayout<KraitRangeIterator>.size)
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
    }
}
