import ObjectLayout
import ObjectModel

/// A struct format compiled as CPython's `prepare_s`: the byte order and sizes from
/// the first character, then for each item its offset, size and repeat count.
struct StructFormat {
    enum Mode: Int8 {
        case native = 0, little, big
    }

    var size = 0
    /// The number of values packed or unpacked.
    var count = 0
    var codes: [KraitStructCode] = []

    /// The size and alignment of format character `c` (nil: not a format character
    /// in this mode). Standard sizes have no alignment.
    static func entry(_ c: UInt8, _ mode: Mode) -> (size: Int, alignment: Int)? {
        switch c {
        case UInt8(ascii: "x"), UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "c"), UInt8(ascii: "s"),
             UInt8(ascii: "p"), UInt8(ascii: "?"):
            return (1, 1)
        case UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "e"): return (2, mode == .native ? 2 : 0)
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"): return (4, mode == .native ? 4 : 0)
        case UInt8(ascii: "l"), UInt8(ascii: "L"): return mode == .native ? (8, 8) : (4, 0)
        case UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return (8, mode == .native ? 8 : 0)
        case UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "P"): return mode == .native ? (8, 8) : nil
        default: return nil
        }
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }
    static func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }

    /// Compiles `format` (ASCII bytes without NUL).
    init(_ format: [UInt8]) throws(PyException) {
        var i = 0
        var mode = Mode.native
        if let first = format.first {
            switch first {
            case UInt8(ascii: "<"): mode = .little; i = 1
            case UInt8(ascii: ">"), UInt8(ascii: "!"): mode = .big; i = 1
            // Standard sizes in the machine's order, which is little-endian here.
            case UInt8(ascii: "="): mode = .little; i = 1
            case UInt8(ascii: "@"): i = 1
            default: break
            }
        }
        while i < format.count {
            var c = format[i]
            i += 1
            if StructFormat.isSpace(c) { continue }
            var num = 1
            if StructFormat.isDigit(c) {
                num = Int(c - 0x30)
                while i < format.count && StructFormat.isDigit(format[i]) {
                    let digit = Int(format[i] - 0x30)
                    if num > (Int.max - digit) / 10 { throw StructModule.error("total struct size too long") }
                    num = num * 10 + digit
                    i += 1
                }
                guard i < format.count else { throw StructModule.error("repeat count given without format specifier") }
                c = format[i]
                i += 1
            }
            guard let (itemSize, alignment) = StructFormat.entry(c, mode) else {
                throw StructModule.error("bad char in struct format")
            }
            if alignment > 0 && size > 0 {
                let extra = (alignment - 1) - (size - 1) % alignment
                if extra > Int.max - size { throw StructModule.error("total struct size too long") }
                size += extra
            }
            if num > (Int.max - size) / itemSize { throw StructModule.error("total struct size too long") }
            switch c {
            case UInt8(ascii: "s"), UInt8(ascii: "p"):
                codes.append(KraitStructCode(offset: size, size: num, repeat: 1, format: CChar(bitPattern: c), mode: mode.rawValue))
                count += 1
            case UInt8(ascii: "x"):
                break
            default:
                if num > 0 {
                    codes.append(KraitStructCode(offset: size, size: itemSize, repeat: num, format: CChar(bitPattern: c), mode: mode.rawValue))
                }
                count += num
            }
            size += num * itemSize
        }
    }
}
