/// The message Python's UTF-8 decoder gives for invalid input starting at `i`, with
/// positions counted from `base`: "can't decode byte 0xe9 in position 1: unexpected
/// end of data" and its kin.
func utf8DecodeErrorMessage(_ p: UnsafePointer<UInt8>, at i: Int, limit: Int, base: Int) -> String {
    let (reason, end) = utf8InvalidSequence(p, at: i, limit: limit)
    if end - i <= 1 {
        let hex = String(p[i], radix: 16)
        return "(unicode error) 'utf-8' codec can't decode byte 0x\(hex.count < 2 ? "0" + hex : hex) in position \(i - base): \(reason)"
    }
    return "(unicode error) 'utf-8' codec can't decode bytes in position \(i - base)-\(end - 1 - base): \(reason)"
}

/// Why the bytes at `i` are not UTF-8, and where the invalid part ends (exclusive): the
/// part a decoder with errors="replace" turns into one U+FFFD.
func utf8InvalidSequence(_ p: UnsafePointer<UInt8>, at i: Int, limit: Int) -> (String, Int) {
    let b0 = p[i]
    let needed: Int
    switch b0 {
    case 0xC2...0xDF: needed = 2
    case 0xE0...0xEF: needed = 3
    case 0xF0...0xF4: needed = 4
    default: return ("invalid start byte", i + 1)
    }
    for k in 1..<needed {
        if i + k >= limit {
            return ("unexpected end of data", limit)
        }
        let b = p[i + k]
        var low: UInt8 = 0x80, high: UInt8 = 0xBF
        if k == 1 {
            switch b0 {
            case 0xE0: low = 0xA0
            case 0xED: high = 0x9F
            case 0xF0: low = 0x90
            case 0xF4: high = 0x8F
            default: break
            }
        }
        if b < low || b > high {
            return ("invalid continuation byte", i + k)
        }
    }
    return ("invalid start byte", i + 1)
}
