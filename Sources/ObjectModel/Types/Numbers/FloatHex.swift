import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `float.hex()` and `float.fromhex()`, as CPython formats and reads them.
extension FloatObject {
    static let hexDigits = Array("0123456789abcdef".utf8)

    /// `0x1.8000000000000p+0`: a leading digit, 13 fraction digits, a binary exponent;
    /// subnormals keep exponent -1022 with a leading 0.
    static func hex(_ x: Double) -> String {
        if x.isNaN || x.isInfinite { return repr(x) }
        if x == 0 { return x.sign == .minus ? "-0x0.0p+0" : "0x0.0p+0" }
        var (m, e) = frexp(x.magnitude)
        let shift = 1 - Swift.max(-1021 - e, 0)
        m = scalbn(m, shift)
        e -= shift
        var out = Array(x < 0 ? "-0x".utf8 : "0x".utf8)
        var digit = Int(m)
        out.append(hexDigits[digit])
        m -= Double(digit)
        out.append(UInt8(ascii: "."))
        for _ in 0..<13 {
            m *= 16
            digit = Int(m)
            out.append(hexDigits[digit])
            m -= Double(digit)
        }
        out.append(contentsOf: "p\(e < 0 ? "-" : "+")\(e.magnitude)".utf8)
        return String(decoding: out, as: UTF8.self)
    }

    /// `float.fromhex(s)`: [sign] ['0x'] hex digits [. hex digits] ['p' [sign] decimal
    /// exponent], or inf/infinity/nan; correctly rounded.
    static func fromHex(_ v: Value) throws(PyException) -> Double {
        guard TypeObject.isSubtype(v.type, of: Krait_str_type) else {
            // CPython reads the argument with `PyUnicode_AsUTF8AndSize`, whose complaint this is.
            throw PyException.typeError("bad argument type for built-in operation")
        }
        let codePoints = Str.codePoints(v)
        let s = NumberSyntax.trimmed(codePoints)
        var i = s.startIndex
        let negative = NumberSyntax.sign(s, &i)
        if let special = NumberSyntax.special(s[i...], negative: negative) { return special }
        if i + 1 < s.endIndex && s[i] == 0x30 && (s[i + 1] | 0x20) == 0x78 { i += 2 }
        var digits: [UInt8] = []
        var fractionDigits = 0, sawPoint = false
        while i < s.endIndex {
            if s[i] == 0x2E && !sawPoint {
                sawPoint = true
            } else if let d = NumberSyntax.digitValue(s[i]), d < 16 {
                digits.append(UInt8(d))
                if sawPoint { fractionDigits += 1 }
            } else {
                break
            }
            i += 1
        }
        if digits.isEmpty { throw invalidHex() }
        var exponent = 0
        if i < s.endIndex && (s[i] | 0x20) == 0x70 {
            i += 1
            let exponentNegative = NumberSyntax.sign(s, &i)
            let start = i
            while i < s.endIndex, s[i] >= 0x30 && s[i] <= 0x39 {
                // Saturate: beyond this any value overflows or underflows.
                exponent = Swift.min(exponent * 10 + Int(s[i] - 0x30), 1 << 40)
                i += 1
            }
            if i == start { throw invalidHex() }
            if exponentNegative { exponent = -exponent }
        }
        if i != s.endIndex { throw invalidHex() }
        let n = try digits.withUnsafeBufferPointer { b throws(PyException) in try BigInts.parse(b, base: 16, negative: false) }
        let d = try scaled(n, exponent - 4 * fractionDigits)
        return negative ? -d : d
    }

    static func invalidHex() -> PyException { .valueError("invalid hexadecimal floating-point string") }

    /// n * 2^k rounded to the nearest double, ties to even; n >= 0.
    static func scaled(_ n: Value, _ k: Int) throws(PyException) -> Double {
        let x = BigInts.limbs(n)
        let bits = BigInts.bitLength(x)
        if bits == 0 { return 0 }
        let top = bits + k
        if top > 1024 { throw PyException.overflowError("hexadecimal value too large to represent as a float") }
        // Significant bits the result can hold: fewer for subnormals.
        let precision = top >= -1021 ? 53 : 53 - (-1021 - top)
        if precision < 0 { return 0 }
        var q: UInt64
        var exponent = k
        if bits <= precision {
            q = UInt64(IntObject.machineValue(n)!)
        } else {
            let shift = bits - precision
            q = UInt64(IntObject.machineValue(BigInts.shiftRight(n, shift))!)
            exponent += shift
            if bit(x, shift - 1) && (BigInts.anyLowBits(x, shift - 1) || q & 1 != 0) { q += 1 }
        }
        let d = Double(sign: .plus, exponent: exponent, significand: Double(q))
        if d.isInfinite { throw PyException.overflowError("hexadecimal value too large to represent as a float") }
        return d
    }

    static func bit(_ x: Limbs, _ i: Int) -> Bool {
        i / 64 < x.count && x.base[i / 64] >> UInt64(i % 64) & 1 != 0
    }
}
