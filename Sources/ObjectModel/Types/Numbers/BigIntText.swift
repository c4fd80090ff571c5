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
        if x.isZero { return [UInt8(ascii: "0")] }
        // GMP's size is exact or one too many: beyond limit + 1 the value is too long
        // without converting it.
        let estimate = krait_mpn_sizeinbase(x.base, x.count, 10)
        if maxStrDigits > 0 && estimate > maxStrDigits + 1 { throw tooManyDigitsToPrint() }
        var out = [UInt8](repeating: 0, count: estimate + 1)
        let start = x.negative ? 1 : 0
        let written = withUnsafeTemporaryAllocation(of: UInt64.self, capacity: x.count + 1) { scratch in
            scratch.baseAddress!.update(from: x.base, count: x.count)
            return out.withUnsafeMutableBufferPointer { buffer in
                krait_mpn_get_str(buffer.baseAddress! + start, 10, scratch.baseAddress!, x.count)
            }
        }
        if maxStrDigits > 0 && written > maxStrDigits { throw tooManyDigitsToPrint() }
        out.removeLast(out.count - start - written)
        for i in start..<out.count { out[i] &+= UInt8(ascii: "0") }
        if x.negative { out[0] = UInt8(ascii: "-") }
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
