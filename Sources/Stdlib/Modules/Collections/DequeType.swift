import ObjectLayout
import ObjectModel

/// The `collections.deque` type: construction, the sequence slots, repr, comparison.
enum DequeType {
    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in Deque.count(Value(o!)) }
        table.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let v = Value(o!)
                guard i >= 0 && i < Deque.count(v) else { throw PyException.indexError("deque index out of range") }
                return Deque.item(v, i)
            }
        }
        table.pointee.sq_ass_item = { o, i, value in
            CBoundary.status { () throws(PyException) in
                let v = Value(o!)
                guard i >= 0 && i < Deque.count(v) else { throw PyException.indexError("deque index out of range") }
                if let value { Deque.slot(Deque.deque(v), i).pointee = Value(value) } else { Deque.remove(v, at: i) }
            }
        }
        table.pointee.sq_contains = { o, item in
            Int32(CBoundary.integer { () throws(PyException) in try DequeType.find(Value(o!), Value(item!), from: 0, to: Int.max) != nil ? 1 : 0 })
        }
        table.pointee.sq_concat = { a, b in CBoundary.object { () throws(PyException) in try DequeType.concat(Value(a!), Value(b!)) } }
        table.pointee.sq_inplace_concat = { a, b in
            CBoundary.object { () throws(PyException) in
                try Deque.extend(Value(a!), Value(b!), left: false)
                return Value(a!)
            }
        }
        table.pointee.sq_repeat = { o, n in
            CBoundary.object { () throws(PyException) in try Deque.repeatInPlace(try Deque.copy(Value(o!)), n) }
        }
        table.pointee.sq_inplace_repeat = { o, n in CBoundary.object { () throws(PyException) in try Deque.repeatInPlace(Value(o!), n) } }
        return table
    }()

    static func setUp() {
        let t = Krait_deque_type!
        TypeSetup.begin(t, name: "collections.deque", basicSize: MemoryLayout<KraitDequeObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_SEQUENCE),
                        doc: "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.")
        t.pointee.tp_traverse = { o, visit, arg in
            Trace.visit(o!.layout(KraitDequeObject.self).pointee.block, visit, arg)
            return 0
        }
        t.pointee.tp_weaklistoffset = MemoryLayout<KraitDequeObject>.offset(of: \.weakreflist)!
        t.pointee.tp_as_sequence = sequenceMethods
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_iter = { o in DequeIterator.make(Value(o!), reverse: false).object }
        t.pointee.tp_new = { type, _, _ in Deque.make(type!, maxlen: -1).object }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try DequeType.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try DequeType.repr(Value(o!)) } }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in try DequeType.compare(Value(a!), Value(b!), CompareOp(rawValue: op)!) }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("maxlen", doc: "maximum size of a deque or None if unbounded", get: { o, _ in
                let maxlen = o!.layout(KraitDequeObject.self).pointee.maxlen
                return maxlen < 0 ? Krait_None : Boxing.object(IntObject.make(maxlen))
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(DequeMethods.table)
    }

    /// `deque(iterable=(), maxlen=None)`; initialising again empties the deque first.
    static func initialize(_ v: Value, _ args: Arguments) throws(PyException) {
        let p = try args.parse("deque", ["iterable", "maxlen"], required: 0)
        var maxlen = -1
        if let m = p[1], m != .none {
            guard IntObject.check(m) else { throw PyException.typeError("an integer is required") }
            guard let n = IntObject.machineValue(m) else { throw PyException.overflowError("Python int too large to convert to C ssize_t") }
            if n < 0 { throw PyException.valueError("maxlen must be non-negative") }
            maxlen = n
        }
        let d = Deque.deque(v)
        d.pointee.maxlen = maxlen
        if d.pointee.count > 0 { Deque.clear(v) }
        if let iterable = p[0] { try Deque.extend(v, iterable, left: false) }
    }

    static func repr(_ v: Value) throws(PyException) -> Value {
        try ReprGuard.run(v, placeholder: "[...]") { () throws(PyException) in
            let items = try Protocols.reprText(try Protocols.call(Value(Krait_list_type), v))
            let maxlen = Deque.deque(v).pointee.maxlen
            let name = TypeObject.name(v.type)
            return Str.make(maxlen < 0 ? "\(name)(\(items))" : "\(name)(\(items), maxlen=\(maxlen))")
        }
    }

    /// The first position in `start..<stop` whose item is or equals `item`; Python
    /// code run by the comparisons must not change the deque.
    static func find(_ v: Value, _ item: Value, from start: Int, to stop: Int) throws(PyException) -> Int? {
        let d = Deque.deque(v)
        let state = d.pointee.state
        var i = start
        while i < Swift.min(stop, d.pointee.count) {
            let equal = try Protocols.equal(Deque.item(v, i), item)
            if d.pointee.state != state { throw PyException(Krait_exc_RuntimeError, "deque mutated during iteration") }
            if equal { return i }
            i += 1
        }
        return nil
    }

    static func concat(_ a: Value, _ b: Value) throws(PyException) -> Value {
        guard Deque.isDeque(b) else {
            throw PyException.typeError("can only concatenate deque (not \"\(TypeObject.name(b.type))\") to deque")
        }
        let result = try Deque.copy(a)
        try Deque.extend(result, b, left: false)
        return result
    }

    /// Item by item until the first difference, then by length, as CPython's
    /// `deque_richcompare`.
    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        guard Deque.isDeque(a), Deque.isDeque(b) else { return .notImplemented }
        let na = Deque.count(a), nb = Deque.count(b)
        if op == .eq || op == .ne {
            if a == b { return .bool(op == .eq) }
            if na != nb { return .bool(op == .ne) }
        }
        let sa = Deque.deque(a).pointee.state, sb = Deque.deque(b).pointee.state
        var i = 0
        while i < Deque.count(a) && i < Deque.count(b) {
            let x = Deque.item(a, i), y = Deque.item(b, i)
            let same = try Protocols.equal(x, y)
            if Deque.deque(a).pointee.state != sa || Deque.deque(b).pointee.state != sb {
                throw PyException(Krait_exc_RuntimeError, "deque mutated during iteration")
            }
            if !same { return try Protocols.richCompare(x, y, op) }
            i += 1
        }
        return .bool(op.holds(Deque.count(a) - i == 0 ? (Deque.count(b) - i == 0 ? 0 : -1) : 1))
    }
}
