import ObjectLayout
import ObjectModel

/// Unpacking as CPython's `s_unpack_internal` and its `nu_*`, `lu_*` and `bu_*`
/// functions.
enum StructUnpack {
    typealias Mode = StructFormat.Mode

    /// A tuple of the `count` values `codes` read from `data`, which holds at least
    /// the format's size.
    static func unpack(_ codes: UnsafeBufferPointer<KraitStructCode>, count: Int, from data: UnsafeRawPointer) throws(PyException) -> Value {
        let result = Tuple.allocate(count: count)
        var k = 0
        for code in codes {
            let c = UInt8(bitPattern: code.format), mode = Mode(rawValue: code.mode)!
            for r in 0..<code.repeat {
                let v = try item(c, mode, code.size, data + code.offset + r * code.size)
                Tuple.items(result)[k] = v
                k += 1
            }
        }
        return result
    }

    static func item(_ c: UInt8, _ mode: Mode, _ size: Int, _ p: UnsafeRawPointer) throws(PyException) -> Value {
        let big = mode == .big
        switch c {
        case UInt8(ascii: "c"): return Bytes.make(UnsafeRawBufferPointer(start: p, count: 1))
        case UInt8(ascii: "s"): return Bytes.make(UnsafeRawBufferPointer(start: p, count: size))
        case UInt8(ascii: "p"):
            // The count byte, at most the room after it; a '0p' has none (CPython
            // then asks for a bytes of size -1).
            let n = size == 0 ? -1 : Swift.min(Int(p.load(as: UInt8.self)), size - 1)
            if n < 0 { throw PyException.systemError("Negative size passed to PyBytes_FromStringAndSize") }
            return Bytes.make(UnsafeRawBufferPointer(start: p + 1, count: n))
        case UInt8(ascii: "?"): return .bool(p.load(as: UInt8.self) != 0)
        case UInt8(ascii: "e"): return FloatObject.make(half(UInt16(load(p, 2, big: big))))
        case UInt8(ascii: "f"): return FloatObject.make(Double(Float(bitPattern: UInt32(load(p, 4, big: big)))))
        case UInt8(ascii: "d"): return FloatObject.make(Double(bitPattern: load(p, 8, big: big)))
        case UInt8(ascii: "b"), UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "q"), UInt8(ascii: "n"):
            // Sign-extended from the item's top bit.
            let shift = UInt64(64 - 8 * size)
            return IntObject.make(Int(Int64(bitPattern: load(p, size, big: big) << shift) >> Int64(shift)))
        default:
            return IntObject.make(unsigned: load(p, size, big: big))
        }
    }

    /// `PyFloat_Unpack2`; every NaN reads as the default NaN with the sign bit's sign.
    static func half(_ bits: UInt16) -> Double {
        let h = Float16(bitPattern: bits)
        if h.isNaN { return bits & 0x8000 != 0 ? -Double.nan : Double.nan }
        return Double(h)
    }

    /// The `size` bytes at `p` as an unsigned number in the byte order asked.
    @inline(__always)
    static func load(_ p: UnsafeRawPointer, _ size: Int, big: Bool) -> UInt64 {
        var x: UInt64 = 0
        for i in 0..<size {
            let byte = UInt64(p.load(fromByteOffset: big ? i : size - 1 - i, as: UInt8.self))
            x = x << 8 | byte
        }
        return x
    }
}
