import ObjectLayout

/// `complex(real=0, imag=0)`, CPython's `complex_new_impl`: from numbers (with
/// `__complex__`, `__float__` and `__index__`) or from a string.
public enum ComplexConstructor {
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("complex", ["real", "imag"])
        let real = p[0] ?? Value(smallInt: 0)
        if p[1] == nil && real.isExactly(Krait_complex_type) { return real }
        return ComplexObject.make(try value(real, p[1]))
    }

    /// real + imag*1j, where either may itself be complex.
    static func value(_ realArgument: Value, _ imag: Value?) throws(PyException) -> Py_complex {
        var real = realArgument
        if StrArguments.isStr(real) {
            if imag != nil { throw PyException.typeError("complex() can't take second arg if first is a string") }
            return try ComplexParse.fromString(real)
        }
        if let imag, StrArguments.isStr(imag) { throw PyException.typeError("complex() second arg can't be a string") }
        if let converted = try special(real) { real = converted }
        guard isNumber(real) else {
            throw PyException.typeError("complex() first argument must be a string or a number, not '\(TypeObject.name(real.type))'")
        }
        if let imag, !isNumber(imag) {
            throw PyException.typeError("complex() second argument must be a number, not '\(TypeObject.name(imag.type))'")
        }
        let realIsComplex = ComplexObject.check(real)
        let r = realIsComplex ? ComplexObject.value(real) : Py_complex(real: try realPart(real), imag: 0)
        guard let imag else { return r }
        var z = Py_complex(real: r.real, imag: 0)
        if ComplexObject.check(imag) {
            let i = ComplexObject.value(imag)
            z = Py_complex(real: r.real - i.imag, imag: i.real)
        } else {
            z.imag = try realPart(imag)
        }
        // Adding a real part's zero imaginary part would turn -0.0 into 0.0.
        if realIsComplex { z.imag += r.imag }
        return z
    }

    /// `float(v)` for what is known to be a real number.
    static func realPart(_ v: Value) throws(PyException) -> Double {
        FloatObject.value(try FloatParse.construct(v))
    }

    /// Whether `complex()` takes `v` as a number: a complex, or a type with `__float__`
    /// or `__index__`.
    static func isNumber(_ v: Value) -> Bool {
        guard let methods = v.type.pointee.tp_as_number else { return false }
        return methods.pointee.nb_float != nil || methods.pointee.nb_index != nil || ComplexObject.check(v)
    }

    /// `v.__complex__()` if its type has one (CPython's `try_complex_special_method`).
    /// A complex subclass is accepted as a result (CPython also warns there).
    public static func special(_ v: Value) throws(PyException) -> Value? {
        guard let method = SlotFunctions.lookupSpecial(v, "__complex__") else { return nil }
        let result = try SlotFunctions.callUnbound(method, v, [])
        guard ComplexObject.check(result) else {
            throw PyException.typeError("__complex__ returned non-complex (type \(TypeObject.name(result.type)))")
        }
        return result
    }
}

/// `complex(str)`, CPython's `complex_subtype_from_string`: `<float>`, `<float>j`,
/// `<float><signed float>j` (also with a bare sign or no number before the `j`),
/// optionally in parentheses, with whitespace around.
enum ComplexParse {
    static func fromString(_ v: Value) throws(PyException) -> Py_complex {
        var text = asciiText(Str.codePoints(v))
        if text.prefix(while: { $0 != 0 }).contains(0x5F) {
            guard let stripped = withoutUnderscores(text) else {
                throw PyException.valueError("could not convert string to complex: \(try Protocols.reprText(v))")
            }
            text = stripped
        }
        guard let z = parse(text) else { throw PyException.valueError("complex() arg is a malformed string") }
        return z
    }

    /// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces become
    /// ' ', decimal digits their ASCII digit; the text ends with a '?' at the first
    /// other non-ASCII character.
    static func asciiText(_ codePoints: [UInt32]) -> [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(codePoints.count)
        for c in codePoints {
            if c < 127 {
                out.append(c)
            } else if NumberSyntax.isSpace(c) {
                out.append(0x20)
            } else {
                let digit = NumberSyntax.asciiDigit(c)
                if digit == c {
                    out.append(0x3F)
                    break
                }
                out.append(digit)
            }
        }
        return out
    }

    /// The text without its underscores, each of which must sit between two digits;
    /// nil otherwise, or when the text holds a NUL.
    static func withoutUnderscores(_ text: [UInt32]) -> [UInt32]? {
        var out: [UInt32] = []
        var previous: UInt32 = 0
        for c in text {
            if c == 0 { return nil }
            if c == 0x5F {
                guard isDigit(previous) else { return nil }
            } else {
                if previous == 0x5F && !isDigit(c) { return nil }
                out.append(c)
            }
            previous = c
        }
        return previous == 0x5F ? nil : out
    }

    static func parse(_ t: [UInt32]) -> Py_complex? {
        func at(_ i: Int) -> UInt32 { i < t.count ? t[i] : 0 }
        func isJ(_ c: UInt32) -> Bool { c == 0x6A || c == 0x4A }
        func isSign(_ c: UInt32) -> Bool { c == 0x2B || c == 0x2D }
        var i = 0
        func skipSpaces() { while isSpace(at(i)) { i += 1 } }
        skipSpaces()
        let bracketed = at(i) == 0x28
        if bracketed {
            i += 1
            skipSpaces()
        }
        var x = 0.0, y = 0.0
        if let (first, end) = floatPrefix(t, i) {
            i = end
            if isSign(at(i)) {
                x = first
                if let (second, end) = floatPrefix(t, i) {
                    y = second
                    i = end
                } else {
                    y = at(i) == 0x2B ? 1 : -1
                    i += 1
                }
                guard isJ(at(i)) else { return nil }
                i += 1
            } else if isJ(at(i)) {
                y = first
                i += 1
            } else {
                x = first
            }
        } else {
            if isSign(at(i)) {
                y = at(i) == 0x2B ? 1 : -1
                i += 1
            } else {
                y = 1
            }
            guard isJ(at(i)) else { return nil }
            i += 1
        }
        skipSpaces()
        if bracketed {
            guard at(i) == 0x29 else { return nil }
            i += 1
            skipSpaces()
        }
        return i == t.count ? Py_complex(real: x, imag: y) : nil
    }

    /// The longest float literal at `start` (CPython's `PyOS_string_to_double` with an
    /// end pointer): sign, digits with an optional point, an exponent only when digits
    /// follow its `e`; or `inf`, `infinity`, `nan`. Nil when none is there.
    static func floatPrefix(_ t: [UInt32], _ start: Int) -> (Double, Int)? {
        func at(_ i: Int) -> UInt32 { i < t.count ? t[i] : 0 }
        var i = start
        if at(i) == 0x2B || at(i) == 0x2D { i += 1 }
        var digits = 0
        while isDigit(at(i)) { i += 1; digits += 1 }
        if at(i) == 0x2E {
            i += 1
            while isDigit(at(i)) { i += 1; digits += 1 }
        }
        if digits > 0 {
            if at(i) | 0x20 == 0x65 {
                var e = i + 1
                if at(e) == 0x2B || at(e) == 0x2D { e += 1 }
                if isDigit(at(e)) {
                    while isDigit(at(e)) { e += 1 }
                    i = e
                }
            }
        } else {
            i = start + (at(start) == 0x2B || at(start) == 0x2D ? 1 : 0)
            let word = t[i..<Swift.min(t.count, i + 8)]
            if NumberSyntax.matches(word, "infinity") {
                i += 8
            } else if NumberSyntax.matches(word.prefix(3), "inf") || NumberSyntax.matches(word.prefix(3), "nan") {
                i += 3
            } else {
                return nil
            }
        }
        guard let value = FloatParse.parse(t[start..<i]) else { return nil }
        return (value, i)
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    /// C's `isspace` in the C locale, which CPython's parser uses here.
    @inline(__always)
    static func isSpace(_ c: UInt32) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
}
