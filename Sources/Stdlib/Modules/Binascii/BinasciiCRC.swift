import ObjectLayout
import ObjectModel

/// CRC-32 (zlib's, reflected polynomial 0xEDB88320) and CRC-CCITT (polynomial
/// 0x1021, as BinHex used), each from a 256-entry table built on first use.
extension BinasciiModule {
    static let crc32Table: UnsafeMutablePointer<UInt32> = {
        let table = UnsafeMutablePointer<UInt32>.allocate(capacity: 256)
        for n in 0..<256 {
            var c = UInt32(n)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            table[n] = c
        }
        return table
    }()

    static let crcHqxTable: UnsafeMutablePointer<UInt16> = {
        let table = UnsafeMutablePointer<UInt16>.allocate(capacity: 256)
        for n in 0..<256 {
            var c = UInt16(n) << 8
            for _ in 0..<8 { c = c & 0x8000 != 0 ? (c << 1) ^ 0x1021 : c << 1 }
            table[n] = c
        }
        return table
    }()

    static func crc32(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("binascii.crc32")
        try args.positional("crc32", min: 1, max: 2)
        _ = try binary(args[0])
        let start = try args.optional(1).map { v throws(PyException) in try bitwise(v) } ?? 0
        let input = try binary(args[0])
        let table = crc32Table
        var crc = ~start
        for i in 0..<input.count {
            crc = table[Int((crc ^ UInt32(input[i])) & 0xFF)] ^ (crc >> 8)
        }
        return IntObject.make(Int(~crc))
    }

    static func crcHqx(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("binascii.crc_hqx")
        try args.positional("crc_hqx", min: 2, max: 2)
        _ = try binary(args[0])
        var crc = UInt16(truncatingIfNeeded: try bitwise(args[1]))
        let input = try binary(args[0])
        let table = crcHqxTable
        for i in 0..<input.count {
            crc = (crc << 8) ^ table[Int(UInt8(truncatingIfNeeded: crc >> 8) ^ input[i])]
        }
        return IntObject.make(Int(crc))
    }
}
