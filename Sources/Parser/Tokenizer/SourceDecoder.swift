#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes source in a declared (PEP 263) encoding to UTF-8 with iconv, and words its
/// failures as Python's codecs do ("'utf-16-le' codec can't decode byte 0x0a in
/// position 22: truncated data").
enum SourceDecoder {
    private struct Codec {
        var iconvName: String
        /// The codec name Python's error messages use.
        var pythonName: String
        var skip = 0
        var invalidReason: String
        var truncatedReason: String
        var unitSize = 1
    }

    static func decode(_ bytes: [UInt8], encoding: String, declared: String,
                       filename: String) throws -> [UInt8] {
        let codec = describe(encoding, bytes)
        let cd = iconv_open("UTF-8", codec.iconvName)
        if cd == iconv_t(bitPattern: -1) {
            throw SourceText.lineZeroError("unknown encoding: \(declared)", filename)
        }
        defer { iconv_close(cd) }
        var input = Array(bytes[codec.skip...])
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var failedAt = -1
        var failure: Int32 = 0
        let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress)?
                    .assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                if iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
                    failure = errno
                    failedAt = inBuf.count - inLeft
                }
                return outBuf.count - outLeft
            }
        }
        if failedAt >= 0 {
            let position = failedAt + codec.skip
            let truncated = failure == EINVAL
            let end = truncated ? bytes.count : min(bytes.count, position + codec.unitSize)
            let reason = truncated ? codec.truncatedReason : codec.invalidReason
            let what: String
            if end - position <= 1 {
                let hex = String(bytes[position], radix: 16)
                what = "byte 0x\(hex.count < 2 ? "0" + hex : hex) in position \(position)"
            } else {
                what = "bytes in position \(position)-\(end - 1)"
            }
            throw SourceText.lineZeroError("'\(codec.pythonName)' codec can't decode \(what): \(reason)", filename)
        }
        return Array(output[0..<produced])
    }

    /// Python's view of a codec: UTF-16/32 pick their byte order from a BOM (little-endian
    /// without one), single-byte tables report as 'charmap'.
    private static func describe(_ name: String, _ bytes: [UInt8]) -> Codec {
        let n = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        func wide(_ bits: Int, _ explicit: String?) -> Codec {
            var order = explicit ?? "le"
            var skip = 0
            let size = bits / 8
            if explicit == nil && bytes.count >= size {
                let bomLE: [UInt8] = bits == 16 ? [0xFF, 0xFE] : [0xFF, 0xFE, 0, 0]
                let bomBE: [UInt8] = bits == 16 ? [0xFE, 0xFF] : [0, 0, 0xFE, 0xFF]
                if Array(bytes[0..<size]) == bomLE { skip = size }
                if Array(bytes[0..<size]) == bomBE { skip = size; order = "be" }
            }
            return Codec(iconvName: "UTF-\(bits)\(order.uppercased())", pythonName: "utf-\(bits)-\(order)",
                         skip: skip, invalidReason: bits == 16 ? "illegal encoding" : "code point not in range(0x110000)",
                         truncatedReason: "truncated data", unitSize: size)
        }
        switch n {
        case "utf-16", "utf16": return wide(16, nil)
        case "utf-16-le", "utf-16le": return wide(16, "le")
        case "utf-16-be", "utf-16be": return wide(16, "be")
        case "utf-32", "utf32": return wide(32, nil)
        case "utf-32-le", "utf-32le": return wide(32, "le")
        case "utf-32-be", "utf-32be": return wide(32, "be")
        case "ascii", "us-ascii", "646":
            return Codec(iconvName: "ASCII", pythonName: "ascii", invalidReason: "ordinal not in range(128)",
                         truncatedReason: "ordinal not in range(128)")
        default:
            let singleByte = ["cp", "windows-", "koi8", "iso8859", "iso-8859", "latin", "mac"].contains { n.hasPrefix($0) }
            return Codec(iconvName: name, pythonName: singleByte ? "charmap" : n,
                         invalidReason: singleByte ? "character maps to <undefined>" : "illegal multibyte sequence",
                         truncatedReason: singleByte ? "character maps to <undefined>" : "incomplete multibyte sequence")
        }
    }
}
