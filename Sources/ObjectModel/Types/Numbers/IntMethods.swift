import CGMP
import ObjectLayout

/// The methods and attributes of `int` beyond its slots.
enum IntMethods {
    static let table = TypeSetup.methodTable([
        MethodSpec("conjugate", doc: "Returns self, the complex conjugate of any int.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.conjugate")
                return IntObject.exact(s)
            }
        },
        MethodSpec("bit_length", doc: "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.bit_length")
                return IntObject.make(BigInts.bitLength(BigInts.limbs(s)))
            }
        },
        MethodSpec("bit_count", doc: "Number of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.bit_count")
                let x = BigInts.limbs(s)
                return IntObject.make(x.isZero ? 0 : Int(krait_mpn_popcount(x.base, x.count)))
            }
        },
        MethodSpec("to_bytes", doc: "Return an array of bytes representing an integer.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in try IntBytes.toBytes(s, Arguments(a, n, k)) }
        },
        MethodSpec("from_bytes", flags: Int32(METH_CLASS), doc: "Return the integer represented by the given array of bytes.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let value = try IntBytes.fromBytes(Arguments(a, n, k))
                return s == Value(Krait_int_type) ? value : try Protocols.call(s, value)
            }
        },
        MethodSpec("as_integer_ratio", doc: "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.as_integer_ratio")
                return Tuple.make(IntObject.exact(s), Value(smallInt: 1))
            }
        },
        MethodSpec("__trunc__", doc: "Truncating an Integral returns itself.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.__trunc__")
                return IntObject.exact(s)
            }
        },
        MethodSpec("__floor__", doc: "Flooring an Integral returns itself.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.__floor__")
                return IntObject.exact(s)
            }
        },
        MethodSpec("__ceil__", doc: "Ceiling of an Integral returns itself.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.__ceil__")
                return IntObject.exact(s)
            }
        },
        MethodSpec("__round__", doc: "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("__round__", min: 0, max: 1)
                return try IntOps.round(s, args.optional(0))
            }
        },
        MethodSpec("__getnewargs__") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.__getnewargs__")
                return Tuple.make(IntObject.exact(s))
            }
        },
        MethodSpec("__sizeof__", doc: "Returns size in memory, in bytes.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.__sizeof__")
                // CPython's size: 30-bit digits, at least one, after a 24-byte header.
                let digits = (BigInts.bitLength(BigInts.limbs(s)) + 29) / 30
                return IntObject.make(24 + 4 * Swift.max(digits, 1))
            }
        },
    ] + FormatMethods.int)

    static let getters = MemberDescriptors.getSetTable([
        GetSetSpec("real", doc: "the real part of a complex number", get: { o, _ in
            CBoundary.object { () throws(PyException) in IntObject.exact(Value(o!)) }
        }),
        GetSetSpec("imag", doc: "the imaginary part of a complex number", get: { _, _ in
            CBoundary.object { () throws(PyException) in Value(smallInt: 0) }
        }),
        GetSetSpec("numerator", doc: "the numerator of a rational number in lowest terms", get: { o, _ in
            CBoundary.object { () throws(PyException) in IntObject.exact(Value(o!)) }
        }),
        GetSetSpec("denominator", doc: "the denominator of a rational number in lowest terms", get: { _, _ in
            CBoundary.object { () throws(PyException) in Value(smallInt: 1) }
        }),
    ])
}
