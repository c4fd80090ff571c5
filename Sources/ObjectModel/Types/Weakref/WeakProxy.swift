import ObjectLayout

/// `weakref.ProxyType` and `CallableProxyType`: every operation is the referent's,
/// with proxies among the operands replaced by their referents (but not a stored
/// value, a stored key or a `in` operand: CPython passes those on as they are); once
/// the referent died, ReferenceError. Proxies are unhashable, as CPython's.
enum WeakProxy {
    /// The referent of a proxy operand, other operands as they are.
    static func unwrap(_ o: ObjectPointer?) throws(PyException) -> Value {
        let v = Value(normalizing: o!)
        guard WeakReferences.isProxy(v) else { return v }
        let referent = WeakReferences.referent(WeakReferences.reference(v))
        if referent == .none { throw PyException(Krait_exc_ReferenceError, "weakly-referenced object no longer exists") }
        return referent
    }

    static func binary(_ a: ObjectPointer?, _ b: ObjectPointer?, _ op: BinaryOp) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in try Protocols.binary(unwrap(a), unwrap(b), op) }
    }

    static func inPlace(_ a: ObjectPointer?, _ b: ObjectPointer?, _ op: BinaryOp) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in try Protocols.inPlace(unwrap(a), unwrap(b), op) }
    }

    static func unary(_ o: ObjectPointer?, _ op: UnaryOp) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in try Protocols.unary(unwrap(o), op) }
    }

    /// `int(p)`, `float(p)`, `bytes(p)`, `reversed(p)`: the builtin applied to the referent.
    static func convert(_ o: ObjectPointer?, _ type: TypePointer) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in try Protocols.call(Value(type), unwrap(o)) }
    }

    static func repr(_ o: ObjectPointer) -> Value {
        let referent = WeakReferences.referent(o.layout(PyWeakReference.self))
        let typeName = String(cString: referent.type.pointee.tp_name)
        return Str.make("<weakproxy at \(WeakReferences.address(o)) to \(typeName) at \(WeakReferences.address(Boxing.object(referent)))>")
    }

    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let n = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        n.initialize(to: PyNumberMethods())
        n.pointee.nb_add = { a, b in WeakProxy.binary(a, b, .add) }
        n.pointee.nb_subtract = { a, b in WeakProxy.binary(a, b, .subtract) }
        n.pointee.nb_multiply = { a, b in WeakProxy.binary(a, b, .multiply) }
        n.pointee.nb_remainder = { a, b in WeakProxy.binary(a, b, .remainder) }
        n.pointee.nb_divmod = { a, b in WeakProxy.binary(a, b, .divmod) }
        n.pointee.nb_power = { a, b, c in
            CBoundary.object { () throws(PyException) in try Protocols.ternaryPower(WeakProxy.unwrap(a), WeakProxy.unwrap(b), WeakProxy.unwrap(c)) }
        }
        n.pointee.nb_lshift = { a, b in WeakProxy.binary(a, b, .lshift) }
        n.pointee.nb_rshift = { a, b in WeakProxy.binary(a, b, .rshift) }
        n.pointee.nb_and = { a, b in WeakProxy.binary(a, b, .and) }
        n.pointee.nb_xor = { a, b in WeakProxy.binary(a, b, .xor) }
        n.pointee.nb_or = { a, b in WeakProxy.binary(a, b, .or) }
        n.pointee.nb_floor_divide = { a, b in WeakProxy.binary(a, b, .floorDivide) }
        n.pointee.nb_true_divide = { a, b in WeakProxy.binary(a, b, .trueDivide) }
        n.pointee.nb_matrix_multiply = { a, b in WeakProxy.binary(a, b, .matrixMultiply) }
        n.pointee.nb_inplace_add = { a, b in WeakProxy.inPlace(a, b, .add) }
        n.pointee.nb_inplace_subtract = { a, b in WeakProxy.inPlace(a, b, .subtract) }
        n.pointee.nb_inplace_multiply = { a, b in WeakProxy.inPlace(a, b, .multiply) }
        n.pointee.nb_inplace_remainder = { a, b in WeakProxy.inPlace(a, b, .remainder) }
        n.pointee.nb_inplace_power = { a, b, _ in WeakProxy.inPlace(a, b, .power) }
        n.pointee.nb_inplace_lshift = { a, b in WeakProxy.inPlace(a, b, .lshift) }
        n.pointee.nb_inplace_rshift = { a, b in WeakProxy.inPlace(a, b, .rshift) }
        n.pointee.nb_inplace_and = { a, b in WeakProxy.inPlace(a, b, .and) }
        n.pointee.nb_inplace_xor = { a, b in WeakProxy.inPlace(a, b, .xor) }
        n.pointee.nb_inplace_or = { a, b in WeakProxy.inPlace(a, b, .or) }
        n.pointee.nb_inplace_floor_divide = { a, b in WeakProxy.inPlace(a, b, .floorDivide) }
        n.pointee.nb_inplace_true_divide = { a, b in WeakProxy.inPlace(a, b, .trueDivide) }
        n.pointee.nb_inplace_matrix_multiply = { a, b in WeakProxy.inPlace(a, b, .matrixMultiply) }
        n.pointee.nb_negative = { o in WeakProxy.unary(o, .negative) }
        n.pointee.nb_positive = { o in WeakProxy.unary(o, .positive) }
        n.pointee.nb_absolute = { o in WeakProxy.unary(o, .absolute) }
        n.pointee.nb_invert = { o in WeakProxy.unary(o, .invert) }
        n.pointee.nb_bool = { o in
            Int32(CBoundary.integer { () throws(PyException) in try Protocols.isTrue(WeakProxy.unwrap(o)) ? 1 : 0 })
        }
        n.pointee.nb_int = { o in WeakProxy.convert(o, Krait_int_type) }
        n.pointee.nb_float = { o in WeakProxy.convert(o, Krait_float_type) }
        n.pointee.nb_index = { o in CBoundary.object { () throws(PyException) in try Protocols.indexValue(WeakProxy.unwrap(o)) } }
        return n
    }()

    static let mappingMethods: UnsafeMutablePointer<PyMappingMethods> = {
        let m = UnsafeMutablePointer<PyMappingMethods>.allocate(capacity: 1)
        m.initialize(to: PyMappingMethods())
        m.pointee.mp_length = { o in CBoundary.integer { () throws(PyException) in try Protocols.length(WeakProxy.unwrap(o)) } }
        m.pointee.mp_subscript = { o, key in
            CBoundary.object { () throws(PyException) in try Protocols.getItem(WeakProxy.unwrap(o), WeakProxy.unwrap(key)) }
        }
        m.pointee.mp_ass_subscript = { o, key, value in
            CBoundary.status { () throws(PyException) in
                try Protocols.setItem(WeakProxy.unwrap(o), Value(normalizing: key!), value.map { Value(normalizing: $0) })
            }
        }
        return m
    }()

    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let s = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        s.initialize(to: PySequenceMethods())
        s.pointee.sq_contains = { o, item in
            Int32(CBoundary.integer { () throws(PyException) in
                try Protocols.contains(WeakProxy.unwrap(o), Value(normalizing: item!)) ? 1 : 0
            })
        }
        return s
    }()

    static func setUp() {
        for (type, name) in [(Krait_weakProxy_type!, "weakref.ProxyType"), (Krait_weakCallableProxy_type!, "weakref.CallableProxyType")] {
            TypeSetup.begin(type, name: name, basicSize: MemoryLayout<PyWeakReference>.size)
            type.pointee.tp_traverse = WeakReferences.traverse
            type.pointee.tp_hash = Hashing.notImplemented
            type.pointee.tp_as_number = numberMethods
            type.pointee.tp_as_mapping = mappingMethods
            type.pointee.tp_as_sequence = sequenceMethods
            type.pointee.tp_getattro = { o, name in
                CBoundary.object { () throws(PyException) in try Protocols.getAttribute(WeakProxy.unwrap(o), Value(name!)) }
            }
            type.pointee.tp_setattro = { o, name, value in
                CBoundary.status { () throws(PyException) in
                    try Protocols.setAttribute(WeakProxy.unwrap(o), Value(name!), value.map { Value(normalizing: $0) } ?? .empty)
                }
            }
            type.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in WeakProxy.repr(o!) } }
            type.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Protocols.str(WeakProxy.unwrap(o)) } }
            type.pointee.tp_richcompare = { a, b, op in
                CBoundary.object { () throws(PyException) in
                    try Protocols.richCompare(WeakProxy.unwrap(a), WeakProxy.unwrap(b), CompareOp(rawValue: op)!)
                }
            }
            type.pointee.tp_iter = { o in CBoundary.object { () throws(PyException) in try Protocols.iterator(WeakProxy.unwrap(o)) } }
            type.pointee.tp_iternext = { o in
                do throws(PyException) {
                    let iterator = try WeakProxy.unwrap(o)
                    guard iterator.type.pointee.tp_iternext != nil else {
                        throw PyException.typeError("Weakref proxy referenced a non-iterator '\(TypeObject.name(iterator.type))' object")
                    }
                    return try Protocols.next(iterator).map { Boxing.object($0) }
                } catch {
                    CBoundary.setPending(error)
                    return nil
                }
            }
            // CPython gives these two methods to proxies of non-callables only.
            if type == Krait_weakCallableProxy_type { continue }
            type.pointee.tp_methods = TypeSetup.methodTable([
                MethodSpec("__bytes__") { s, a, n, k in
                    CBoundary.value { () throws(PyException) in
                        try Arguments(a, n, k).none("__bytes__")
                        return try Protocols.call(Value(Krait_bytes_type), WeakProxy.unwrap(Boxing.object(s)))
                    }
                },
                MethodSpec("__reversed__") { s, a, n, k in
                    CBoundary.value { () throws(PyException) in
                        try Arguments(a, n, k).none("__reversed__")
                        return try Protocols.call(Value(Krait_reversed_type), WeakProxy.unwrap(Boxing.object(s)))
                    }
                },
            ])
        }
        Krait_weakCallableProxy_type.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in try Protocols.call(WeakProxy.unwrap(Boxing.object(s)), Arguments(a, n, k)) }
        }
    }
}
