import ObjectLayout

/// The `int` and `bool` types' slots.
enum IntType {
    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_bool = { o in Int32(IntObject.signedSize(Value(o!)) != 0 ? 1 : 0) }
        table.pointee.nb_int = { o in o }
        table.pointee.nb_index = { o in o }
        return table
    }()

    static func setUp() {
        let t = Krait_int_type!
        TypeSetup.begin(t, name: "int", basicSize: MemoryLayout<PyVarObject>.size, itemSize: 8,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_LONG_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF),
                        doc: "int([x]) -> integer\nint(x, base=10) -> integer\n\nConvert a number or string to an integer, or return 0 if no arguments\nare given.  If x is a number, return x.__int__().  For floating point\nnumbers, this truncates towards zero.\n\nIf x is not a number or if base is given, then x must be a string,\nbytes, or bytearray instance representing an integer literal in the\ngiven base.  The literal can be preceded by '+' or '-' and be surrounded\nby whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\nBase 0 means to interpret the base from the string as an integer literal.\n>>> int('0b100', base=0)\n4")
        t.pointee.tp_as_number = numberMethods
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(IntObject.decimal(Value(o!))) } }
        t.pointee.tp_hash = { o in IntObject.hash(Value(o!)) }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard IntObject.check(x), IntObject.check(y) else { return .notImplemented }
                return .bool(CompareOp(rawValue: op)!.holds(IntObject.compare(x, y)))
            }
        }

        let b = Krait_bool_type!
        TypeSetup.begin(b, name: "bool", basicSize: MemoryLayout<PyVarObject>.size, itemSize: 8, base: t,
                        doc: "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\nThe builtins True and False are the only two instances of the class bool.\nThe class bool is a subclass of the class int, and cannot be subclassed.")
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
        b.pointee.tp_new = t.pointee.tp_new
    }
}
