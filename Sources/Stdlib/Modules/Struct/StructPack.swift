import ObjectLayout
import ObjectModel

/// Packing values as CPython's `s_pack_internal` and its `np_*`, `lp_*` and `bp_*`
/// functions, with their different range checks and messages. On this (little-endian)
/// machine the little-endian standard codes whose sizes match the native ones use
/// the native functions, as CPython swaps them in at start-up.
enum StructPack {
    typealias Mode = StructFormat.Mode

    /// Where packed bytes go: a new bytes object (`owned`), or pack_into's writable
    /// buffer, found afresh before each store since Python code run by a conversion
    /// may have moved its storage (CPython locks the buffer instead).
    struct Target {
        let buffer: Value
        let owned: Bool
        let offset: Int
        let size: Int

        func base() throws(PyException) -> UnsafeMutableRawPointer {
            if owned { return Bytes.data(buffer) + offset }
            let region = try BufferArguments.writable(buffer)
            guard region.count - offset >= size else {
                throw PyException(Krait_exc_BufferError, "Existing exports of data: object cannot be re-sized")
            }
            return region.data + offset
        }
    }

    /// Packs `values` (one per item of `codes`) into `target`, zeroed first; each item
    /// is stored as soon as it is converted, as CPython's `s_pack_internal` does.
    static func pack(_ codes: UnsafeBufferPointer<KraitStructCode>, _ values: UnsafePointer<Value>, into target: Target) throws(PyException) {
        try target.base().initializeMemory(as: UInt8.self, repeating: 0, count: target.size)
        var k = 0
        for code in codes {
            let c = UInt8(bitPattern: code.format), mode = Mode(rawValue: code.mode)!
            if c == UInt8(ascii: "s") || c == UInt8(ascii: "p") {
                try string(c, values[k], try target.base() + code.offset, code.size, room: target.size - code.offset)
                k += 1
                continue
            }
            for r in 0..<code.repeat {
                let v = values[k]
                k += 1
                let bits: UInt64
                do {
                    bits = try item(c, mode, code.size, v)
                } catch {
                    // An int the conversion found too big, whatever the code said.
                    if error.matches(Krait_exc_OverflowError) && IntObject.check(v) {
                        throw StructModule.error("int too large to convert")
                    }
                    throw error
                }
                store(bits, try target.base() + code.offset + r * code.size, code.size, big: mode == .big)
            }
        }
    }

    /// 's' (NUL-padded) and 'p' (a count byte first, at most 255).
    static func string(_ c: UInt8, _ v: Value, _ p: UnsafeMutableRawPointer, _ size: Int, room: Int) throws(PyException) {
        guard BytesLike.isBytes(v) || ByteArray.isByteArray(v) else {
            throw StructModule.error("argument for '\(Character(UnicodeScalar(c)))' must be a bytes object")
        }
        let bytes = ByteView(v)
        if c == UInt8(ascii: "s") {
            let n = Swift.min(bytes.count, size)
            if n > 0 { p.copyMemory(from: bytes.data, byteCount: n) }
            return
        }
        // A '0p' has no room for the count byte; CPython writes -1 there anyway, which
        // only a pad byte after it keeps.
        let n = Swift.min(bytes.count, size - 1)
        if n > 0 { (p + 1).copyMemory(from: bytes.data, byteCount: n) }
        if room > 0 { p.storeBytes(of: UInt8(truncatingIfNeeded: Swift.min(n, 255)), as: UInt8.self) }
    }

    /// The bits item `v` is stored as (in `size` bytes).
    static func item(_ c: UInt8, _ mode: Mode, _ size: Int, _ v: Value) throws(PyException) -> UInt64 {
        switch c {
        case UInt8(ascii: "c"):
            guard BytesLike.isBytes(v), Bytes.count(v) == 1 else {
                throw StructModule.error("char format requires a bytes object of length 1")
            }
            return UInt64(Bytes.data(v).load(as: UInt8.self))
        case UInt8(ascii: "?"):
            return try Protocols.isTrue(v) ? 1 : 0
        case UInt8(ascii: "e"):
            return UInt64(try half(floatArgument(v)))
        case UInt8(ascii: "f"):
            let x = try floatArgument(v)
            let y = Float(x)
            if mode != .native && y.isInfinite && !x.isInfinite {
                throw PyException.overflowError("float too large to pack with f format")
            }
            return UInt64(y.bitPattern)
        case UInt8(ascii: "d"):
            return try floatArgument(v).bitPattern
        case UInt8(ascii: "P"):
            let i = try integer(v)
            if let s = IntObject.machineValue(i) { return UInt64(bitPattern: Int64(s)) }
            if let u = IntObject.unsignedWord(i) { return u }
            throw PyException.overflowError("Python int too large to convert to C \(IntObject.sign(i) < 0 ? "long" : "unsigned long")")
        default:
            return try integerBits(c, mode, size, v)
        }
    }

    /// The two's complement bits of an integer code's value, after its range check.
    static func integerBits(_ c: UInt8, _ mode: Mode, _ size: Int, _ v: Value) throws(PyException) -> UInt64 {
        let swapped = mode == .little && [UInt8(ascii: "h"), UInt8(ascii: "H"), UInt8(ascii: "i"), UInt8(ascii: "I"),
                                           UInt8(ascii: "q"), UInt8(ascii: "Q")].contains(c)
        let native = mode == .native || swapped
        switch c {
        case UInt8(ascii: "b"):
            return try UInt64(bitPattern: Int64(bounded(v, -128...127, "byte format requires -128 <= number <= 127")))
        case UInt8(ascii: "B"):
            return try UInt64(bounded(v, 0...255, "ubyte format requires 0 <= number <= 255"))
        case UInt8(ascii: "h") where native:
            return try UInt64(bitPattern: Int64(bounded(v, -32768...32767, "short format requires -32768 <= number <= 32767")))
        case UInt8(ascii: "H") where native:
            return try UInt64(bounded(v, 0...65535, "ushort format requires 0 <= number <= 65535"))
        case UInt8(ascii: "q") where !native:
            // `_PyLong_AsByteArray`'s own errors.
            guard let x = IntObject.machineValue(try integer(v)) else { throw PyException.overflowError("int too big to convert") }
            return UInt64(bitPattern: Int64(x))
        case UInt8(ascii: "Q") where !native:
            let i = try integer(v)
            if IntObject.sign(i) < 0 { throw PyException.overflowError("can't convert negative int to unsigned") }
            guard let x = IntObject.unsignedWord(i) else { throw PyException.overflowError("int too big to convert") }
            return x
        case UInt8(ascii: "h"), UInt8(ascii: "i"), UInt8(ascii: "l"), UInt8(ascii: "n"), UInt8(ascii: "q"):
            let x = try long(v)
            if size < 8 {
                let largest = (1 << (size * 8 - 1)) - 1
                if x < ~largest || x > largest {
                    throw StructModule.error("'\(Character(UnicodeScalar(c)))' format requires \(~largest) <= number <= \(largest)")
                }
            }
            return UInt64(bitPattern: Int64(x))
        default:
            let x = try unsignedLong(v)
            if size < 8 && x >> UInt64(size * 8) != 0 {
                throw StructModule.error("'\(Character(UnicodeScalar(c)))' format requires 0 <= number <= \((UInt64(1) << UInt64(size * 8)) - 1)")
            }
            return x
        }
    }

    /// `get_long` and a range check with the native functions' fixed message.
    static func bounded(_ v: Value, _ range: ClosedRange<Int>, _ message: String) throws(PyException) -> Int {
        let x = try long(v)
        if !range.contains(x) { throw StructModule.error(message) }
        return x
    }

    /// `get_pylong`: an int, through `__index__` for other objects.
    static func integer(_ v: Value) throws(PyException) -> Value {
        if IntObject.check(v) { return v }
        if Protocols.isIndex(v) { return try Protocols.indexValue(v) }
        throw StructModule.error("required argument is not an integer")
    }

    /// `get_long`: a C long, "argument out of range" beyond.
    static func long(_ v: Value) throws(PyException) -> Int {
        guard let x = IntObject.machineValue(try integer(v)) else { throw StructModule.error("argument out of range") }
        return x
    }

    /// `get_ulong`: a C unsigned long, "argument out of range" when negative or beyond.
    static func unsignedLong(_ v: Value) throws(PyException) -> UInt64 {
        guard let x = IntObject.unsignedWord(try integer(v)) else { throw StructModule.error("argument out of range") }
        return x
    }

    /// `PyFloat_AsDouble`, any failure reported as struct.error.
    static func floatArgument(_ v: Value) throws(PyException) -> Double {
        do {
            return try NativeModule.double(v, "")
        } catch {
            throw StructModule.error("required argument is not a float")
        }
    }

    /// `PyFloat_Pack2`: IEEE binary16, rounded half to even; a NaN keeps only its sign.
    static func half(_ x: Double) throws(PyException) -> UInt16 {
        if x.isNaN { return x.sign == .minus ? 0xFE00 : 0x7E00 }
        let h = Float16(x)
        if h.isInfinite && !x.isInfinite { throw PyException.overflowError("float too large to pack with e format") }
        return h.bitPattern
    }

    /// Stores the low `size` bytes of `bits` in the byte order asked.
    @inline(__always)
    static func store(_ bits: UInt64, _ p: UnsafeMutableRawPointer, _ size: Int, big: Bool) {
        for i in 0..<size {
            let shift = UInt64(8 * (big ? size - 1 - i : i))
            p.storeBytes(of: UInt8(truncatingIfNeeded: bits >> shift), toByteOffset: i, as: UInt8.self)
        }
    }
}
