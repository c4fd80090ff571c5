import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// The methods and attributes of `float` beyond its slots.
enum FloatMethods {
    static let table = TypeSetup.methodTable([
        MethodSpec("conjugate", doc: "conjugate($self, /)\n--\n\nReturn self, the complex conjugate of any float.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.conjugate")
                return exact(s)
            }
        },
        MethodSpec("__trunc__", doc: "__trunc__($self, /)\n--\n\nReturn the Integral closest to x between 0 and x.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.__trunc__")
                return try IntObject.fromDouble(FloatObject.value(s))
            }
        },
        MethodSpec("__floor__", doc: "__floor__($self, /)\n--\n\nReturn the floor as an Integral.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.__floor__")
                return try IntObject.fromDouble(floor(FloatObject.value(s)))
            }
        },
        MethodSpec("__ceil__", doc: "__ceil__($self, /)\n--\n\nReturn the ceiling as an Integral.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.__ceil__")
                return try IntObject.fromDouble(ceil(FloatObject.value(s)))
            }
        },
        MethodSpec("__round__", doc: "__round__($self, ndigits=None, /)\n--\n\nReturn the Integral closest to x, rounding half toward even.\n\nWhen an argument is passed, work like built-in round(x, ndigits).") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("__round__", min: 0, max: 1)
                return try FloatObject.round(FloatObject.value(s), args.optional(0))
            }
        },
        MethodSpec("as_integer_ratio", doc: "as_integer_ratio($self, /)\n--\n\nReturn integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and a ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.as_integer_ratio")
                return try FloatObject.integerRatio(FloatObject.value(s))
            }
        },
        MethodSpec("fromhex", flags: Int32(METH_CLASS), doc: "fromhex($type, string, /)\n--\n\nCreate a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.noKeywords("float.fromhex")
                guard n == 1 else { throw PyException.typeError("float.fromhex() takes exactly one argument (\(n) given)") }
                let result = FloatObject.make(try FloatObject.fromHex(args[0]))
                return s == Value(Krait_float_type) ? result : try Protocols.call(s, result)
            }
        },
        MethodSpec("hex", doc: "hex($self, /)\n--\n\nReturn a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.hex")
                return Str.make(FloatObject.hex(FloatObject.value(s)))
            }
        },
        MethodSpec("is_integer", doc: "is_integer($self, /)\n--\n\nReturn True if the float is an integer.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.is_integer")
                let x = FloatObject.value(s)
                return .bool(x.isFinite && x == x.rounded(.towardZero))
            }
        },
        MethodSpec("__getnewargs__", doc: "__getnewargs__($self, /)\n--\n\n") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("float.__getnewargs__")
                return Tuple.make(exact(s))
            }
        },
        MethodSpec("__getformat__", flags: Int32(METH_CLASS), doc: "__getformat__($type, typestr, /)\n--\n\nYou probably don't want to use this function.\n\n  typestr\n    Must be 'double' or 'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the format of floating point numbers used by the\nC type named by typestr.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let typestr = try Arguments(a, n, k).one("float.__getformat__")
                guard TypeObject.isSubtype(typestr.type, of: Krait_str_type) else {
                    throw PyException.typeError("__getformat__() argument must be str, not \(TypeObject.argumentTypeName(typestr))")
                }
                let name = Str.swiftString(typestr)
                guard name == "double" || name == "float" else {
                    throw PyException.valueError("__getformat__() argument 1 must be 'double' or 'float'")
                }
                return Str.make("IEEE, little-endian")
            }
        },
    ] + FormatMethods.float)

    /// `self` as an exact float.
    static func exact(_ v: Value) -> Value {
        v.isExactly(Krait_float_type) ? v : FloatObject.make(FloatObject.value(v))
    }

    static let getters = MemberDescriptors.getSetTable([
        GetSetSpec("real", doc: "the real part of a complex number", get: { o, _ in
            CBoundary.object { () throws(PyException) in exact(Value(o!)) }
        }),
        GetSetSpec("imag", doc: "the imaginary part of a complex number", get: { _, _ in
            CBoundary.object { () throws(PyException) in FloatObject.make(0) }
        }),
    ])
}
