import ObjectLayout
import ObjectModel

/// The functions of `_operator`, each with CPython's argument checks and doc.
enum OperatorFunctions {
    static let table: [MethodSpec] = [
        MethodSpec("add", doc: "add($module, a, b, /)\n--\n\nSame as a + b.") { _, a, n, k in OperatorModule.binary(a, n, k, "add", .add) },
        MethodSpec("sub", doc: "sub($module, a, b, /)\n--\n\nSame as a - b.") { _, a, n, k in OperatorModule.binary(a, n, k, "sub", .subtract) },
        MethodSpec("mul", doc: "mul($module, a, b, /)\n--\n\nSame as a * b.") { _, a, n, k in OperatorModule.binary(a, n, k, "mul", .multiply) },
        MethodSpec("truediv", doc: "truediv($module, a, b, /)\n--\n\nSame as a / b.") { _, a, n, k in OperatorModule.binary(a, n, k, "truediv", .trueDivide) },
        MethodSpec("floordiv", doc: "floordiv($module, a, b, /)\n--\n\nSame as a // b.") { _, a, n, k in OperatorModule.binary(a, n, k, "floordiv", .floorDivide) },
        MethodSpec("mod", doc: "mod($module, a, b, /)\n--\n\nSame as a % b.") { _, a, n, k in OperatorModule.binary(a, n, k, "mod", .remainder) },
        MethodSpec("pow", doc: "pow($module, a, b, /)\n--\n\nSame as a ** b.") { _, a, n, k in OperatorModule.binary(a, n, k, "pow", .power) },
        MethodSpec("lshift", doc: "lshift($module, a, b, /)\n--\n\nSame as a << b.") { _, a, n, k in OperatorModule.binary(a, n, k, "lshift", .lshift) },
        MethodSpec("rshift", doc: "rshift($module, a, b, /)\n--\n\nSame as a >> b.") { _, a, n, k in OperatorModule.binary(a, n, k, "rshift", .rshift) },
        MethodSpec("and_", doc: "and_($module, a, b, /)\n--\n\nSame as a & b.") { _, a, n, k in OperatorModule.binary(a, n, k, "and_", .and) },
        MethodSpec("or_", doc: "or_($module, a, b, /)\n--\n\nSame as a | b.") { _, a, n, k in OperatorModule.binary(a, n, k, "or_", .or) },
        MethodSpec("xor", doc: "xor($module, a, b, /)\n--\n\nSame as a ^ b.") { _, a, n, k in OperatorModule.binary(a, n, k, "xor", .xor) },
        MethodSpec("matmul", doc: "matmul($module, a, b, /)\n--\n\nSame as a @ b.") { _, a, n, k in OperatorModule.binary(a, n, k, "matmul", .matrixMultiply) },
        MethodSpec("iadd", doc: "iadd($module, a, b, /)\n--\n\nSame as a += b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "iadd", .add) },
        MethodSpec("isub", doc: "isub($module, a, b, /)\n--\n\nSame as a -= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "isub", .subtract) },
        MethodSpec("imul", doc: "imul($module, a, b, /)\n--\n\nSame as a *= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "imul", .multiply) },
        MethodSpec("itruediv", doc: "itruediv($module, a, b, /)\n--\n\nSame as a /= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "itruediv", .trueDivide) },
        MethodSpec("ifloordiv", doc: "ifloordiv($module, a, b, /)\n--\n\nSame as a //= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "ifloordiv", .floorDivide) },
        MethodSpec("imod", doc: "imod($module, a, b, /)\n--\n\nSame as a %= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "imod", .remainder) },
        MethodSpec("ipow", doc: "ipow($module, a, b, /)\n--\n\nSame as a **= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "ipow", .power) },
        MethodSpec("ilshift", doc: "ilshift($module, a, b, /)\n--\n\nSame as a <<= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "ilshift", .lshift) },
        MethodSpec("irshift", doc: "irshift($module, a, b, /)\n--\n\nSame as a >>= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "irshift", .rshift) },
        MethodSpec("iand", doc: "iand($module, a, b, /)\n--\n\nSame as a &= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "iand", .and) },
        MethodSpec("ior", doc: "ior($module, a, b, /)\n--\n\nSame as a |= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "ior", .or) },
        MethodSpec("ixor", doc: "ixor($module, a, b, /)\n--\n\nSame as a ^= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "ixor", .xor) },
        MethodSpec("imatmul", doc: "imatmul($module, a, b, /)\n--\n\nSame as a @= b.") { _, a, n, k in OperatorModule.inPlace(a, n, k, "imatmul", .matrixMultiply) },
        MethodSpec("lt", doc: "lt($module, a, b, /)\n--\n\nSame as a < b.") { _, a, n, k in OperatorModule.compare(a, n, k, "lt", .lt) },
        MethodSpec("le", doc: "le($module, a, b, /)\n--\n\nSame as a <= b.") { _, a, n, k in OperatorModule.compare(a, n, k, "le", .le) },
        MethodSpec("eq", doc: "eq($module, a, b, /)\n--\n\nSame as a == b.") { _, a, n, k in OperatorModule.compare(a, n, k, "eq", .eq) },
        MethodSpec("ne", doc: "ne($module, a, b, /)\n--\n\nSame as a != b.") { _, a, n, k in OperatorModule.compare(a, n, k, "ne", .ne) },
        MethodSpec("gt", doc: "gt($module, a, b, /)\n--\n\nSame as a > b.") { _, a, n, k in OperatorModule.compare(a, n, k, "gt", .gt) },
        MethodSpec("ge", doc: "ge($module, a, b, /)\n--\n\nSame as a >= b.") { _, a, n, k in OperatorModule.compare(a, n, k, "ge", .ge) },
        MethodSpec("neg", doc: "neg($module, a, /)\n--\n\nSame as -a.") { _, a, n, k in OperatorModule.unary(a, n, k, "neg", .negative) },
        MethodSpec("pos", doc: "pos($module, a, /)\n--\n\nSame as +a.") { _, a, n, k in OperatorModule.unary(a, n, k, "pos", .positive) },
        MethodSpec("abs", doc: "abs($module, a, /)\n--\n\nSame as abs(a).") { _, a, n, k in OperatorModule.unary(a, n, k, "abs", .absolute) },
        MethodSpec("inv", doc: "inv($module, a, /)\n--\n\nSame as ~a.") { _, a, n, k in OperatorModule.unary(a, n, k, "inv", .invert) },
        MethodSpec("invert", doc: "invert($module, a, /)\n--\n\nSame as ~a.") { _, a, n, k in OperatorModule.unary(a, n, k, "invert", .invert) },
        MethodSpec("not_", doc: "not_($module, a, /)\n--\n\nSame as not a.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in .bool(!(try Protocols.isTrue(try Arguments(a, n, k).one("_operator.not_")))) }
        },
        MethodSpec("truth", doc: "truth($module, a, /)\n--\n\nReturn True if a is true, False otherwise.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in .bool(try Protocols.isTrue(try Arguments(a, n, k).one("_operator.truth"))) }
        },
        MethodSpec("index", doc: "index($module, a, /)\n--\n\nSame as a.__index__()") { _, a, n, k in
            CBoundary.value { () throws(PyException) in IntObject.exact(try Protocols.indexValue(try Arguments(a, n, k).one("_operator.index"))) }
        },
        MethodSpec("is_", doc: "is_($module, a, b, /)\n--\n\nSame as a is b.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "is_")
                return .bool(x == y)
            }
        },
        MethodSpec("is_not", doc: "is_not($module, a, b, /)\n--\n\nSame as a is not b.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "is_not")
                return .bool(x != y)
            }
        },
        MethodSpec("concat", doc: "concat($module, a, b, /)\n--\n\nSame as a + b, for a and b sequences.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "concat")
                return try OperatorModule.concat(x, y, inPlace: false)
            }
        },
        MethodSpec("iconcat", doc: "iconcat($module, a, b, /)\n--\n\nSame as a += b, for a and b sequences.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "iconcat")
                return try OperatorModule.concat(x, y, inPlace: true)
            }
        },
        MethodSpec("contains", doc: "contains($module, a, b, /)\n--\n\nSame as b in a (note reversed operands).") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "contains")
                return .bool(try Protocols.contains(x, y))
            }
        },
        MethodSpec("countOf", doc: "countOf($module, a, b, /)\n--\n\nReturn the number of items in a which are, or which equal, b.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "countOf")
                var count = 0
                try OperatorModule.search(x, y) { _ in
                    count += 1
                    return true
                }
                return IntObject.make(count)
            }
        },
        MethodSpec("indexOf", doc: "indexOf($module, a, b, /)\n--\n\nReturn the first index of b in a.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "indexOf")
                var found: Int?
                try OperatorModule.search(x, y) { i in
                    found = i
                    return false
                }
                guard let found else { throw PyException.valueError("sequence.index(x): x not in sequence") }
                return IntObject.make(found)
            }
        },
        MethodSpec("getitem", doc: "getitem($module, a, b, /)\n--\n\nSame as a[b].") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "getitem")
                return try Protocols.getItem(x, y)
            }
        },
        MethodSpec("delitem", doc: "delitem($module, a, b, /)\n--\n\nSame as del a[b].") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "delitem")
                try Protocols.setItem(x, y, nil)
                return .none
            }
        },
        MethodSpec("setitem", doc: "setitem($module, a, b, c, /)\n--\n\nSame as a[b] = c.") { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                try args.noKeywords("_operator.setitem")
                try args.positional("setitem", min: 3, max: 3)
                try Protocols.setItem(args[0], args[1], args[2])
                return .none
            }
        },
        MethodSpec("length_hint", doc: "length_hint($module, obj, default=0, /)\n--\n\nReturn an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0.") { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                try args.noKeywords("_operator.length_hint")
                try args.positional("length_hint", min: 1, max: 2)
                let fallback = try args.optional(1).map { v throws(PyException) in try ModuleTypes.size(v) } ?? 0
                return IntObject.make(try OperatorModule.lengthHint(args[0], fallback))
            }
        },
        MethodSpec("call", doc: "call($module, obj, /, *args, **kwargs)\n--\n\nSame as obj(*args, **kwargs).") { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                guard args.count >= 1 else { throw PyException.typeError("call expected at least 1 argument, got 0") }
                return try Protocols.call(args[0], Arguments(args.base! + 1, args.count - 1, args.kwnames))
            }
        },
        MethodSpec("_compare_digest", doc: "_compare_digest($module, a, b, /)\n--\n\nReturn 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let (x, y) = try OperatorModule.pair(a, n, k, "_compare_digest")
                return .bool(try OperatorModule.compareDigest(x, y))
            }
        },
    ]
}
