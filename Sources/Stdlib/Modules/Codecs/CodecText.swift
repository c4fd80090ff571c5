import ObjectLayout
import ObjectModel

/// A str's code points, read through its kind and data (fetched once). The str must
/// stay reachable while the reader is used (a local holding it is enough).
struct TextReader {
    let data: UnsafeRawPointer
    let kind: Int
    let count: Int

    init(_ s: Value) {
        data = UnsafeRawPointer(Str.data(s))
        kind = Str.kind(s)
        count = Str.length(s)
    }

    @inline(__always)
    subscript(i: Int) -> UInt32 {
        switch kind {
        case 1: return UInt32(data.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(data.load(fromByteOffset: 2 * i, as: UInt16.self))
        default: return data.load(fromByteOffset: 4 * i, as: UInt32.self)
        }
    }
}

/// Small pieces the codecs share.
enum CodecText {
    static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `value` as `digits` lower-case hex digits.
    @inline(__always)
    static func appendHex(_ value: UInt32, digits: Int, to out: inout [UInt8]) {
        var shift = 4 * (digits - 1)
        while shift >= 0 {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
            shift -= 4
        }
    }

    @inline(__always)
    static func appendHex(_ value: UInt32, digits: Int, to out: inout [UInt32]) {
        var shift = 4 * (digits - 1)
        while shift >= 0 {
            out.append(UInt32(hexDigits[Int((value >> UInt32(shift)) & 0xF)]))
            shift -= 4
        }
    }

    /// `\xNN`, `\uNNNN` or `\UNNNNNNNN` for a code point, as backslashreplace writes it.
    static func appendEscape(_ c: UInt32, to out: inout [UInt32]) {
        out.append(0x5C)
        if c >= 0x10000 {
            out.append(0x55)
            appendHex(c, digits: 8, to: &out)
        } else if c >= 0x100 {
            out.append(0x75)
            appendHex(c, digits: 4, to: &out)
        } else {
            out.append(0x78)
            appendHex(c, digits: 2, to: &out)
        }
    }

    static func append(_ text: String, to out: inout [UInt32]) {
        for c in text.unicodeScalars { out.append(c.value) }
    }

    @inline(__always)
    static func isSurrogate(_ c: UInt32) -> Bool { c & 0xFFFF_F800 == 0xD800 }

    /// The code points of a str.
    static func codePoints(_ s: Value) -> [UInt32] {
        let reader = TextReader(s)
        var out: [UInt32] = []
        out.reserveCapacity(reader.count)
        for i in 0..<reader.count { out.append(reader[i]) }
        return out
    }
}
