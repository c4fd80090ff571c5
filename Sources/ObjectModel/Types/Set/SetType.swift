import ObjectLayout

/// The `set` and `frozenset` types' slots and constructors.
enum SetType {
    /// A binary operator on two sets, else NotImplemented (so the message names both types).
    static func binary(_ a: ObjectPointer?, _ b: ObjectPointer?,
                       _ body: (Value, Value) throws(PyException) -> Value) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            let x = Value(normalizing: a!), y = Value(normalizing: b!)
            guard Sets.isAnySet(x), Sets.isAnySet(y) else { return .notImplemented }
            return try body(x, y)
        }
    }

    /// An in-place operator: `a` is the set; `b` must be a set too.
    static func inPlace(_ a: ObjectPointer?, _ b: ObjectPointer?,
                        _ body: (Value, Value) throws(PyException) -> Void) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            let x = Value(a!), y = Value(normalizing: b!)
            guard Sets.isAnySet(y) else { return .notImplemented }
            try body(x, y)
            return x
        }
    }

    static func numberMethods(mutable: Bool) -> UnsafeMutablePointer<PyNumberMethods> {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_subtract = { a, b in SetType.binary(a, b) { x, y throws(PyException) in try SetOperations.difference(x, y) } }
        table.pointee.nb_and = { a, b in SetType.binary(a, b) { x, y throws(PyException) in try SetOperations.intersection(x, y) } }
        table.pointee.nb_xor = { a, b in SetType.binary(a, b) { x, y throws(PyException) in try SetOperations.symmetricDifference(x, y) } }
        table.pointee.nb_or = { a, b in
            SetType.binary(a, b) { x, y throws(PyException) in
                let result = try SetOperations.copy(x)
                if x != y { try SetOperations.update(result, y) }
                return result
            }
        }
        guard mutable else { return table }
        table.pointee.nb_inplace_subtract = { a, b in SetType.inPlace(a, b) { x, y throws(PyException) in try SetOperations.differenceUpdate(x, y) } }
        table.pointee.nb_inplace_and = { a, b in
            SetType.inPlace(a, b) { x, y throws(PyException) in SetOperations.swapBodies(x, try SetOperations.intersection(x, y)) }
        }
        table.pointee.nb_inplace_xor = { a, b in SetType.inPlace(a, b) { x, y throws(PyException) in try SetOperations.symmetricDifferenceUpdate(x, y) } }
        table.pointee.nb_inplace_or = { a, b in SetType.inPlace(a, b) { x, y throws(PyException) in try SetOperations.update(x, y) } }
        return table
    }

    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in Sets.count(Value(o!)) }
        table.pointee.sq_contains = { o, key in
            Int32(CBoundary.integer { () throws(PyException) in try Sets.containsKey(Value(o!), Value(normalizing: key!)) ? 1 : 0 })
        }
        return table
    }()

    /// `{1, 2}`, `frozenset({1})`, `S({1})` for subclasses; `set(...)` when met again
    /// inside its own repr.
    static func repr(_ s: Value) throws(PyException) -> Value {
        let name = TypeObject.name(s.type)
        return try ReprGuard.run(s, placeholder: "\(name)(...)") { () throws(PyException) in
            if Sets.count(s) == 0 { return Str.make("\(name)()") }
            let keys = List.new(capacity: Sets.count(s))
            try ListMethods.extend(keys, s)
            let listText = try Protocols.reprText(keys)
            let inner = "{" + listText.dropFirst().dropLast() + "}"
            return Str.make(s.isExactly(Krait_set_type) ? inner : "\(name)(\(inner))")
        }
    }

    /// The optional iterable of `set(...)`, `frozenset(...)` and their subclasses.
    static func iterable(_ args: Arguments, _ name: String) throws(PyException) -> Value? {
        try args.noKeywords(name)
        try args.positional(name, min: 0, max: 1)
        return args.optional(0)
    }

    static func setUp() {
        let flags = UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_MATCH_SELF)
        let set = Krait_set_type!, frozen = Krait_frozenset_type!
        TypeSetup.begin(set, name: "set", basicSize: MemoryLayout<PySetObject>.size, flags: flags,
                        doc: "set() -> new empty set object\nset(iterable) -> new set object\n\nBuild an unordered collection of unique elements.")
        TypeSetup.begin(frozen, name: "frozenset", basicSize: MemoryLayout<PySetObject>.size, flags: flags,
                        doc: "frozenset() -> empty frozenset object\nfrozenset(iterable) -> frozenset object\n\nBuild an immutable unordered collection of unique elements.")
        for t in [set, frozen] {
            t.pointee.tp_traverse = Sets.traverse
            t.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
            t.pointee.tp_weaklistoffset = MemoryLayout<PySetObject>.offset(of: \.weakreflist)!
            t.pointee.tp_as_sequence = sequenceMethods
            t.pointee.tp_iter = { o in SetIterator.make(Value(o!)).object }
            t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try SetType.repr(Value(o!)) } }
            t.pointee.tp_richcompare = { a, b, op in
                CBoundary.object { () throws(PyException) in
                    try SetOperations.compare(Value(a!), Value(normalizing: b!), CompareOp(rawValue: op)!)
                }
            }
        }
        set.pointee.tp_as_number = numberMethods(mutable: true)
        frozen.pointee.tp_as_number = numberMethods(mutable: false)
        set.pointee.tp_hash = Hashing.notImplemented
        frozen.pointee.tp_hash = { o in SetOperations.hash(Value(o!)) }
        set.pointee.tp_methods = TypeSetup.methodTable(SetMethods.table(frozen: false))
        frozen.pointee.tp_methods = TypeSetup.methodTable(SetMethods.table(frozen: true))

        NativeConstructors.register(set) { _, args throws(PyException) in
            let s = Sets.new()
            if let iterable = try SetType.iterable(args, "set") { try SetOperations.update(s, iterable) }
            return s
        }
        NativeConstructors.register(frozen) { _, args throws(PyException) in
            let iterable = try SetType.iterable(args, "frozenset")
            // frozenset(f) of a frozenset is f itself.
            if let iterable, iterable.isExactly(Krait_frozenset_type) { return iterable }
            let s = Sets.new(type: Krait_frozenset_type)
            if let iterable { try SetOperations.update(s, iterable) }
            return s
        }
        // Subclasses of set: an empty instance, then `__init__` fills it.
        set.pointee.tp_new = { type, _, _ in Sets.new(type: type!).object }
        set.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let s = Value(o!)
                let name = TypeObject.name(s.type)
                if kwargs.map({ Dict.count(Value($0)) > 0 }) == true { throw PyException.typeError("set() takes no keyword arguments") }
                let arguments = Arguments.from(tuple: args, keywords: nil)
                try arguments.positional(name, min: 0, max: 1)
                if Sets.set(s).pointee.fill > 0 { Sets.clear(s) }
                Sets.set(s).pointee.hash = -1
                if let iterable = arguments.optional(0) { try SetOperations.update(s, iterable) }
            }
        }
        // Subclasses of frozenset are filled by `__new__`, since their instances are immutable.
        frozen.pointee.tp_new = { type, args, kwargs in
            CBoundary.object { () throws(PyException) in
                let type = type!
                let noInit = type.pointee.tp_init.map { unsafeBitCast($0, to: UInt.self) }
                    == Krait_frozenset_type.pointee.tp_init.map { unsafeBitCast($0, to: UInt.self) }
                if noInit, kwargs.map({ Dict.count(Value($0)) > 0 }) == true {
                    throw PyException.typeError("frozenset() takes no keyword arguments")
                }
                let arguments = Arguments.from(tuple: args, keywords: nil)
                try arguments.positional(TypeObject.name(type), min: 0, max: 1)
                let s = Sets.new(type: type)
                if let iterable = arguments.optional(0) { try SetOperations.update(s, iterable) }
                return s
            }
        }
        let table = Krait_setTable_type!
        TypeSetup.begin(table, name: "krait.set_table", basicSize: Sets.tableHeader, itemSize: MemoryLayout<setentry>.stride)
        table.pointee.tp_traverse = Sets.traverseTable
        SetIterator.setUp()
    }
}
