import ObjectLayout
import ObjectModel

/// hexlify/b2a_hex and unhexlify/a2b_hex (CPython's `_Py_strhex_bytes_with_sep`).
extension BinasciiModule {
    static let hexDigits: StaticString = "0123456789abcdef"

    static func hexlify(_ args: Arguments, _ name: String) throws(PyException) -> Value {
        let p = try args.parse(name, ["data", "sep", "bytes_per_sep"], required: 1)
        // Clinic converts in order (the buffer, then bytes_per_sep), and the
        // separator is checked last; the buffer is read once no Python code can run.
        _ = try binary(p[0]!)
        let group = try p[2].map { v throws(PyException) in try Protocols.cInt(v) } ?? 1
        let separator = try p[1].map { v throws(PyException) in try separatorByte(v) }
        let input = try binary(p[0]!)
        let every = abs(group)
        let separators = separator != nil && group != 0 && input.count > 0 ? (input.count - 1) / every : 0
        return try bytes(count: 2 * input.count + separators) { out in
            let digits = hexDigits.utf8Start
            var o = 0
            for i in 0..<input.count {
                if separators > 0 && i > 0 && (group < 0 ? i % every == 0 : (input.count - i) % every == 0) {
                    out[o] = separator!
                    o += 1
                }
                let b = input[i]
                out[o] = digits[Int(b >> 4)]
                out[o + 1] = digits[Int(b & 0xF)]
                o += 2
            }
        }
    }

    /// The separator: one str character of a one-byte kind, or one byte.
    static func separatorByte(_ sep: Value) throws(PyException) -> UInt8 {
        // CPython takes the length first, so an object without one fails as len() does.
        guard try Protocols.length(sep) == 1 else { throw PyException.valueError("sep must be length 1.") }
        if TypeObject.hasFlag(sep.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) {
            guard Str.kind(sep) == 1 else { throw PyException.valueError("sep must be ASCII.") }
            return UInt8(Str.codePoint(sep, at: 0))
        }
        guard BytesLike.isBytes(sep) else { throw PyException.typeError("sep must be str or bytes.") }
        return Bytes.data(sep).load(as: UInt8.self)
    }

    static func unhexlify(_ args: Arguments, _ name: String) throws(PyException) -> Value {
        let input = try ascii(args.one(name))
        if input.count % 2 != 0 { throw error("Odd-length string") }
        return try bytes(capacity: input.count / 2) { out throws(PyException) in
            var i = 0
            while i < input.count {
                guard let high = hexValue(input[i]), let low = hexValue(input[i + 1]) else {
                    throw error("Non-hexadecimal digit found")
                }
                out[i / 2] = high << 4 | low
                i += 2
            }
            return input.count / 2
        }
    }

    @inline(__always)
    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
