import ObjectLayout
import ObjectModel

/// Shared set-up for the types of native modules (itertools, _collections, …).
enum ModuleTypes {
    static let iterSelf: getiterfunc = { o in o }

    /// A new instance of `type` (possibly a Python subclass), zeroed.
    @inline(__always)
    static func allocate(_ type: TypePointer) -> ObjectPointer {
        Allocation.object(type, size: type.pointee.tp_basicsize)
    }

    /// The static type a (possibly Python-defined) `type` derives from.
    static func staticBase(_ type: TypePointer) -> TypePointer {
        var base = type
        while base.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0, let next = base.pointee.tp_base { base = next }
        return base
    }

    /// Begins a static type of a native module; `constructor` (if any) serves `tp_new`.
    static func define(_ type: TypePointer, _ name: String, size: Int, doc: String?, base: Bool = true,
                       traverse: @escaping traverseproc, constructor: NativeConstructors.Constructor? = nil) {
        TypeSetup.begin(type, name: name, basicSize: size, flags: base ? UInt(Py_TPFLAGS_BASETYPE) : 0, doc: doc)
        type.pointee.tp_traverse = traverse
        if let constructor {
            NativeConstructors.register(type, constructor)
            type.pointee.tp_new = NativeConstructors.newThroughBase
        } else {
            type.pointee.tp_flags |= UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION)
        }
    }

    /// Makes `type` an iterator whose `tp_iternext` is `next`.
    static func iterator(_ type: TypePointer, _ next: @escaping iternextfunc) {
        type.pointee.tp_iter = iterSelf
        type.pointee.tp_iternext = next
    }

    /// Stores the module's types under their names.
    static func add(_ module: Value, _ types: [(String, TypePointer)]) throws(PyException) -> Value {
        for (name, type) in types { try NativeModule.set(module, name, Value(type)) }
        return module
    }

    /// The C-ABI `tp_iternext` around a Swift step function (nil: exhausted).
    @inline(__always)
    static func iternext(_ o: ObjectPointer?, _ step: (Value) throws(PyException) -> Value?) -> ObjectPointer? {
        do throws(PyException) {
            return try step(Value(o!)).map { Boxing.object($0) }
        } catch {
            CBoundary.setPending(error)
            return nil
        }
    }

    /// The C-ABI `tp_repr` around a Swift function making the text.
    @inline(__always)
    static func repr(_ o: ObjectPointer?, _ body: (Value) throws(PyException) -> String) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in Str.make(try body(Value(o!))) }
    }

    /// The type's name as reprs show it (`count`, or a subclass's own name).
    static func shortName(_ v: Value) -> String { TypeObject.name(v.type) }

    /// CPython's `PyNumber_Check`: something `int()`, `float()` or `complex()` accepts.
    static func isNumber(_ v: Value) -> Bool {
        if v.isSmallInt { return true }
        if let n = v.type.pointee.tp_as_number, n.pointee.nb_index != nil || n.pointee.nb_int != nil || n.pointee.nb_float != nil {
            return true
        }
        return TypeObject.isSubtype(v.type, of: Krait_complex_type)
    }

    /// `isinstance(v, str)`.
    static func isStr(_ v: Value) -> Bool { TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) }

    /// `callable(v)`.
    static func isCallable(_ v: Value) -> Bool { v.type.pointee.kr_call != nil || v.type.pointee.tp_call != nil }

    /// A size argument as `PyArg_Parse`'s "n": an index, OverflowError when too big.
    static func size(_ v: Value) throws(PyException) -> Int {
        try Protocols.index(v, overflow: Krait_exc_OverflowError)
    }

    /// `tuple(v)`, reusing an exact tuple.
    static func tuple(_ v: Value) throws(PyException) -> Value {
        v.isExactly(Krait_tuple_type) ? v : try Protocols.call(Value(Krait_tuple_type), v)
    }

    /// Checks that only positional arguments were passed, with CPython's
    /// "f() takes no keyword arguments", unless a subclass's own `__init__` takes them.
    static func noKeywords(_ type: TypePointer, _ own: TypePointer, _ args: Arguments, _ name: String) throws(PyException) {
        if type == own || unsafeBitCast(type.pointee.tp_init, to: UInt.self) == unsafeBitCast(own.pointee.tp_init, to: UInt.self) {
            try args.noKeywords(name)
        }
    }

    /// A start or stop argument of `index` methods: an index, negative ones counted from the end.
    static func sliceBound(_ v: Value, _ count: Int) throws(PyException) -> Int {
        guard v.isSmallInt || v.type.pointee.tp_as_number?.pointee.nb_index != nil else {
            throw PyException.typeError("slice indices must be integers or have an __index__ method")
        }
        // Ints beyond a machine word clamp, as `_PyEval_SliceIndex` does.
        let index = try Protocols.indexValue(v)
        let i = IntObject.machineValue(index) ?? (IntObject.sign(index) < 0 ? Int.min / 2 : Int.max)
        return i < 0 ? Swift.max(i + count, 0) : i
    }
}
