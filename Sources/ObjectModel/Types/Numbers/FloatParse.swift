import ObjectLayout

/// `float(x)`: CPython's `PyNumber_Float` and `PyFloat_FromString`.
enum FloatParse {
    static func construct(_ v: Value) throws(PyException) -> Value {
        if v.isExactly(Krait_float_type) { return v }
        let numberMethods = v.type.pointee.tp_as_number
        if let slot = numberMethods?.pointee.nb_float {
            let result = try CBoundary.check(slot(Boxing.object(v)))
            guard FloatObject.check(result) else {
                throw PyException.typeError(
                    "\(TypeObject.name(v.type)).__float__ returned non-float (type \(TypeObject.name(result.type)))")
            }
            return result.isExactly(Krait_float_type) ? result : FloatObject.make(FloatObject.value(result))
        }
        if numberMethods?.pointee.nb_index != nil {
            return FloatObject.make(try IntObject.toDouble(try Protocols.indexValue(v)))
        }
        if let text = NumberSyntax.text(v) {
            guard let d = parse(NumberSyntax.trimmed(text)) else {
                throw PyException.valueError("could not convert string to float: \(try Protocols.reprText(v))")
            }
            return FloatObject.make(d)
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '\(TypeObject.name(v.type))'")
    }

    /// A decimal float literal, `inf`, `infinity` or `nan` (any case, signed), with
    /// single underscores between digits; nil when `s` is not one.
    static func parse(_ s: ArraySlice<UInt32>) -> Double? {
        var i = s.startIndex
        let negative = NumberSyntax.sign(s, &i)
        if let special = NumberSyntax.special(s[i...], negative: negative) { return special }
        var ascii: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        ascii.reserveCapacity(s.count)
        var digitsBefore = 0, digitsAfter = 0
        guard digitRun(s, &i, &ascii, &digitsBefore) else { return nil }
        if i < s.endIndex && s[i] == 0x2E {
            ascii.append(UInt8(ascii: "."))
            i += 1
            guard digitRun(s, &i, &ascii, &digitsAfter) else { return nil }
        }
        if digitsBefore + digitsAfter == 0 { return nil }
        if i < s.endIndex && (s[i] | 0x20) == 0x65 {
            ascii.append(UInt8(ascii: "e"))
            i += 1
            if i < s.endIndex && (s[i] == 0x2B || s[i] == 0x2D) {
                ascii.append(UInt8(s[i]))
                i += 1
            }
            var exponentDigits = 0
            guard digitRun(s, &i, &ascii, &exponentDigits), exponentDigits > 0 else { return nil }
        }
        guard i == s.endIndex else { return nil }
        return Double(String(decoding: ascii, as: UTF8.self))
    }

    /// Reads digits with single underscores between them; false for a misplaced underscore.
    static func digitRun(_ s: ArraySlice<UInt32>, _ i: inout Int, _ out: inout [UInt8], _ count: inout Int) -> Bool {
        while i < s.endIndex {
            let c = s[i]
            if c >= 0x30 && c <= 0x39 {
                out.append(UInt8(c))
                count += 1
            } else if c == 0x5F {
                guard count > 0, i + 1 < s.endIndex, s[i + 1] >= 0x30 && s[i + 1] <= 0x39 else { return false }
            } else {
                break
            }
            i += 1
        }
        return true
    }
}
