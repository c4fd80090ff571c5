import ObjectLayout

/// `enumerate`, `zip`, `map`, `filter` and `reversed`: iterators over other iterables.
enum BuiltinIterators {
    static let iterSelf: getiterfunc = { o in o }

    /// The next item of `iterator`, or nil at its end (a pending error is thrown).
    @inline(__always)
    static func next(_ iterator: Value) throws(PyException) -> Value? { try Protocols.next(iterator) }

    /// The C-ABI `tp_iternext` around a Swift step function.
    static func iternext(_ o: ObjectPointer?, _ step: (Value) throws(PyException) -> Value?) -> ObjectPointer? {
        do throws(PyException) {
            return try step(Value(o!)).map { Boxing.object($0) }
        } catch {
            CBoundary.setPending(error)
            return nil
        }
    }

    static func iterators(_ args: Arguments, from start: Int) throws(PyException) -> Value {
        let t = Tuple.allocate(count: args.count - start)
        for i in start..<args.count { Tuple.items(t)[i - start] = try Protocols.iterator(args[i]) }
        return t
    }

    static func onlyKeyword(_ args: Arguments, _ allowed: String, _ function: String) throws(PyException) {
        for i in 0..<args.keywordCount {
            let key = Str.swiftString(Tuple.item(args.kwnames, i))
            if key != allowed { throw PyException.typeError("'\(key)' is an invalid keyword argument for \(function)()") }
        }
    }

    static func define(_ type: TypePointer, _ name: String, size: Int, doc: String, next: @escaping iternextfunc,
                       traverse: @escaping traverseproc, constructor: @escaping NativeConstructors.Constructor) {
        TypeSetup.begin(type, name: name, basicSize: size, flags: UInt(Py_TPFLAGS_BASETYPE), doc: doc)
        type.pointee.tp_iter = iterSelf
        type.pointee.tp_iternext = next
        type.pointee.tp_traverse = traverse
        NativeConstructors.register(type, constructor)
        type.pointee.tp_new = NativeConstructors.newThroughBase
    }

    static func setUp() {
        define(Krait_enumerate_type, "enumerate", size: MemoryLayout<KraitEnumerateObject>.size,
               doc: "enumerate(iterable, start=0)\n--\n\nReturn an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
               next: { o in BuiltinIterators.iternext(o) { v throws(PyException) in try BuiltinIterators.enumerateNext(v) } },
               traverse: { o, visit, arg in
                   let e = o!.layout(KraitEnumerateObject.self)
                   Trace.visit(e.pointee.en_iterator, visit, arg)
                   Trace.visit(e.pointee.en_index, visit, arg)
                   return 0
               }, constructor: { type, args throws(PyException) in try BuiltinIterators.makeEnumerate(type, args) })
        define(Krait_zip_type, "zip", size: MemoryLayout<KraitZipObject>.size,
               doc: "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.\n\n   >>> list(zip('abcdefg', range(3), range(4)))\n   [('a', 0, 0), ('b', 1, 1), ('c', 2, 2)]\n\nThe zip object yields n-length tuples, where n is the number of iterables\npassed as positional arguments to zip().  The i-th element in every tuple\ncomes from the i-th iterable argument to zip().  This continues until the\nshortest argument is exhausted.\n\nIf strict is true and one of the arguments is exhausted before the others,\nraise a ValueError.",
               next: { o in BuiltinIterators.iternext(o) { v throws(PyException) in try BuiltinIterators.zipNext(v) } },
               traverse: { o, visit, arg in
                   Trace.visit(o!.layout(KraitZipObject.self).pointee.zip_iterators, visit, arg)
                   return 0
               }, constructor: { type, args throws(PyException) in try BuiltinIterators.makeZip(type, args) })
        let mapTraverse: traverseproc = { o, visit, arg in
            let m = o!.layout(KraitMapObject.self)
            Trace.visit(m.pointee.mf_function, visit, arg)
            Trace.visit(m.pointee.mf_iterators, visit, arg)
            return 0
        }
        define(Krait_map_type, "map", size: MemoryLayout<KraitMapObject>.size,
               doc: "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.",
               next: { o in BuiltinIterators.iternext(o) { v throws(PyException) in try BuiltinIterators.mapNext(v) } },
               traverse: mapTraverse, constructor: { type, args throws(PyException) in
                   if BuiltinIterators.initIsInherited(type, Krait_map_type) { try args.noKeywords("map") }
                   guard args.count >= 2 else { throw PyException.typeError("map() must have at least two arguments.") }
                   return try BuiltinIterators.makeMap(type, args[0], try BuiltinIterators.iterators(args, from: 1))
               })
        define(Krait_filter_type, "filter", size: MemoryLayout<KraitMapObject>.size,
               doc: "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.",
               next: { o in BuiltinIterators.iternext(o) { v throws(PyException) in try BuiltinIterators.filterNext(v) } },
               traverse: mapTraverse, constructor: { type, args throws(PyException) in
                   if BuiltinIterators.initIsInherited(type, Krait_filter_type) { try args.noKeywords("filter") }
                   try args.positionalCount("filter", min: 2, max: 2)
                   return try BuiltinIterators.makeMap(type, args[0], try BuiltinIterators.iterators(args, from: 1))
               })
        define(Krait_reversed_type, "reversed", size: MemoryLayout<KraitReversedObject>.size,
               doc: "reversed(sequence, /)\n--\n\nReturn a reverse iterator over the values of the given sequence.",
               next: { o in BuiltinIterators.iternext(o) { v throws(PyException) in try BuiltinIterators.reversedNext(v) } },
               traverse: { o, visit, arg in
                   Trace.visit(o!.layout(KraitReversedObject.self).pointee.rev_sequence, visit, arg)
                   return 0
               }, constructor: { type, args throws(PyException) in try BuiltinIterators.makeReversed(type, args) })
    }

    // MARK: enumerate

    static func makeEnumerate(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let (iterable, start) = try enumerateArguments(type, args)
        let index = try start.map { s throws(PyException) in try Protocols.indexValue(s) } ?? IntObject.make(0)
        let iterator = try Protocols.iterator(iterable)
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        object.layout(KraitEnumerateObject.self).pointee.en_iterator = iterator
        object.layout(KraitEnumerateObject.self).pointee.en_index = index
        return Value(object)
    }

    /// `(iterable, start=0)`. Exact enumerate is called through CPython's hand-written
    /// vectorcall, whose checks and messages differ from Argument Clinic's, which
    /// subclasses go through.
    static func enumerateArguments(_ type: TypePointer, _ args: Arguments) throws(PyException) -> (Value, Value?) {
        let total = args.count + args.keywordCount
        guard type == Krait_enumerate_type else {
            if total > 2 {
                throw PyException.typeError("enumerate() takes at most 2 \(args.count == 0 ? "keyword " : "")arguments (\(total) given)")
            }
            let p = try args.parse("enumerate", ["iterable", "start"], required: 1)
            return (p[0]!, p[1])
        }
        func check(_ i: Int, _ expected: String) throws(PyException) {
            let name = Str.swiftString(Tuple.item(args.kwnames, i))
            if name != expected { throw PyException.typeError("'\(name)' is an invalid keyword argument for enumerate()") }
        }
        let values = args.base.unsafelyUnwrapped
        switch total {
        case 2:
            if args.keywordCount == 1 { try check(0, "start") }
            if args.keywordCount == 2 {
                if Str.swiftString(Tuple.item(args.kwnames, 0)) == "start" {
                    try check(1, "iterable")
                    return (values[1], values[0])
                }
                try check(0, "iterable")
                try check(1, "start")
            }
            return (values[0], values[1])
        case 1:
            if args.keywordCount == 1 { try check(0, "iterable") }
            return (values[0], nil)
        case _ where args.count == 0:
            throw PyException.typeError("enumerate() missing required argument 'iterable'")
        default:
            throw PyException.typeError("enumerate() takes at most 2 arguments (\(total) given)")
        }
    }

    static func enumerateNext(_ v: Value) throws(PyException) -> Value? {
        let e = v.layout(KraitEnumerateObject.self)
        guard let item = try next(e.pointee.en_iterator) else { return nil }
        let index = e.pointee.en_index
        e.pointee.en_index = index.isSmallInt && index.smallInt < Value.smallIntRange.upperBound
            ? Value(smallInt: index.smallInt + 1) : try Protocols.binary(index, Value(smallInt: 1), .add)
        return Tuple.make(index, item)
    }

    // MARK: zip

    static func makeZip(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        try onlyKeyword(args, "strict", "zip")
        let strict = try args.keyword("strict").map { s throws(PyException) in try Protocols.isTrue(s) } ?? false
        let iterators = try self.iterators(args, from: 0)
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        object.layout(KraitZipObject.self).pointee.zip_iterators = iterators
        object.layout(KraitZipObject.self).pointee.zip_strict = strict ? 1 : 0
        return Value(object)
    }

    static func zipNext(_ v: Value) throws(PyException) -> Value? {
        let z = v.layout(KraitZipObject.self)
        let iterators = z.pointee.zip_iterators
        let n = Tuple.count(iterators)
        guard n > 0 else { return nil }
        let result = Tuple.allocate(count: n)
        for i in 0..<n {
            guard let item = try next(Tuple.item(iterators, i)) else {
                if z.pointee.zip_strict != 0 { try zipStrictCheck(iterators, exhausted: i) }
                return nil
            }
            Tuple.items(result)[i] = item
        }
        return result
    }

    /// `zip(strict=True)`: the first iterator to end must end them all.
    static func zipStrictCheck(_ iterators: Value, exhausted i: Int) throws(PyException) {
        func plural(_ k: Int) -> String { k == 1 ? " " : "s 1-" }
        if i > 0 {
            throw PyException.valueError("zip() argument \(i + 1) is shorter than argument\(plural(i))\(i)")
        }
        for k in 1..<Tuple.count(iterators) where try next(Tuple.item(iterators, k)) != nil {
            throw PyException.valueError("zip() argument \(k + 1) is longer than argument\(plural(k))\(k)")
        }
    }

    // MARK: map and filter

    /// Whether `type` (the base itself or a subclass) still has `base`'s `__init__`: then
    /// the constructor refuses keywords, which a subclass's own `__init__` may take.
    static func initIsInherited(_ type: TypePointer, _ base: TypePointer) -> Bool {
        type == base || unsafeBitCast(type.pointee.tp_init, to: UInt.self) == unsafeBitCast(base.pointee.tp_init, to: UInt.self)
    }

    static func makeMap(_ type: TypePointer, _ function: Value, _ iterators: Value) throws(PyException) -> Value {
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        object.layout(KraitMapObject.self).pointee.mf_function = function
        object.layout(KraitMapObject.self).pointee.mf_iterators = iterators
        return Value(object)
    }

    static func mapNext(_ v: Value) throws(PyException) -> Value? {
        let m = v.layout(KraitMapObject.self)
        let iterators = m.pointee.mf_iterators
        let n = Tuple.count(iterators)
        let arguments = Tuple.allocate(count: n)
        for i in 0..<n {
            guard let item = try next(Tuple.item(iterators, i)) else { return nil }
            Tuple.items(arguments)[i] = item
        }
        return try withExtendedLifetime(arguments) { () throws(PyException) in
            try Protocols.call(m.pointee.mf_function, Arguments(Tuple.items(arguments), n, .empty))
        }
    }

    static func filterNext(_ v: Value) throws(PyException) -> Value? {
        let f = v.layout(KraitMapObject.self)
        let iterator = Tuple.item(f.pointee.mf_iterators, 0)
        let function = f.pointee.mf_function
        while let item = try next(iterator) {
            let keep = function == .none || function == Value(Krait_bool_type)
                ? try Protocols.isTrue(item) : try Protocols.isTrue(try Protocols.call(function, item))
            if keep { return item }
        }
        return nil
    }

    // MARK: reversed

    static func makeReversed(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("reversed")
        try args.positional("reversed", min: 1, max: 1)
        let sequence = args[0]
        if type == Krait_reversed_type, let method = SlotFunctions.lookupSpecial(sequence, "__reversed__") {
            if method == .none { throw PyException.typeError("'\(TypeObject.name(sequence.type))' object is not reversible") }
            return try SlotFunctions.callUnbound(method, sequence, [])
        }
        // CPython's PySequence_Check: an item slot, and not a dict.
        guard sequence.type.pointee.tp_as_sequence?.pointee.sq_item != nil,
              !TypeObject.hasFlag(sequence.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
            throw PyException.typeError("'\(TypeObject.name(sequence.type))' object is not reversible")
        }
        let length = try Protocols.length(sequence)
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        object.layout(KraitReversedObject.self).pointee.rev_sequence = sequence
        object.layout(KraitReversedObject.self).pointee.rev_index = length - 1
        return Value(object)
    }

    static func reversedNext(_ v: Value) throws(PyException) -> Value? {
        let r = v.layout(KraitReversedObject.self)
        let i = r.pointee.rev_index
        guard i >= 0, !r.pointee.rev_sequence.isEmpty else {
            // As CPython, the end drops the sequence (so `__reduce__` no longer names it).
            r.pointee.rev_index = -1
            r.pointee.rev_sequence = .empty
            return nil
        }
        r.pointee.rev_index = i - 1
        do throws(PyException) {
            return try Protocols.getItem(r.pointee.rev_sequence, IntObject.make(i))
        } catch where error.matches(Krait_exc_IndexError) || error.matches(Krait_exc_StopIteration) {
            r.pointee.rev_index = -1
            r.pointee.rev_sequence = .empty
            return nil
        }
    }
}
