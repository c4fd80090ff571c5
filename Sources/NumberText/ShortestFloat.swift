/// Number formatting shared by the parser (constants in `ast.dump`) and the object
/// model (`repr(float)`), so both print numbers exactly as CPython 3.11 does.
public enum NumberText {
    /// The shortest digits that round-trip `value`, laid out as CPython's `repr(float)`:
    /// positional when the decimal exponent is in [-4, 16), exponent notation otherwise
    /// (`1e+16`, `1e-05`); `addDotZero` appends ".0" to integral values (float's repr
    /// does, the parts of a complex do not).
    public static func appendShortest(_ value: Double, addDotZero: Bool, to out: inout [UInt8]) {
        // CPython prints every NaN as "nan", whatever its sign or payload.
        if value.isNaN {
            appendASCII("nan", to: &out)
            return
        }
        if value.sign == .minus { out.append(UInt8(ascii: "-")) }
        if value.isInfinite {
            appendASCII("inf", to: &out)
            return
        }
        if value == 0 {
            appendASCII(addDotZero ? "0.0" : "0", to: &out)
            return
        }
        // Swift's description already holds the shortest round-trip digits (as does
        // CPython's repr); only its layout differs, so take the digits and the decimal
        // exponent out of it and lay them out CPython's way.
        var text = value.magnitude.description
        text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { digits in
                var count = 0
                var leadingZeros = 0
                var integerDigits = 0
                var sawPoint = false
                var exponent = 0
                var i = 0
                while i < bytes.count {
                    let c = bytes[i]
                    i += 1
                    if c == UInt8(ascii: ".") {
                        sawPoint = true
                    } else if c == UInt8(ascii: "e") {
                        exponent = parseExponent(bytes, from: i)
                        break
                    } else {
                        if !sawPoint { integerDigits += 1 }
                        if count == 0 && c == UInt8(ascii: "0") {
                            leadingZeros += 1
                        } else {
                            digits[count] = c
                            count += 1
                        }
                    }
                }
                while digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
                // The value is 0.DIGITS * 10^pointPosition.
                let pointPosition = integerDigits + exponent - leadingZeros
                layOut(UnsafeBufferPointer(rebasing: digits[..<count]), pointPosition: pointPosition,
                       addDotZero: addDotZero, to: &out)
            }
        }
    }

    private static func parseExponent(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var i = start
        var negative = false
        if bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") {
            negative = bytes[i] == UInt8(ascii: "-")
            i += 1
        }
        var magnitude = 0
        while i < bytes.count {
            magnitude = magnitude * 10 + Int(bytes[i] &- UInt8(ascii: "0"))
            i += 1
        }
        return negative ? -magnitude : magnitude
    }

    /// Writes 0.DIGITS * 10^pointPosition the way CPython's `float_repr_style == 'short'`
    /// formatting does.
    private static func layOut(_ digits: UnsafeBufferPointer<UInt8>, pointPosition: Int,
                               addDotZero: Bool, to out: inout [UInt8]) {
        let n = digits.count
        if pointPosition <= -4 || pointPosition > 16 {
            out.append(digits[0])
            if n > 1 {
                out.append(UInt8(ascii: "."))
                out.append(contentsOf: digits[1...])
            }
            let exponent = pointPosition - 1
            out.append(UInt8(ascii: "e"))
            out.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
            // At least two exponent digits, as C's printf.
            if exponent.magnitude < 10 { out.append(UInt8(ascii: "0")) }
            appendDecimal(UInt64(exponent.magnitude), to: &out)
        } else if pointPosition <= 0 {
            out.append(UInt8(ascii: "0"))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -pointPosition))
            out.append(contentsOf: digits)
        } else if pointPosition < n {
            out.append(contentsOf: digits[..<pointPosition])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[pointPosition...])
        } else {
            out.append(contentsOf: digits)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: pointPosition - n))
            if addDotZero {
                out.append(UInt8(ascii: "."))
                out.append(UInt8(ascii: "0"))
            }
        }
    }

    /// The decimal digits of `value`, zero-padded on the left to `width` (at most 20)
    /// digits.
    public static func appendDecimal(_ value: UInt64, width: Int = 1, to out: inout [UInt8]) {
        // Line numbers and columns are mostly short: skip the buffer for one digit.
        if value < 10 && width <= 1 {
            out.append(UInt8(truncatingIfNeeded: value) &+ UInt8(ascii: "0"))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
            var i = 20
            var rest = value
            while rest != 0 || 20 - i < width {
                i -= 1
                buffer[i] = UInt8(truncatingIfNeeded: rest % 10) &+ UInt8(ascii: "0")
                rest /= 10
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[i...]))
        }
    }

    static func appendASCII(_ text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }
}
