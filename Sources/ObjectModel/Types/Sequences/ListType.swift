import ObjectLayout

/// The `list` type's slots and methods.
enum ListType {
    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in List.count(Value(o!)) }
        table.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let l = Value(o!)
                guard i >= 0 && i < List.count(l) else { throw PyException.indexError("list index out of range") }
                return List.item(l, i)
            }
        }
        table.pointee.sq_contains = { o, v in
            Int32(CBoundary.integer { () throws(PyException) in
                let l = Value(o!), x = Value(v!)
                var i = 0
                while i < List.count(l) {
                    if try Protocols.equal(List.item(l, i), x) { return 1 }
                    i += 1
                }
                return 0
            })
        }
        table.pointee.sq_concat = { a, b in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard TypeObject.hasFlag(y.type, UInt(Py_TPFLAGS_LIST_SUBCLASS)) else {
                    throw PyException.typeError("can only concatenate list (not \"\(TypeObject.name(y.type))\") to list")
                }
                let result = ListMethods.slice(x, 0, List.count(x))
                try ListMethods.extend(result, y)
                return result
            }
        }
        table.pointee.sq_repeat = { o, n in
            CBoundary.object { () throws(PyException) in
                let l = Value(o!)
                let result = List.new()
                try ListType.repeatInto(result, l, count: n)
                return result
            }
        }
        table.pointee.sq_inplace_concat = { a, b in
            CBoundary.object { () throws(PyException) in
                try ListMethods.extend(Value(a!), Value(b!))
                return Value(a!)
            }
        }
        table.pointee.sq_inplace_repeat = { o, n in
            CBoundary.object { () throws(PyException) in
                let l = Value(o!)
                if n != 1 { try ListType.repeatInto(l, l, count: n) }
                return l
            }
        }
        table.pointee.sq_ass_item = { o, i, v in
            CBoundary.status { () throws(PyException) in try ListAssignment.assignItem(Value(o!), i, v.map { Value($0) }) }
        }
        return table
    }()

    /// `list.__init__(iterable=())`: the list's items replaced by the iterable's.
    static func initialize(_ l: Value, _ args: Arguments) throws(PyException) {
        try args.noKeywords("list")
        try args.positional("list", min: 0, max: 1)
        List.resize(l, 0)
        if args.count == 1 { try ListMethods.extend(l, args[0]) }
    }

    /// Sets `target` (empty, or `source` itself) to `source`'s items repeated `count` times.
    static func repeatInto(_ target: Value, _ source: Value, count: Int) throws(PyException) {
        let m = List.count(source)
        if count <= 0 || m == 0 {
            List.resize(target, 0)
            return
        }
        try Allocation.check(count: m, times: count, itemSize: MemoryLayout<Value>.size)
        List.resize(target, m * count)
        let items = List.items(target)
        if target != source { items.update(from: List.items(source), count: m) }
        var done = m
        while done < m * count {
            let chunk = Swift.min(done, m * count - done)
            (items + done).update(from: items, count: chunk)
            done += chunk
        }
    }

    static func setUp() {
        let t = Krait_list_type!
        TypeSetup.begin(t, name: "list", basicSize: MemoryLayout<PyListObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_LIST_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF) | UInt(Py_TPFLAGS_SEQUENCE),
                        doc: "list(iterable=(), /)\n--\n\nBuilt-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.")
        t.pointee.tp_as_sequence = sequenceMethods
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try Subscripts.list(Value(o!), Value(key!)) }
        }, length: { o in List.count(Value(o!)) })
        t.pointee.tp_as_mapping.pointee.mp_ass_subscript = { o, key, value in
            CBoundary.status { () throws(PyException) in try ListAssignment.assign(Value(o!), Value(key!), value.map { Value($0) }) }
        }
        t.pointee.tp_traverse = List.traverse
        t.pointee.tp_iter = { o in SequenceIterator.make(Value(o!), type: Krait_listIterator_type).object }
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard TypeObject.hasFlag(y.type, UInt(Py_TPFLAGS_LIST_SUBCLASS)) else { return .notImplemented }
                return try ListType.compare(x, y, CompareOp(rawValue: op)!)
            }
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try ReprGuard.run(Value(o!), placeholder: "[...]") { () throws(PyException) in try ListType.repr(Value(o!)) } } }
        t.pointee.tp_methods = TypeSetup.methodTable(ListMethods.table())
        NativeConstructors.register(t) { _, args throws(PyException) in
            let l = List.new()
            try ListType.initialize(l, args)
            return l
        }
        // Subclasses are made by object's `tp_new` (a zeroed list is empty) and this.
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                try ListType.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs))
            }
        }
        let array = Krait_valueArray_type!
        TypeSetup.begin(array, name: "krait.value_array", basicSize: MemoryLayout<PyVarObject>.size, itemSize: 8)
        array.pointee.tp_traverse = List.traverseArray
    }

    /// Lexicographic, re-reading the lengths after each item comparison since Python
    /// `__eq__` methods may change the lists.
    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        if List.count(a) != List.count(b) && (op == .eq || op == .ne) { return .bool(op == .ne) }
        var i = 0
        while i < List.count(a) && i < List.count(b) {
            if !(try Protocols.equal(List.item(a, i), List.item(b, i))) { break }
            i += 1
        }
        let na = List.count(a), nb = List.count(b)
        if i >= na || i >= nb { return .bool(op.holds(na < nb ? -1 : na == nb ? 0 : 1)) }
        if op == .eq { return .false }
        if op == .ne { return .true }
        return try Protocols.richCompare(List.item(a, i), List.item(b, i), op)
    }

    static func repr(_ l: Value) throws(PyException) -> Value {
        if List.count(l) == 0 { return Str.make("[]") }
        var text = "["
        try Recursion.guarded(" while getting the repr of an object") { () throws(PyException) in
            var i = 0
            while i < List.count(l) {
                if i > 0 { text += ", " }
                text += try Protocols.reprText(List.item(l, i))
                i += 1
            }
        }
        return Str.make(text + "]")
    }
}
