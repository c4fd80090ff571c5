import ObjectLayout
import ObjectModel

/// b2a_base64 and a2b_base64, with 3.11's strict mode.
extension BinasciiModule {
    static let base64Alphabet: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    static let padding = UInt8(ascii: "=")

    /// Each byte's 6-bit value, 0xFF for a byte outside the alphabet.
    static let base64Values: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0xFF, count: 256)
        let alphabet = base64Alphabet.utf8Start
        for i in 0..<64 { table[Int(alphabet[i])] = UInt8(i) }
        return table
    }()

    static func b2aBase64(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("b2a_base64", ["data", "newline"], required: 1, positionalOnly: 1, keywordOnly: 1)
        _ = try binary(p[0]!)
        let newline = try flag(p[1], default: true)
        let input = try binary(p[0]!)
        let groups = (input.count + 2) / 3
        return try bytes(count: groups * 4 + (newline ? 1 : 0)) { out in
            let alphabet = base64Alphabet.utf8Start
            var i = 0, o = 0
            while i + 3 <= input.count {
                let word = UInt32(input[i]) << 16 | UInt32(input[i + 1]) << 8 | UInt32(input[i + 2])
                out[o] = alphabet[Int(word >> 18)]
                out[o + 1] = alphabet[Int(word >> 12 & 0x3F)]
                out[o + 2] = alphabet[Int(word >> 6 & 0x3F)]
                out[o + 3] = alphabet[Int(word & 0x3F)]
                i += 3
                o += 4
            }
            let rest = input.count - i
            if rest > 0 {
                let word = UInt32(input[i]) << 16 | (rest == 2 ? UInt32(input[i + 1]) << 8 : 0)
                out[o] = alphabet[Int(word >> 18)]
                out[o + 1] = alphabet[Int(word >> 12 & 0x3F)]
                out[o + 2] = rest == 2 ? alphabet[Int(word >> 6 & 0x3F)] : padding
                out[o + 3] = padding
                o += 4
            }
            if newline { out[o] = UInt8(ascii: "\n") }
        }
    }

    /// Four characters make three bytes; outside strict mode other characters are
    /// skipped and a run of padding that completes a quad ends the data.
    static func a2bBase64(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("a2b_base64", ["data", "strict_mode"], required: 1, positionalOnly: 1, keywordOnly: 1)
        _ = try ascii(p[0]!)
        let strict = try flag(p[1], default: false)
        let input = try ascii(p[0]!)
        if strict && input.count > 0 && input[0] == padding { throw error("Leading padding not allowed") }
        return try bytes(capacity: (input.count + 3) / 4 * 3) { out throws(PyException) in
            let values = base64Values
            var quad = 0, pads = 0, o = 0
            var left: UInt8 = 0
            var paddingStarted = false, stopped = false
            var i = 0
            scan: while i < input.count {
                let c = input[i]
                i += 1
                if c == padding {
                    paddingStarted = true
                    if quad >= 2 {
                        pads += 1
                        if quad + pads >= 4 {
                            if strict && i < input.count { throw error("Excess data after padding") }
                            stopped = true
                            break scan
                        }
                    }
                    continue
                }
                let v = values[Int(c)]
                if v == 0xFF {
                    if strict { throw error("Only base64 data is allowed") }
                    continue
                }
                if strict && paddingStarted { throw error("Discontinuous padding not allowed") }
                pads = 0
                switch quad {
                case 0:
                    left = v
                case 1:
                    out[o] = left << 2 | v >> 4
                    o += 1
                    left = v & 0x0F
                case 2:
                    out[o] = left << 4 | v >> 2
                    o += 1
                    left = v & 0x03
                default:
                    out[o] = left << 6 | v
                    o += 1
                }
                quad = (quad + 1) & 3
            }
            if !stopped && quad != 0 {
                if quad == 1 {
                    throw error("Invalid base64-encoded string: number of data characters (\(o / 3 * 4 + 1)) cannot be 1 more than a multiple of 4")
                }
                throw error("Incorrect padding")
            }
            return o
        }
    }
}
