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
        MethodSpec("bit_length", doc: "bit_length($self, /)\n--\n\nNumber of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n>>> (37).bit_length()\n6") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.bit_length")
                return IntObject.make(BigInts.bitLength(BigInts.limbs(s)))
            }
        },
        MethodSpec("bit_count", doc: "bit_count($self, /)\n--\n\nNumber of ones in the binary representation of the absolute value of self.\n\nAlso known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.bit_count")
                let x = BigInts.limbs(s)
                return IntObject.make(x.isZero ? 0 : Int(krait_mpn_popcount(x.base, x.count)))
            }
        },
        MethodSpec("to_bytes", doc: "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\nReturn an array of bytes representing an integer.\n\n  length\n    Length of bytes object to use.  An OverflowError is raised if the\n    integer is not representable with the given number of bytes.  Default\n    is length 1.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Determines whether two's complement is used to represent the integer.\n    If signed is False and a negative integer is given, an OverflowError\n    is raised.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in try IntBytes.toBytes(s, Arguments(a, n, k)) }
        },
        MethodSpec("from_bytes", flags: Int32(METH_CLASS), doc: "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\nReturn the integer represented by the given array of bytes.\n\n  bytes\n    Holds the array of bytes to convert.  The argument must either\n    support the buffer protocol or be an iterable object producing bytes.\n    Bytes and bytearray are examples of built-in objects that support the\n    buffer protocol.\n  byteorder\n    The byte order used to represent the integer.  If byteorder is 'big',\n    the most significant byte is at the beginning of the byte array.  If\n    byteorder is 'little', the most significant byte is at the end of the\n    byte array.  To request the native byte order of the host system, use\n    `sys.byteorder' as the byte order value.  Default is to use 'big'.\n  signed\n    Indicates whether two's complement is used to represent the integer.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let value = try IntBytes.fromBytes(Arguments(a, n, k))
                return s == Value(Krait_int_type) ? value : try Protocols.call(s, value)
            }
        },
        MethodSpec("as_integer_ratio", doc: "as_integer_ratio($self, /)\n--\n\nReturn integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n>>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)") { s, a, n, k in
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
        MethodSpec("__round__", doc: "__round__($self, ndigits=<unrepresentable>, /)\n--\n\nRounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer.") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("__round__", min: 0, max: 1)
                return try IntOps.round(s, args.optional(0))
            }
        },
        MethodSpec("__getnewargs__", doc: "__getnewargs__($self, /)\n--\n\n") { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("int.__getnewargs__")
                return Tuple.make(IntObject.exact(s))
            }
        },
        MethodSpec("__sizeof__", doc: "__sizeof__($self, /)\n--\n\nReturns size in memory, in bytes.") { s, a, n, k in
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
