import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// The `float` type's slots.
enum FloatType {
    /// A binary slot: both operands floats or ints (converted exactly), else NotImplemented.
    @inline(__always)
    static func binary(_ a: ObjectPointer?, _ b: ObjectPointer?,
                       _ body: (Double, Double) throws(PyException) -> Value) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            guard let x = try FloatObject.operand(Value(a!)), let y = try FloatObject.operand(Value(b!)) else {
                return .notImplemented
            }
            return try body(x, y)
        }
    }

    @inline(__always)
    static func unary(_ a: ObjectPointer?, _ body: (Double) throws(PyException) -> Value) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in try body(FloatObject.value(Value(a!))) }
    }

    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_add = { a, b in binary(a, b) { x, y in FloatObject.make(x + y) } }
        table.pointee.nb_subtract = { a, b in binary(a, b) { x, y in FloatObject.make(x - y) } }
        table.pointee.nb_multiply = { a, b in binary(a, b) { x, y in FloatObject.make(x * y) } }
        table.pointee.nb_true_divide = { a, b in
            binary(a, b) { x, y throws(PyException) in FloatObject.make(try FloatOps.trueDivide(x, y)) }
        }
        table.pointee.nb_floor_divide = { a, b in
            binary(a, b) { x, y throws(PyException) in FloatObject.make(try FloatOps.floorDivide(x, y)) }
        }
        table.pointee.nb_remainder = { a, b in
            binary(a, b) { x, y throws(PyException) in FloatObject.make(try FloatOps.remainder(x, y)) }
        }
        table.pointee.nb_divmod = { a, b in
            binary(a, b) { x, y throws(PyException) in
                let (q, r) = try FloatOps.divmod(x, y)
                return Tuple.make(FloatObject.make(q), FloatObject.make(r))
            }
        }
        table.pointee.nb_power = { a, b, c in
            CBoundary.object { () throws(PyException) in
                // The modulus is refused before the operands are converted, as CPython's `float_pow`.
                guard Value(c!) == .none else {
                    throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                guard let x = try FloatObject.operand(Value(a!)), let y = try FloatObject.operand(Value(b!)) else {
                    return .notImplemented
                }
                return try FloatOps.power(x, y)
            }
        }
        table.pointee.nb_negative = { a in unary(a) { x in FloatObject.make(-x) } }
        table.pointee.nb_positive = { a in unary(a) { x in FloatObject.make(x) } }
        table.pointee.nb_absolute = { a in unary(a) { x in FloatObject.make(x.magnitude) } }
        table.pointee.nb_bool = { o in FloatObject.value(Value(o!)) != 0 ? 1 : 0 }
        table.pointee.nb_int = { a in unary(a) { x throws(PyException) in try IntObject.fromDouble(x) } }
        table.pointee.nb_float = { a in
            CBoundary.object { () throws(PyException) in
                let v = Value(a!)
                return v.isExactly(Krait_float_type) ? v : FloatObject.make(FloatObject.value(v))
            }
        }
        return table
    }()

    static func setUp() {
        let t = Krait_float_type!
        TypeSetup.begin(t, name: "float", basicSize: MemoryLayout<PyFloatObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_MATCH_SELF),
                        doc: "float(x=0, /)\n--\n\nConvert a string or number to a floating point number, if possible.")
        t.pointee.tp_as_number = numberMethods
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(FloatObject.repr(FloatObject.value(Value(o!)))) } }
        t.pointee.tp_hash = { o in FloatObject.hash(Value(o!)) }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in try FloatCompare.compare(Value(a!), Value(b!), CompareOp(rawValue: op)!) }
        }
        t.pointee.tp_methods = FloatMethods.table
        t.pointee.tp_getset = FloatMethods.getters
        t.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        t.pointee.tp_new = NumberNew.float
        NativeConstructors.register(t) { _, args throws(PyException) in
            try args.positional("float", min: 0, max: 1)
            return args.count == 0 ? FloatObject.make(0) : try FloatParse.construct(args[0])
        }
    }
}
