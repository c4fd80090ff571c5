import ObjectLayout

/// The `dict` type's slots and methods.
enum DictType {
    static let mappingMethods: UnsafeMutablePointer<PyMappingMethods> = {
        let table = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        table.initialize(to: PyMappingMethods())
        table.pointee.mp_length = { o in Dict.count(Value(o!)) }
        table.pointee.mp_subscript = { o, key in
            CBoundary.object { () throws(PyException) in try DictType.lookup(Value(o!), Value(key!)) }
        }
        table.pointee.mp_ass_subscript = { o, key, value in
            CBoundary.status { () throws(PyException) in
                if let value {
                    try Dict.setItem(Value(o!), Value(key!), Value(value))
                } else if !(try Dict.deleteItem(Value(o!), Value(key!))) {
                    throw PyException.keyError(Value(key!))
                }
            }
        }
        return table
    }()

    /// `d[key]`; a subclass's `__missing__` answers for absent keys.
    static func lookup(_ d: Value, _ key: Value) throws(PyException) -> Value {
        if let found = try Dict.getItem(d, key) { return found }
        if !d.isExactly(Krait_dict_type), let missing = SlotFunctions.lookupSpecial(d, "__missing__") {
            return try SlotFunctions.callUnbound(missing, d, [key])
        }
        throw PyException.keyError(key)
    }

    /// Only `in`: CPython's dict has no other sequence slot.
    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_contains = { o, key in
            Int32(CBoundary.integer { () throws(PyException) in try Dict.getItem(Value(o!), Value(key!)) != nil ? 1 : 0 })
        }
        return table
    }()

    static func setUp() {
        let t = Krait_dict_type!
        TypeSetup.begin(t, name: "dict", basicSize: MemoryLayout<PyDictObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_DICT_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF) | UInt(Py_TPFLAGS_MAPPING),
                        doc: "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)")
        t.pointee.tp_as_mapping = mappingMethods
        t.pointee.tp_traverse = Dict.traverse
        t.pointee.tp_iter = { o in DictIterator.make(Value(o!), type: Krait_dictKeyIterator_type).object }
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                let op = CompareOp(rawValue: op)!
                guard TypeObject.hasFlag(y.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)), op == .eq || op == .ne else { return .notImplemented }
                return .bool(try DictType.equal(x, y) == (op == .eq))
            }
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try ReprGuard.run(Value(o!), placeholder: "{...}") { () throws(PyException) in try DictType.repr(Value(o!)) } } }
        t.pointee.tp_methods = TypeSetup.methodTable(DictMethods.table())
        t.pointee.tp_as_sequence = sequenceMethods
        t.pointee.tp_as_number = DictUpdate.numberMethods
        NativeConstructors.register(t) { _, args throws(PyException) in
            let d = Dict.new()
            try DictUpdate.update(d, args, "dict")
            return d
        }
        // Subclasses: a new instance with an empty table, then `__init__` merges.
        t.pointee.tp_new = { type, _, _ in
            let object = Allocation.object(type!, size: type!.pointee.tp_basicsize)
            object.layout(PyDictObject.self).pointee.ma_keys = Dict.newKeys(size: Dict.minimumSize)
            return object
        }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                try DictUpdate.update(Value(o!), Arguments.from(tuple: args, keywords: kwargs), "dict")
            }
        }
        let keys = Krait_dictKeys_type!
        TypeSetup.begin(keys, name: "krait.dict_keys_block", basicSize: MemoryLayout<KraitDictKeys>.size)
        keys.pointee.tp_traverse = Dict.traverseKeys
    }

    /// Same keys with equal values; Python code run by the comparisons may change `a`,
    /// so each step re-reads it from its position.
    static func equal(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if Dict.count(a) != Dict.count(b) { return false }
        var position = 0
        while let (key, value, next) = Dict.next(a, from: position) {
            guard let other = try Dict.getItem(b, key) else { return false }
            if !(try Protocols.equal(value, other)) { return false }
            position = next
        }
        return true
    }

    static func repr(_ d: Value) throws(PyException) -> Value {
        if Dict.count(d) == 0 { return Str.make("{}") }
        var text = "{"
        try Recursion.guarded(" while getting the repr of an object") { () throws(PyException) in
            var position = 0
            var first = true
            while let (key, value, next) = Dict.next(d, from: position) {
                if !first { text += ", " }
                first = false
                text += try Protocols.reprText(key) + ": " + Protocols.reprText(value)
                position = next
            }
        }
        return Str.make(text + "}")
    }
}
