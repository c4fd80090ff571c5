import ObjectLayout

/// The `tuple` type's slots.
enum TupleType {
    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in Tuple.count(Value(o!)) }
        table.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let t = Value(o!)
                guard i >= 0 && i < Tuple.count(t) else { throw PyException.indexError("tuple index out of range") }
                return Tuple.item(t, i)
            }
        }
        table.pointee.sq_contains = { o, v in
            Int32(CBoundary.integer { () throws(PyException) in
                let t = Value(o!), x = Value(v!)
                for i in 0..<Tuple.count(t) where try Protocols.equal(Tuple.item(t, i), x) { return 1 }
                return 0
            })
        }
        table.pointee.sq_concat = { a, b in
            CBoundary.object { () throws(PyException) in try TupleMethods.concat(Value(a!), Value(b!)) }
        }
        table.pointee.sq_repeat = { o, n in
            CBoundary.object { () throws(PyException) in try TupleMethods.repeated(Value(o!), n) }
        }
        return table
    }()

    static func setUp() {
        let t = Krait_tuple_type!
        TypeSetup.begin(t, name: "tuple", basicSize: MemoryLayout<PyVarObject>.size, itemSize: 8,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_TUPLE_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF) | UInt(Py_TPFLAGS_SEQUENCE),
                        doc: "tuple(iterable=(), /)\n--\n\nBuilt-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.")
        t.pointee.tp_as_sequence = sequenceMethods
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try Subscripts.tuple(Value(o!), Value(key!)) }
        }, length: { o in Tuple.count(Value(o!)) })
        t.pointee.tp_traverse = Tuple.traverse
        t.pointee.tp_iter = { o in SequenceIterator.make(Value(o!), type: Krait_tupleIterator_type).object }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try ReprGuard.run(Value(o!), placeholder: "(...)") { () throws(PyException) in try TupleType.repr(Value(o!)) } } }
        t.pointee.tp_hash = { o in CBoundary.integer { () throws(PyException) in try TupleType.hash(Value(o!)) } }
        t.pointee.tp_methods = TypeSetup.methodTable(TupleMethods.table())
        NativeConstructors.register(t) { _, args throws(PyException) in try TupleMethods.construct(args) }
        t.pointee.tp_new = { type, args, kwargs in
            CBoundary.object { () throws(PyException) in
                let value = try NumberNew.construct(Krait_tuple_type, args, kwargs)
                if type == Krait_tuple_type { return value }
                // A subclass's dict follows the items, as for int subclasses.
                let count = Tuple.count(value)
                let object = Allocation.varObject(type!, size: type!.pointee.tp_basicsize + 8 * count, count: count)
                Tuple.items(Value(object)).update(from: Tuple.items(value), count: count)
                return Value(object)
            }
        }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard TypeObject.hasFlag(y.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else { return .notImplemented }
                return try Sequences.compare(Tuple.items(x), Tuple.count(x), Tuple.items(y), Tuple.count(y), CompareOp(rawValue: op)!)
            }
        }
    }

    static func repr(_ t: Value) throws(PyException) -> Value {
        let n = Tuple.count(t)
        if n == 0 { return Str.make("()") }
        var text = "("
        try Recursion.guarded(" while getting the repr of an object") { () throws(PyException) in
            for i in 0..<n {
                if i > 0 { text += ", " }
                text += try Protocols.reprText(Tuple.item(t, i))
            }
        }
        return Str.make(text + (n == 1 ? ",)" : ")"))
    }

    /// CPython 3.11's tuple hash (xxHash-based).
    static func hash(_ t: Value) throws(PyException) -> Int {
        let prime1: UInt = 11_400_714_785_074_694_791
        let prime2: UInt = 14_029_467_366_897_019_727
        let prime5: UInt = 2_870_177_450_012_600_261
        let n = Tuple.count(t)
        var acc = prime5
        for i in 0..<n {
            let lane = UInt(bitPattern: try Protocols.hash(Tuple.item(t, i)))
            acc = acc &+ lane &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt(n) ^ (prime5 ^ 3_527_539))
        if acc == UInt.max { return 1_546_275_796 }
        return Int(bitPattern: acc)
    }
}

/// Lexicographic comparison shared by tuple and list.
enum Sequences {
    static func compare(_ a: UnsafePointer<Value>, _ na: Int, _ b: UnsafePointer<Value>, _ nb: Int, _ op: CompareOp) throws(PyException) -> Value {
        if na != nb && (op == .eq || op == .ne) { return .bool(op == .ne) }
        var i = 0
        while i < na && i < nb {
            if !(try Protocols.equal(a[i], b[i])) { break }
            i += 1
        }
        if i >= na || i >= nb { return .bool(op.holds(na < nb ? -1 : na == nb ? 0 : 1)) }
        if op == .eq { return .false }
        if op == .ne { return .true }
        return try Protocols.richCompare(a[i], b[i], op)
    }
}
