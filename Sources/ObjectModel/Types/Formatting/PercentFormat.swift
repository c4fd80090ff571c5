import ObjectLayout

/// `str % args`, CPython's `PyUnicode_Format`: `%[(key)][flags][width][.precision][hlL]type`.
/// `bytes % args` (`_PyBytes_FormatEx`) parses the same way over a one-byte view; its
/// conversions (`PercentConversions.convertBytes`) yield code points below 256.
struct PercentFormat {
    /// One conversion's flags, width and precision (`unicode_format_arg_t`).
    struct Conversion {
        var type: UInt32 = 0
        var leftJustify = false, sign = false, blank = false, alternate = false, zero = false
        var width = -1
        var precision = -1
        /// A number conversion, whose sign and zero padding the field places.
        var numeric = false
    }

    let format: StrView
    var pos = 0
    /// A read past the end was attempted (CPython's `fmtcnt < 0`).
    var exhausted = false
    var args: Value
    /// -1 when `args` is a single value rather than a tuple.
    var argCount: Int
    var argIndex: Int
    let mapping: Value?
    /// Formatting bytes: keys are bytes, conversions are bytes's.
    let bytes: Bool

    static func format(_ s: Value, _ args: Value) throws(PyException) -> Value {
        var formatter = PercentFormat(s, args)
        return try formatter.run().build()
    }

    /// `b % args` for bytes and bytearray; the result has the receiver's type.
    static func formatBytes(_ s: Value, _ args: Value) throws(PyException) -> Value {
        var formatter = PercentFormat(s, args, bytes: true)
        return BytesLike.result(like: s, BytesTransform.bytes(try formatter.run()))
    }

    init(_ s: Value, _ args: Value, bytes: Bool = false) {
        format = bytes ? ByteView(s).str : StrView(s)
        self.bytes = bytes
        self.args = args
        let isTuple = TypeObject.hasFlag(args.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS))
        argCount = isTuple ? Tuple.count(args) : -1
        argIndex = isTuple ? 0 : -2
        let isMapping = args.type.pointee.tp_as_mapping?.pointee.mp_subscript != nil
        let isText = StrArguments.isStr(args) || (bytes && (BytesLike.isBytes(args) || ByteArray.isByteArray(args)))
        mapping = isMapping && !isTuple && !isText ? args : nil
    }

    mutating func run() throws(PyException) -> StrBuilder {
        var out = StrBuilder(capacity: format.count + 16)
        while pos < format.count {
            let start = pos
            while pos < format.count && format[pos] != 0x25 { pos += 1 }
            out.append(format, start..<pos)
            guard pos < format.count else { break }
            pos += 1
            if pos < format.count && format[pos] == 0x25 {
                out.append(0x25)
                pos += 1
                continue
            }
            try argument(to: &out)
        }
        if argIndex < argCount && mapping == nil {
            throw PyException.typeError("not all arguments converted during \(bytes ? "bytes" : "string") formatting")
        }
        return out
    }

    /// Reads the next character into `c`; false (and `exhausted`) at the end.
    mutating func read(_ c: inout UInt32) -> Bool {
        guard pos < format.count else {
            exhausted = true
            return false
        }
        c = format[pos]
        pos += 1
        return true
    }

    mutating func nextArgument() throws(PyException) -> Value {
        guard argIndex < argCount else { throw PyException.typeError("not enough arguments for format string") }
        argIndex += 1
        return argCount < 0 ? args : Tuple.item(args, argIndex - 1)
    }

    /// One `%` conversion (after the `%`), as `unicode_format_arg`.
    mutating func argument(to out: inout StrBuilder) throws(PyException) {
        var conversion = try parse()
        let value = try nextArgument()
        let text = bytes ? try PercentConversions.convertBytes(value, &conversion, index: pos - 1)
            : try PercentConversions.convert(value, &conversion, index: pos - 1)
        PercentConversions.output(text, conversion, to: &out)
        if mapping != nil && argIndex < argCount {
            throw PyException.typeError("not all arguments converted during \(bytes ? "bytes" : "string") formatting")
        }
    }

    /// The mapping key, flags, width and precision (`unicode_format_arg_parse`).
    mutating func parse() throws(PyException) -> Conversion {
        var arg = Conversion()
        var c: UInt32 = pos < format.count ? format[pos] : 0
        if c == 0x28 {
            guard let mapping else { throw PyException.typeError("format requires a mapping") }
            pos += 1
            let keyStart = pos
            var depth = 1
            while depth > 0 && read(&c) {
                if c == 0x29 { depth -= 1 } else if c == 0x28 { depth += 1 }
            }
            if exhausted || depth > 0 { throw PyException.valueError("incomplete format key") }
            // The key's value is the only argument of this conversion.
            let key = (keyStart..<pos - 1).map { format[$0] }
            args = try Protocols.getItem(mapping, bytes ? Bytes.make(key.map { UInt8($0) }) : Str.make(codePoints: key))
            argCount = -1
            argIndex = -2
        }
        flags: while read(&c) {
            switch c {
            case 0x2D: arg.leftJustify = true
            case 0x2B: arg.sign = true
            case 0x20: arg.blank = true
            case 0x23: arg.alternate = true
            case 0x30: arg.zero = true
            default: break flags
            }
        }
        if c == 0x2A {
            let v = try nextArgument()
            guard IntObject.check(v) else { throw PyException.typeError("* wants int") }
            guard let w = IntObject.machineValue(v) else {
                throw PyException.overflowError("Python int too large to convert to C ssize_t")
            }
            arg.width = w.magnitude > UInt(Int.max) ? Int.max : abs(w)
            if w < 0 { arg.leftJustify = true }
            _ = read(&c)
        } else if c >= 0x30 && c <= 0x39 {
            arg.width = Int(c - 0x30)
            while read(&c) && c >= 0x30 && c <= 0x39 {
                if arg.width > (Int.max - Int(c - 0x30)) / 10 { throw PyException.valueError("width too big") }
                arg.width = arg.width * 10 + Int(c - 0x30)
            }
        }
        if c == 0x2E {
            arg.precision = 0
            _ = read(&c)
            if c == 0x2A {
                let v = try nextArgument()
                guard IntObject.check(v) else { throw PyException.typeError("* wants int") }
                guard let p = IntObject.machineValue(v), p >= Int(Int32.min), p <= Int(Int32.max) else {
                    throw PyException.overflowError("Python int too large to convert to C int")
                }
                arg.precision = Swift.max(p, 0)
                _ = read(&c)
            } else if c >= 0x30 && c <= 0x39 {
                arg.precision = Int(c - 0x30)
                while read(&c) && c >= 0x30 && c <= 0x39 {
                    if arg.precision > (Int(Int32.max) - Int(c - 0x30)) / 10 {
                        throw PyException.valueError("precision too big")
                    }
                    arg.precision = arg.precision * 10 + Int(c - 0x30)
                }
            }
        }
        // Length modifiers are accepted and ignored.
        if !exhausted && (c == 0x68 || c == 0x6C || c == 0x4C) { _ = read(&c) }
        if exhausted { throw PyException.valueError("incomplete format") }
        arg.type = c
        return arg
    }
}
