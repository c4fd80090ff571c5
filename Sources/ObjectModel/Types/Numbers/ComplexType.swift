import ObjectLayout

/// The `complex` type's slots, methods and members.
enum ComplexType {
    /// A binary slot: both operands complex, float or int (either may be the complex,
    /// as reflected operations pass them in their original order), else NotImplemented.
    @inline(__always)
    static func binary(_ a: ObjectPointer?, _ b: ObjectPointer?,
                       _ body: (Py_complex, Py_complex) throws(PyException) -> Py_complex) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            guard let x = try ComplexObject.operand(Value(a!)), let y = try ComplexObject.operand(Value(b!)) else {
                return .notImplemented
            }
            return ComplexObject.make(try body(x, y))
        }
    }

    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_add = { a, b in binary(a, b) { x, y in ComplexOps.sum(x, y) } }
        table.pointee.nb_subtract = { a, b in binary(a, b) { x, y in ComplexOps.difference(x, y) } }
        table.pointee.nb_multiply = { a, b in binary(a, b) { x, y in ComplexOps.product(x, y) } }
        table.pointee.nb_true_divide = { a, b in binary(a, b) { x, y throws(PyException) in try ComplexOps.divide(x, y) } }
        table.pointee.nb_power = { a, b, c in
            CBoundary.object { () throws(PyException) in
                guard let x = try ComplexObject.operand(Value(a!)), let y = try ComplexObject.operand(Value(b!)) else {
                    return .notImplemented
                }
                guard Value(c!) == .none else { throw PyException.valueError("complex modulo") }
                return ComplexObject.make(try ComplexOps.power(x, y))
            }
        }
        table.pointee.nb_negative = { a in
            CBoundary.object { () throws(PyException) in ComplexObject.make(ComplexOps.negative(ComplexObject.value(Value(a!)))) }
        }
        table.pointee.nb_positive = { a in CBoundary.object { () throws(PyException) in ComplexObject.exact(Value(a!)) } }
        table.pointee.nb_absolute = { a in
            CBoundary.object { () throws(PyException) in
                let (result, overflow) = ComplexOps.magnitude(ComplexObject.value(Value(a!)))
                if overflow { throw PyException.overflowError("absolute value too large") }
                return FloatObject.make(result)
            }
        }
        table.pointee.nb_bool = { o in
            let z = ComplexObject.value(Value(o!))
            return z.real != 0 || z.imag != 0 ? 1 : 0
        }
        return table
    }()

    /// `==` and `!=` with ints (exactly, as float == int), floats and complexes; complex
    /// numbers have no order.
    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        guard op == .eq || op == .ne else { return .notImplemented }
        let z = ComplexObject.value(a)
        let equal: Bool
        if IntObject.check(b) {
            if z.imag == 0 { return try FloatCompare.compare(FloatObject.make(z.real), b, op) }
            equal = false
        } else if FloatObject.check(b) {
            equal = z.real == FloatObject.value(b) && z.imag == 0
        } else if ComplexObject.check(b) {
            let w = ComplexObject.value(b)
            equal = z.real == w.real && z.imag == w.imag
        } else {
            return .notImplemented
        }
        return .bool(equal == (op == .eq))
    }

    static let methods = TypeSetup.methodTable([
        MethodSpec("conjugate", doc: "conjugate($self, /)\n--\n\nReturn the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("complex.conjugate")
                let z = ComplexObject.value(s)
                return ComplexObject.make(z.real, -z.imag)
            }
        },
        MethodSpec("__getnewargs__", doc: "__getnewargs__($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("complex.__getnewargs__")
                let z = ComplexObject.value(s)
                let real = FloatObject.make(z.real)
                return Tuple.make(real, FloatObject.make(z.imag))
            }
        },
        MethodSpec("__complex__", doc: "__complex__($self, /)\n--\n\nConvert this value to exact type complex.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("complex.__complex__")
                return ComplexObject.exact(s)
            }
        },
    ] + FormatMethods.complex)

    static let members = MemberDescriptors.memberTable([
        (name: "real", type: Int32(T_DOUBLE), offset: MemoryLayout<PyObject>.size, readOnly: true,
         doc: "the real part of a complex number"),
        (name: "imag", type: Int32(T_DOUBLE), offset: MemoryLayout<PyObject>.size + MemoryLayout<Double>.size, readOnly: true,
         doc: "the imaginary part of a complex number"),
    ])

    static func setUp() {
        let t = Krait_complex_type!
        TypeSetup.begin(t, name: "complex", basicSize: MemoryLayout<PyComplexObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "complex(real=0, imag=0)\n--\n\nCreate a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.")
        t.pointee.tp_as_number = numberMethods
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in Str.make(ComplexFormat.repr(ComplexObject.value(Value(o!)))) }
        }
        t.pointee.tp_hash = { o in ComplexObject.hash(Value(o!)) }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in try ComplexType.compare(Value(a!), Value(b!), CompareOp(rawValue: op)!) }
        }
        t.pointee.tp_methods = methods
        t.pointee.tp_members = members
        t.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        t.pointee.tp_new = NumberNew.complex
        NativeConstructors.register(t) { _, args throws(PyException) in try ComplexConstructor.construct(args) }
    }
}
