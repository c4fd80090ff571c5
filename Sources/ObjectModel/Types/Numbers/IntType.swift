import ObjectLayout

/// The `int` and `bool` types' slots.
enum IntType {
    /// A binary slot: NotImplemented unless both operands are ints, which `body` gets
    /// tagged when they fit.
    @inline(__always)
    static func binary(_ a: ObjectPointer?, _ b: ObjectPointer?,
                       _ body: (Value, Value) throws(PyException) -> Value) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            let x = Value(a!), y = Value(b!)
            guard IntObject.check(x), IntObject.check(y) else { return .notImplemented }
            return try body(IntObject.unboxed(x), IntObject.unboxed(y))
        }
    }

    @inline(__always)
    static func unary(_ a: ObjectPointer?, _ body: (Value) throws(PyException) -> Value) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in try body(IntObject.unboxed(Value(a!))) }
    }

    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_add = { a, b in binary(a, b) { x, y in IntOps.add(x, y) } }
        table.pointee.nb_subtract = { a, b in binary(a, b) { x, y in IntOps.subtract(x, y) } }
        table.pointee.nb_multiply = { a, b in binary(a, b) { x, y throws(PyException) in try IntOps.multiply(x, y) } }
        table.pointee.nb_remainder = { a, b in binary(a, b) { x, y throws(PyException) in try IntOps.remainder(x, y) } }
        table.pointee.nb_floor_divide = { a, b in binary(a, b) { x, y throws(PyException) in try IntOps.floorDivide(x, y) } }
        table.pointee.nb_true_divide = { a, b in
            binary(a, b) { x, y throws(PyException) in FloatObject.make(try IntObject.trueDivide(x, y)) }
        }
        table.pointee.nb_divmod = { a, b in
            binary(a, b) { x, y throws(PyException) in
                let (q, r) = try IntOps.divmod(x, y)
                return Tuple.make(q, r)
            }
        }
        table.pointee.nb_power = { a, b, c in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!), m = Value(c!)
                guard IntObject.check(x), IntObject.check(y), m == .none || IntObject.check(m) else { return .notImplemented }
                return try IntOps.power(IntObject.unboxed(x), IntObject.unboxed(y), m == .none ? m : IntObject.unboxed(m))
            }
        }
        table.pointee.nb_lshift = { a, b in binary(a, b) { x, y throws(PyException) in try IntOps.shiftLeft(x, y) } }
        table.pointee.nb_rshift = { a, b in binary(a, b) { x, y throws(PyException) in try IntOps.shiftRight(x, y) } }
        table.pointee.nb_and = { a, b in binary(a, b) { x, y in IntOps.and(x, y) } }
        table.pointee.nb_or = { a, b in binary(a, b) { x, y in IntOps.or(x, y) } }
        table.pointee.nb_xor = { a, b in binary(a, b) { x, y in IntOps.xor(x, y) } }
        table.pointee.nb_negative = { a in unary(a) { x in IntOps.negate(x) } }
        table.pointee.nb_positive = { a in unary(a) { x in IntObject.exact(x) } }
        table.pointee.nb_absolute = { a in unary(a) { x in IntOps.absolute(x) } }
        table.pointee.nb_invert = { a in unary(a) { x in IntOps.invert(x) } }
        table.pointee.nb_bool = { o in Int32(IntObject.signedSize(Value(o!)) != 0 ? 1 : 0) }
        table.pointee.nb_int = { a in unary(a) { x in IntObject.exact(x) } }
        table.pointee.nb_index = { a in unary(a) { x in IntObject.exact(x) } }
        table.pointee.nb_float = { a in unary(a) { x throws(PyException) in FloatObject.make(try IntObject.toDouble(x)) } }
        return table
    }()

    /// bool's own `&`, `|`, `^`: a bool for two bools, else int's.
    static let boolNumberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_and = { a, b in logical(a, b, numberMethods.pointee.nb_and!) { $0 && $1 } }
        table.pointee.nb_or = { a, b in logical(a, b, numberMethods.pointee.nb_or!) { $0 || $1 } }
        table.pointee.nb_xor = { a, b in logical(a, b, numberMethods.pointee.nb_xor!) { $0 != $1 } }
        return table
    }()

    @inline(__always)
    static func logical(_ a: ObjectPointer?, _ b: ObjectPointer?, _ intSlot: binaryfunc, _ op: (Bool, Bool) -> Bool) -> ObjectPointer? {
        let x = Value(a!), y = Value(b!)
        guard x.isExactly(Krait_bool_type), y.isExactly(Krait_bool_type) else { return intSlot(a, b) }
        return Value.bool(op(x == .true, y == .true)).object
    }

    static func setUp() {
        let t = Krait_int_type!
        TypeSetup.begin(t, name: "int", basicSize: MemoryLayout<PyVarObject>.size, itemSize: 8,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_LONG_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF),
                        doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4")
        t.pointee.tp_as_number = numberMethods
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(try IntObject.decimal(Value(o!))) } }
        t.pointee.tp_hash = { o in IntObject.hash(Value(o!)) }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard IntObject.check(x), IntObject.check(y) else { return .notImplemented }
                return .bool(CompareOp(rawValue: op)!.holds(IntObject.compare(x, y)))
            }
        }
        t.pointee.tp_methods = IntMethods.table
        t.pointee.tp_getset = IntMethods.getters
        t.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        t.pointee.tp_new = NumberNew.int
        NativeConstructors.register(t) { _, args throws(PyException) in try IntConstructor.construct(args) }

        let b = Krait_bool_type!
        TypeSetup.begin(b, name: "bool", basicSize: MemoryLayout<PyVarObject>.size, itemSize: 8, base: t,
                        doc: "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.")
        b.pointee.tp_as_number = boolNumberMethods
        b.pointee.tp_repr = { o in Interned.get(Value(o!) == .true ? "True" : "False").object }
        for (box, value) in [(Krait_False!, 0), (Krait_True!, 1)] {
            let long = box.layout(PyLongObject.self)
            long.pointee.ob_base.ob_base.ob_type = b
            long.pointee.ob_base.ob_size = value
            long.pointee.ob_digit = UInt64(value)
            Allocation.makeImmortal(box)
        }
        NativeConstructors.register(b) { _, args throws(PyException) in
            try args.positional("bool", min: 0, max: 1)
            return .bool(args.count == 1 ? try Protocols.isTrue(args[0]) : false)
        }
        // Its own `tp_new`, so `int.__new__(bool)` is refused as not safe, as in CPython.
        b.pointee.tp_new = NativeConstructors.newThroughBase
    }
}
