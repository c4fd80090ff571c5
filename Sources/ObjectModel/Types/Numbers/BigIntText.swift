import CGMP
import ObjectLayout

/// Decimal text of big ints and ints from digit strings, with CPython 3.11's limit on
/// the decimal digits of a conversion (CVE-2020-10735).
extension BigInts {
    /// `sys.get_int_max_str_digits()`; 0 disables the limit.
    nonisolated(unsafe) static var maxStrDigits = 4300

    /// The decimal digits of `v`, with a leading "-" when negative.
    static func decimal(_ v: Value) throws(PyException) -> [UInt8] {
        let x = limbs(v)
        let digits = try text(x, base: 10)
        return x.negative ? [UInt8(ascii: "-")] + digits : digits
    }

    /// The digits of the magnitude in `base` (lowercase letters); in base 10 at most
    /// `maxStrDigits` of them.
    static func text(_ x: Limbs, base: Int) throws(PyException) -> [UInt8] {
        if x.isZero { return [UInt8(ascii: "0")] }
        // GMP's size is exact or one too many: beyond limit + 1 the value is too long
        // without converting it.
        let estimate = krait_mpn_sizeinbase(x.base, x.count, Int32(base))
        let limited = base == 10 && maxStrDigits > 0
        if limited && estimate > maxStrDigits + 1 { throw tooManyDigitsToPrint() }
        var out = [UInt8](repeating: 0, count: estimate + 1)
        let written = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: x.count + 1) { scratch in
            scratch.baseAddress!.update(from: x.base, count: x.count)
            return out.withUnsafeMutableBufferPointer { buffer in
                krait_mpn_get_str(buffer.baseAddress!, Int32(base), scratch.baseAddress!, x.count)
            }
        }
        if limited && written > maxStrDigits { throw tooManyDigitsToPrint() }
        out.removeLast(out.count - written)
        for i in 0..<out.count { out[i] = out[i] < 10 ? out[i] &+ UInt8(ascii: "0") : out[i] &+ (UInt8(ascii: "a") - 10) }
        return out
    }

    static func tooManyDigitsToPrint() -> PyException {
        .valueError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
    }

    static func tooManyDigitsToParse(_ count: Int) -> PyException {
        .valueError("Exceeds the limit (\(maxStrDigits) digits) for integer string conversion: value has \(count) digits; use sys.set_int_max_str_digits() to increase the limit")
    }

    /// The int whose digits in `base` are `values` (most significant first).
    static func parse(_ values: UnsafeBufferPointer<UInt8>, base: Int, negative: Bool) throws(PyException) -> Value {
        var first = 0
        while first < values.count && values[first] == 0 { first += 1 }
        let significant = UnsafeBufferPointer(rebasing: values[first...])
        if significant.isEmpty { return Value(smallInt: 0) }
        let bitsPerDigit = 64 - (base - 1).leadingZeroBitCount
        let capacity = (significant.count * bitsPerDigit + 63) / 64 + 1
        try checkSize(capacity)
        let r = allocate(capacity)
        let count = krait_mpn_set_str(digits(r), significant.baseAddress!, significant.count, Int32(base))
        return finish(r, count: Int(count), negative: negative)
    }
}
