import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The builtin functions that compute and convert: print, len, min, max, …
enum BuiltinFunctions {
    static let all: [MethodSpec] = [
        MethodSpec("print", doc: "Prints the values to a stream, or to sys.stdout by default.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try printValues(Arguments(a, n, k)) }
        },
        MethodSpec("len", doc: "Return the number of items in a container.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in IntObject.make(try Protocols.length(try Arguments(a, n, k).one("len"))) }
        },
        MethodSpec("repr", doc: "Return the canonical string representation of the object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Protocols.repr(try Arguments(a, n, k).one("repr")) }
        },
        MethodSpec("ascii", doc: "Return an ASCII-only representation of an object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Protocols.ascii(try Arguments(a, n, k).one("ascii")) }
        },
        MethodSpec("format", doc: "Return value.__format__(format_spec)") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("format", min: 1, max: 2)
                let spec = args.optional(1) ?? Str.make("")
                guard spec.isExactly(Krait_str_type) else {
                    throw PyException.typeError("format() argument 2 must be str, not \(TypeObject.argumentTypeName(spec))")
                }
                return try Protocols.format(args[0], spec)
            }
        },
        MethodSpec("abs", doc: "Return the absolute value of the argument.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Arguments(a, n, k).one("abs")
                if v.isSmallInt { return IntObject.make(v.smallInt.magnitude <= UInt(Int.max) ? abs(v.smallInt) : v.smallInt) }
                return try Protocols.unary(v, .absolute)
            }
        },
        MethodSpec("divmod", doc: "Return the tuple (x//y, x%y).  Invariant: div*y + mod == x.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("divmod", min: 2, max: 2)
                return try Protocols.binary(args[0], args[1], .divmod)
            }
        },
        MethodSpec("pow", doc: "Equivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let p = try Arguments(a, n, k).parse("pow", ["base", "exp", "mod"], required: 2)
                guard let mod = p[2], mod != .none else { return try Protocols.binary(p[0]!, p[1]!, .power) }
                return try Protocols.ternaryPower(p[0]!, p[1]!, mod)
            }
        },
        MethodSpec("isinstance", doc: "Return whether an object is an instance of a class or of a subclass thereof.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("isinstance", min: 2, max: 2)
                return .bool(try Protocols.isInstance(args[0], args[1]))
            }
        },
        MethodSpec("issubclass", doc: "Return whether 'cls' is derived from another class or is the same class.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("issubclass", min: 2, max: 2)
                return .bool(try Protocols.isSubclass(args[0], args[1]))
            }
        },
        MethodSpec("iter", doc: "Get an iterator from an object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("iter", min: 1, max: 2)
                if args.count == 2 { return try CallableIterator.make(args[0], sentinel: args[1]) }
                return try Protocols.iterator(args[0])
            }
        },
        MethodSpec("aiter", doc: "Return an AsyncIterator for an AsyncIterable object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Interpreter.asyncIterator(Arguments(a, n, k).one("aiter"), builtin: true)
            }
        },
        MethodSpec("anext", doc: "Return the next item from the async iterator.\n\nIf default is given and the async iterator is exhausted,\nit is returned instead of raising StopAsyncIteration.") { _, a, n, k in
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
        MethodSpec("next", doc: "Return the next item from the iterator.") { _, a, n, k in
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
        MethodSpec("min", doc: "With a single iterable argument, return its smallest item.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try extreme(Arguments(a, n, k), name: "min", op: .lt) }
        },
        MethodSpec("max", doc: "With a single iterable argument, return its biggest item.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try extreme(Arguments(a, n, k), name: "max", op: .gt) }
        },
        MethodSpec("sum", doc: "Return the sum of a 'start' value (default: 0) plus an iterable of numbers") { _, a, n, k in
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
        MethodSpec("any", doc: "Return True if bool(x) is True for any x in the iterable.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let it = try Protocols.iterator(try Arguments(a, n, k).one("any"))
                while let v = try Protocols.next(it) { if try Protocols.isTrue(v) { return .true } }
                return .false
            }
        },
        MethodSpec("all", doc: "Return True if bool(x) is True for all values x in the iterable.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let it = try Protocols.iterator(try Arguments(a, n, k).one("all"))
                while let v = try Protocols.next(it) { if !(try Protocols.isTrue(v)) { return .false } }
                return .true
            }
        },
        MethodSpec("chr", doc: "Return a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.") { _, a, n, k in
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
        MethodSpec("ord", doc: "Return the Unicode code point for a one-character string.") { _, a, n, k in
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
        MethodSpec("round", doc: "Round a number to a given precision in decimal digits.") { _, a, n, k in
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
        MethodSpec("hex", doc: "Return the hexadecimal representation of an integer.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try radix(try Arguments(a, n, k).one("hex"), 16, "0x") }
        },
        MethodSpec("oct", doc: "Return the octal representation of an integer.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try radix(try Arguments(a, n, k).one("oct"), 8, "0o") }
        },
        MethodSpec("bin", doc: "Return the binary representation of an integer.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try radix(try Arguments(a, n, k).one("bin"), 2, "0b") }
        },
        MethodSpec("__build_class__", doc: "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class") { _, a, n, k in
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
            file = Dict.getItem(SysModule.dict, string: Interned.get("stdout")) ?? .none
        }
        if file == .none { return .none }
        if TextStreams.isStandardStream(file) {
            let stream = TextStreams.stream(file)
            var text = ""
            // What was converted before a failing str() is still written, as CPython writes piece by piece.
            defer { stream.write(text) }
            for i in 0..<args.count {
                if i > 0 { text += sep }
                text += Str.swiftString(try Protocols.str(args[i]))
            }
            text += end
            if flush { stream.flush() }
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
        let i = try Protocols.indexValue(v)
        let spec = base == 16 ? "#x" : base == 8 ? "#o" : "#b"
        return try Protocols.format(i, Str.make(spec))
    }


}
