extension Parser {
    /// 3.11's `sys.int_info.default_max_str_digits`: longer decimal literals are rejected.
    static let maxDecimalDigits = 4300

    /// The value of a NUMBER token.
    mutating func numberConstant(_ t: Token) throws -> NodeID {
        var digits: [UInt8] = []
        digits.reserveCapacity(Int(t.end - t.start))
        for i in Int(t.start)..<Int(t.end) where src[i] != UInt8(ascii: "_") {
            digits.append(src[i])
        }
        let value = try numberValue(digits, token: t)
        return constantNode(value, span: SourceSpan(lineno: t.line, colOffset: t.col, endLineno: t.endLine, endColOffset: t.endCol))
    }

    func numberValue(_ d: [UInt8], token t: Token) throws -> ConstantValue {
        let last = d[d.count - 1] | 0x20
        if last == UInt8(ascii: "j") {
            return .imaginary(parseDouble(d.dropLast()))
        }
        if d.count > 1 && d[0] == UInt8(ascii: "0") {
            let radixLetter = d[1] | 0x20
            let radix: UInt64
            switch radixLetter {
            case UInt8(ascii: "x"): radix = 16
            case UInt8(ascii: "o"): radix = 8
            case UInt8(ascii: "b"): radix = 2
            default: radix = 0
            }
            if radix != 0 {
                return integerValue(d.dropFirst(2), radix: radix)
            }
        }
        if d.contains(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) {
            return .float(parseDouble(d[...]))
        }
        if d.count > Parser.maxDecimalDigits {
            throw fail("Exceeds the limit (\(Parser.maxDecimalDigits) digits) for integer string conversion: value has \(d.count) digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                       at: t)
        }
        return integerValue(d[...], radix: 10)
    }

    func parseDouble(_ d: ArraySlice<UInt8>) -> Double {
        Double(String(decoding: d, as: UTF8.self)) ?? .infinity
    }

    /// Digits in `radix` to an Int64, or to little-endian 64-bit limbs when larger.
    func integerValue(_ digits: ArraySlice<UInt8>, radix: UInt64) -> ConstantValue {
        if radix != 10 { return powerOfTwoValue(digits, bitsPerDigit: radix == 16 ? 4 : (radix == 8 ? 3 : 1)) }
        var limbs: [UInt64] = [0]
        for c in digits {
            let v: UInt64
            if c &- 0x30 < 10 { v = UInt64(c &- 0x30) } else { v = UInt64((c | 0x20) &- UInt8(ascii: "a") + 10) }
            // limbs = limbs * radix + v
            var carry = v
            for i in 0..<limbs.count {
                let (hi, lo) = limbs[i].multipliedFullWidth(by: radix)
                let (sum, overflow) = lo.addingReportingOverflow(carry)
                limbs[i] = sum
                carry = hi &+ (overflow ? 1 : 0)
            }
            if carry != 0 { limbs.append(carry) }
        }
        return normalized(limbs)
    }

    /// Hexadecimal, octal and binary digits map to bits directly: linear time however
    /// long the literal (CPython puts no digit limit on these).
    func powerOfTwoValue(_ digits: ArraySlice<UInt8>, bitsPerDigit: Int) -> ConstantValue {
        var limbs = [UInt64](repeating: 0, count: (digits.count * bitsPerDigit) / 64 + 1)
        var bit = 0
        for c in digits.reversed() {
            let v = c &- 0x30 < 10 ? UInt64(c &- 0x30) : UInt64((c | 0x20) &- UInt8(ascii: "a") + 10)
            limbs[bit / 64] |= v << UInt64(bit % 64)
            if bit % 64 + bitsPerDigit > 64 { limbs[bit / 64 + 1] |= v >> UInt64(64 - bit % 64) }
            bit += bitsPerDigit
        }
        return normalized(limbs)
    }

    func normalized(_ limbs: [UInt64]) -> ConstantValue {
        var limbs = limbs
        while limbs.count > 1 && limbs[limbs.count - 1] == 0 { limbs.removeLast() }
        if limbs.count == 1 && limbs[0] <= UInt64(Int64.max) {
            return .int(Int64(limbs[0]))
        }
        return .bigInt(limbs)
    }
}
