import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The builtin functions that compute and convert: print, len, min, max, …
enum BuiltinFunctions {
    static let all: [MethodSpec] = [
        MethodSpec("print", doc: "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default.\n\n  sep\n    string inserted between values, default a space.\n  end\n    string appended after the last value, default a newline.\n  file\n    a file-like object (stream); defaults to the current sys.stdout.\n  flush\n    whether to forcibly flush the stream.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try printValues(Arguments(a, n, k)) }
        },
        MethodSpec("len", doc: "len($module, obj, /)\n--\n\nReturn the number of items in a container.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in IntObject.make(try Protocols.length(try Arguments(a, n, k).one("len"))) }
        },
        MethodSpec("repr", doc: "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object.\n\nFor many object types, including most builtins, eval(repr(obj)) == obj.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Protocols.repr(try Arguments(a, n, k).one("repr")) }
        },
        MethodSpec("ascii", doc: "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object.\n\nAs repr(), return a string containing a printable representation of an\nobject, but escape the non-ASCII characters in the string returned by\nrepr() using \\\\x, \\\\u or \\\\U escapes. This generates a string similar\nto that returned by repr() in Python 2.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Protocols.ascii(try Arguments(a, n, k).one("ascii")) }
        },
        MethodSpec("format", doc: "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__(format_spec)\n\nformat_spec defaults to the empty string.\nSee the Format Specification Mini-Language section of help('FORMATTING') for\ndetails.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("format", min: 1, max: 2)
                let spec = args.optional(1) ?? Str.make("")
                guard TypeObject.hasFlag(spec.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                    throw PyException.typeError("format() argument 2 must be str, not \(TypeObject.argumentTypeName(spec))")
                }
                return try Protocols.format(args[0], spec)
            }
        },
        MethodSpec("abs", doc: "abs($module, x, /)\n--\n\nReturn the absolute value of the argument.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Arguments(a, n, k).one("abs")
                if v.isSmallInt { return IntObject.make(v.smallInt.magnitude <= UInt(Int.max) ? abs(v.smallInt) : v.smallInt) }
                return try Protocols.unary(v, .absolute)
            }
        },
        MethodSpec("divmod", doc: "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("divmod", min: 2, max: 2)
                return try Protocols.binary(args[0], args[1], .divmod)
            }
        },
        MethodSpec("pow", doc: "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments\n\nSome types, such as ints, are able to use a more efficient algorithm when\ninvoked using the three argument form.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let p = try Arguments(a, n, k).parse("pow", ["base", "exp", "mod"], required: 2)
                guard let mod = p[2], mod != .none else { return try Protocols.binary(p[0]!, p[1]!, .power) }
                return try Protocols.ternaryPower(p[0]!, p[1]!, mod)
            }
        },
        MethodSpec("isinstance", doc: "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof.\n\nA tuple, as in ``isinstance(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``isinstance(x, A) or isinstance(x, B)\nor ...`` etc.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("isinstance", min: 2, max: 2)
                return .bool(try Protocols.isInstance(args[0], args[1]))
            }
        },
        MethodSpec("issubclass", doc: "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class.\n\nA tuple, as in ``issubclass(x, (A, B, ...))``, may be given as the target to\ncheck against. This is equivalent to ``issubclass(x, A) or issubclass(x, B)\nor ...``.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("issubclass", min: 2, max: 2)
                return .bool(try Protocols.isSubclass(args[0], args[1]))
            }
        },
        MethodSpec("iter", doc: "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("iter", min: 1, max: 2)
                if args.count == 2 { return try CallableIterator.make(args[0], sentinel: args[1]) }
                return try Protocols.iterator(args[0])
            }
        },
        MethodSpec("aiter", doc: "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Interpreter.asyncIterator(Arguments(a, n, k).one("aiter"), builtin: true)
            }
        },
        MethodSpec("anext", doc: "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nasync anext(aiterator[, default])\n\nReturn the next item from the async iterator.  If default is given and the async\niterator is exhausted, it is returned instead of raising StopAsyncIteration.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("anext", min: 1, max: 2)
                guard let method = SlotFunctions.lookupSpecial(args[0], "__anext__") else {
                    throw PyException.typeError("'\(TypeObject.name(args[0].type))' object is not an async iterator")
                }
                let awaitable = try SlotFunctions.callUnbound(method, args[0], [])
                guard let fallback = args.optional(1) else { return awaitable }
                return AsyncGenerators.anextAwaitable(awaitable, default: fallback)
            }
        },
        MethodSpec("next", doc: "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("next", min: 1, max: 2)
                guard args[0].type.pointee.tp_iternext != nil else {
                    throw PyException.typeError("'\(TypeObject.name(args[0].type))' object is not an iterator")
                }
                let slot = args[0].type.pointee.tp_iternext!
                if let v = slot(Boxing.object(args[0])) { return Value(normalizing: v) }
                if let fallback = args.optional(1) {
                    if CBoundary.hasPending {
                        let e = CBoundary.takePending()
                        if !e.matches(Krait_exc_StopIteration) { throw e }
                    }
                    return fallback
                }
                if CBoundary.hasPending { throw CBoundary.takePending() }
                throw PyException(Krait_exc_StopIteration, arguments: [])
            }
        },
        MethodSpec("min", doc: "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest argument.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try extreme(Arguments(a, n, k), name: "min", op: .lt) }
        },
        MethodSpec("max", doc: "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest argument.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try extreme(Arguments(a, n, k), name: "max", op: .gt) }
        },
        MethodSpec("sum", doc: "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers\n\nWhen the iterable is empty, return the start value.\nThis function is intended specifically for use with numeric values and may\nreject non-numeric types.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                if args.count == 0 { throw PyException.typeError("sum() takes at least 1 positional argument (0 given)") }
                let p = try args.parse("sum", ["iterable", "start"], required: 1, positionalOnly: 1)
                var total = p[1] ?? IntObject.make(0)
                if TypeObject.hasFlag(total.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) {
                    throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]")
                }
                if TypeObject.hasFlag(total.type, UInt(Py_TPFLAGS_BYTES_SUBCLASS)) {
                    throw PyException.typeError("sum() can't sum bytes [use b''.join(seq) instead]")
                }
                if ByteArray.isByteArray(total) {
                    throw PyException.typeError("sum() can't sum bytearray [use b''.join(seq) instead]")
                }
                try Protocols.forEach(args[0]) { v throws(PyException) in
                    if total.isSmallInt && v.isSmallInt {
                        total = IntObject.make(total.smallInt + v.smallInt)
                    } else {
                        total = try Protocols.binary(total, v, .add)
                    }
                }
                return total
            }
        },
        MethodSpec("any", doc: "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable.\n\nIf the iterable is empty, return False.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let it = try Protocols.iterator(try Arguments(a, n, k).one("any"))
                while let v = try Protocols.next(it) { if try Protocols.isTrue(v) { return .true } }
                return .false
            }
        },
        MethodSpec("all", doc: "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable.\n\nIf the iterable is empty, return True.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let it = try Protocols.iterator(try Arguments(a, n, k).one("all"))
                while let v = try Protocols.next(it) { if !(try Protocols.isTrue(v)) { return .false } }
                return .true
            }
        },
        MethodSpec("chr", doc: "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Protocols.indexValue(try Arguments(a, n, k).one("chr"))
                // Argument Clinic's C int converter comes first.
                guard let i = IntObject.machineValue(v), Int32(exactly: i) != nil else {
                    throw PyException(Krait_exc_OverflowError, "Python int too large to convert to C int")
                }
                guard i >= 0, i <= 0x10FFFF else {
                    throw PyException.valueError("chr() arg not in range(0x110000)")
                }
                return Str.make(codePoints: [UInt32(i)])
            }
        },
        MethodSpec("ord", doc: "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Arguments(a, n, k).one("ord")
                let isByteArray = ByteArray.isByteArray(v)
                if isByteArray || TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_BYTES_SUBCLASS)) {
                    let count = isByteArray ? ByteArray.count(v) : Bytes.count(v)
                    guard count == 1 else {
                        throw PyException.typeError("ord() expected a character, but string of length \(count) found")
                    }
                    return IntObject.make(Int((isByteArray ? ByteArray.data(v) : Bytes.data(v)).load(as: UInt8.self)))
                }
                guard TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                    throw PyException.typeError("ord() expected string of length 1, but \(TypeObject.name(v.type)) found")
                }
                guard Str.length(v) == 1 else {
                    throw PyException.typeError("ord() expected a character, but string of length \(Str.length(v)) found")
                }
                return IntObject.make(Int(Str.codePoint(v, at: 0)))
            }
        },
        MethodSpec("round", doc: "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits.\n\nThe return value is an integer if ndigits is omitted or None.  Otherwise\nthe return value has the same type as the number.  ndigits may be negative.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let p = try Arguments(a, n, k).parse("round", ["number", "ndigits"], required: 1)
                let number = p[0]!
                guard let method = SlotFunctions.lookupSpecial(number, "__round__") else {
                    throw PyException.typeError("type \(TypeObject.name(number.type)) doesn't define __round__ method")
                }
                let extra = p[1].map { $0 == .none ? [] : [$0] } ?? []
                return try SlotFunctions.callUnbound(method, number, extra)
            }
        },
        MethodSpec("hex", doc: "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer.\n\n   >>> hex(12648430)\n   '0xc0ffee'") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try radix(try Arguments(a, n, k).one("hex"), 16, "0x") }
        },
        MethodSpec("oct", doc: "oct($module, number, /)\n--\n\nReturn the octal representation of an integer.\n\n   >>> oct(342391)\n   '0o1234567'") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try radix(try Arguments(a, n, k).one("oct"), 8, "0o") }
        },
        MethodSpec("bin", doc: "bin($module, number, /)\n--\n\nReturn the binary representation of an integer.\n\n   >>> bin(2796202)\n   '0b1010101010101010101010'") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try radix(try Arguments(a, n, k).one("bin"), 2, "0b") }
        },
        MethodSpec("__build_class__", doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\nInternal helper function used by the class statement.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Interpreter.buildClass(Arguments(a, n, k)) }
        },
    ]

    /// `print(*values, sep=' ', end='\n', file=None, flush=False)`.
    static func printValues(_ args: Arguments) throws(PyException) -> Value {
        var sep = " ", end = "\n"
        var file = Value.none
        var flush = false
        for i in 0..<args.keywordCount {
            let key = Str.swiftString(Tuple.item(args.kwnames, i))
            let value = args[args.count + i]
            switch key {
            case "sep", "end":
                if value != .none {
                    guard value.isExactly(Krait_str_type) else {
                        throw PyException.typeError("\(key) must be None or a string, not \(TypeObject.name(value.type))")
                    }
                    if key == "sep" { sep = Str.swiftString(value) } else { end = Str.swiftString(value) }
                }
            case "file": file = value
            case "flush": flush = try Protocols.isTrue(value)
            default: throw PyException.typeError("'\(key)' is an invalid keyword argument for print()")
            }
        }
        // As CPython, `file=None` means whatever `sys.stdout` is now (in the sys module
        // itself, which finalizers at exit still reach after sys.modules is emptied).
        if file == .none {
            file = Dict.getItem(SysModule.dict, string: Interned.literal("stdout")) ?? .none
        }
        if file == .none { return .none }
        if file.isExactly(Krait_textIOWrapper_type) {
            // A native text stream takes the pieces as one write: what it buffers and
            // when it flushes are the same, and no method is looked up per piece. What
            // was converted before a failing str() is still written, as CPython writes
            // piece by piece.
            var text = ""
            var failure: PyException?
            do throws(PyException) {
                for i in 0..<args.count {
                    if i > 0 { text += sep }
                    text += Str.swiftString(try Protocols.str(args[i]))
                }
                text += end
            } catch {
                failure = error
            }
            if !text.isEmpty { try TextIO.write(file, try TextIO.open(file), Str.make(text)) }
            if let failure { throw failure }
            if flush { _ = try Protocols.callMethod(file, "flush") }
            return .none
        }
        // Any other file gets each piece by its own write(), as CPython's print does.
        for i in 0..<args.count {
            if i > 0 { _ = try Protocols.callMethod(file, "write", Str.make(sep)) }
            _ = try Protocols.callMethod(file, "write", try Protocols.str(args[i]))
        }
        _ = try Protocols.callMethod(file, "write", Str.make(end))
        if flush { _ = try Protocols.callMethod(file, "flush") }
        return .none
    }

    static func extreme(_ args: Arguments, name: String, op: CompareOp) throws(PyException) -> Value {
        let key = args.keyword("key").flatMap { $0 == .none ? nil : $0 }
        let fallback = args.keyword("default")
        for i in 0..<args.keywordCount {
            let k = Str.swiftString(Tuple.item(args.kwnames, i))
            if k != "key" && k != "default" {
                throw PyException.typeError("'\(k)' is an invalid keyword argument for \(name)()")
            }
        }
        guard args.count > 0 else { throw PyException.typeError("\(name) expected at least 1 argument, got 0") }
        var best = Value.empty, bestKey = Value.empty
        func consider(_ v: Value) throws(PyException) {
            let k = try key.map { f throws(PyException) in try Protocols.call(f, v) } ?? v
            let better = best.isEmpty ? true : try Protocols.isTrue(try Protocols.richCompare(k, bestKey, op))
            if better {
                best = v
                bestKey = k
            }
        }
        if args.count == 1 {
            try Protocols.forEach(args[0]) { v throws(PyException) in try consider(v) }
            if best.isEmpty {
                if let fallback { return fallback }
                throw PyException.valueError("\(name)() arg is an empty sequence")
            }
        } else {
            if fallback != nil {
                throw PyException.typeError("Cannot specify a default for \(name)() with multiple positional arguments")
            }
            for i in 0..<args.count { try consider(args[i]) }
        }
        return best
    }

    /// `hex`/`oct`/`bin`: the `#x`/`#o`/`#b` format of the int the value stands for.
    static func radix(_ v: Value, _ base: Int, _ prefix: String) throws(PyException) -> Value {
        // The number itself, not a subclass whose __format__ could differ (an IntEnum's).
        let i = IntObject.exact(try Protocols.indexValue(v))
        let spec = base == 16 ? "#x" : base == 8 ? "#o" : "#b"
        return try Protocols.format(i, Str.make(spec))
    }


}
