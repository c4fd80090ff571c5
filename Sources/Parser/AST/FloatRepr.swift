extension PyRepr {
    /// `repr(float)`: the shortest digits that round-trip, positional when the decimal
    /// exponent is in [-4, 16), exponent notation otherwise (`1e+16`, `1e-05`).
    public static func float(_ value: Double) -> String {
        render { appendFloat(value, to: &$0) }
    }

    /// `repr(complex(0.0, value))`, the value of an imaginary literal: the real part
    /// is a positive zero, so CPython prints only the imaginary part (`1j`, `1e+16j`).
    public static func imaginary(_ value: Double) -> String {
        render { appendImaginary(value, to: &$0) }
    }

    public static func appendFloat(_ value: Double, to out: inout [UInt8]) {
        appendShortest(value, addDotZero: true, to: &out)
    }

    public static func appendImaginary(_ value: Double, to out: inout [UInt8]) {
        // complex's repr formats its parts like float's repr but without forcing ".0".
        appendShortest(value, addDotZero: false, to: &out)
        out.append(UInt8(ascii: "j"))
    }

    private static func appendShortest(_ value: Double, addDotZero: Bool, to out: inout [UInt8]) {
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
}
