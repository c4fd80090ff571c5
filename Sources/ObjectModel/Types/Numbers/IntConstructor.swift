import ObjectLayout

/// `int(x=0)`, `int(x, base=10)`: CPython's `long_new` and `PyNumber_Long`.
enum IntConstructor {
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        if args.count > 2 { throw PyException.typeError("int() takes at most 2 arguments (\(args.count) given)") }
        let slots = try args.bind("int", ["", "base"])
        let x = args.value(at: slots[0])
        let base = args.value(at: slots[1])
        guard let value = x else {
            if base != nil { throw PyException.typeError("int() missing string argument") }
            return Value(smallInt: 0)
        }
        guard let base else { return try number(value) }
        let b = try Protocols.index(base, overflow: Krait_exc_OverflowError)
        if b != 0 && !(2...36).contains(b) { throw PyException.valueError("int() base must be >= 2 and <= 36, or 0") }
        guard let text = NumberSyntax.text(value) else {
            throw PyException.typeError("int() can't convert non-string with explicit base")
        }
        return try parse(text, base: b, original: value)
    }

    /// `int(x)` for one argument.
    static func number(_ v: Value) throws(PyException) -> Value {
        if IntObject.checkExact(v) { return v }
        let numberMethods = v.type.pointee.tp_as_number
        if let slot = numberMethods?.pointee.nb_int {
            let result = try CBoundary.check(slot(Boxing.object(v)))
            guard IntObject.check(result) else {
                throw PyException.typeError("__int__ returned non-int (type \(TypeObject.name(result.type)))")
            }
            return IntObject.exact(result)
        }
        if numberMethods?.pointee.nb_index != nil { return IntObject.exact(try Protocols.indexValue(v)) }
        if let trunc = try Protocols.lookupAttribute(v, Interned.literal("__trunc__")) {
            let result = try Protocols.call(trunc)
            if IntObject.check(result) { return IntObject.exact(result) }
            guard result.type.pointee.tp_as_number?.pointee.nb_index != nil else {
                throw PyException.typeError("__trunc__ returned non-Integral (type \(TypeObject.name(result.type)))")
            }
            return IntObject.exact(try Protocols.indexValue(result))
        }
        if let text = NumberSyntax.text(v) { return try parse(text, base: 10, original: v) }
        throw PyException.typeError(
            "int() argument must be a string, a bytes-like object or a real number, not '\(TypeObject.name(v.type))'")
    }

    /// An int literal as `int(text, base)` reads it: whitespace, a sign, a prefix
    /// matching the base, digits with single underscores between them.
    static func parse(_ text: [UInt32], base requested: Int, original: Value) throws(PyException) -> Value {
        let s = NumberSyntax.trimmed(text)
        var i = s.startIndex
        let negative = NumberSyntax.sign(s, &i)
        var base = requested
        var afterPrefix = false
        if i + 1 < s.endIndex && s[i] == 0x30 {
            let letter = s[i + 1] | 0x20
            let prefixBase = letter == 0x78 ? 16 : letter == 0x6F ? 8 : letter == 0x62 ? 2 : 0
            if prefixBase != 0 && (base == 0 || base == prefixBase) {
                base = prefixBase
                i += 2
                afterPrefix = true
            }
        }
        // Base 0 reads a decimal literal, which cannot have leading zeros unless all are.
        let leadingZeroRule = base == 0
        if base == 0 { base = 10 }
        var digits: [UInt8] = []
        digits.reserveCapacity(s.endIndex - i)
        var previousWasDigit = afterPrefix
        while i < s.endIndex {
            let c = s[i]
            if c == 0x5F {
                guard previousWasDigit else { throw try invalidLiteral(requested, original) }
                previousWasDigit = false
                i += 1
                continue
            }
            guard let d = NumberSyntax.digitValue(c), d < base else { throw try invalidLiteral(requested, original) }
            digits.append(UInt8(d))
            previousWasDigit = true
            i += 1
        }
        if digits.isEmpty || !previousWasDigit { throw try invalidLiteral(requested, original) }
        if leadingZeroRule && !afterPrefix && digits[0] == 0 && digits.contains(where: { $0 != 0 }) { throw try invalidLiteral(requested, original) }
        if base & (base - 1) != 0 && BigInts.maxStrDigits > 0 && digits.count > BigInts.maxStrDigits {
            throw BigInts.tooManyDigitsToParse(digits.count)
        }
        if digits.count * (64 - (base - 1).leadingZeroBitCount) <= 62 {
            var n = 0
            for d in digits { n = n * base + Int(d) }
            return IntObject.make(negative ? -n : n)
        }
        return try digits.withUnsafeBufferPointer { buffer throws(PyException) in
            try BigInts.parse(buffer, base: base, negative: negative)
        }
    }

    static func invalidLiteral(_ base: Int, _ original: Value) throws(PyException) -> PyException {
        .valueError("invalid literal for int() with base \(base): \(try Protocols.reprText(original).prefix(200))")
    }
}
