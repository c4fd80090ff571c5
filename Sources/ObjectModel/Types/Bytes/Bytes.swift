import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `bytes`: immutable bytes after the header, 0-terminated as CPython's.
public enum Bytes {
    @inline(__always) static var header: Int { krait_bytes_header() }

    public static func allocate(count: Int) -> Value {
        let object = Allocation.varObject(Krait_bytes_type, size: header + count + 1, count: count)
        object.layout(PyBytesObject.self).pointee.ob_shash = -1
        return Value(object)
    }

    public static func make(_ bytes: UnsafeRawBufferPointer) -> Value {
        let v = allocate(count: bytes.count)
        if let base = bytes.baseAddress { data(v).copyMemory(from: base, byteCount: bytes.count) }
        return v
    }

    public static func make(_ bytes: [UInt8]) -> Value {
        bytes.withUnsafeBytes { make($0) }
    }

    @inline(__always)
    public static func count(_ v: Value) -> Int { v.layout(PyVarObject.self).pointee.ob_size }

    @inlinable @inline(__always)
    public static func data(_ v: Value) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(v.object) + krait_bytes_header() }

    public static func hash(_ v: Value) -> Int {
        let b = v.layout(PyBytesObject.self)
        if b.pointee.ob_shash != -1 { return b.pointee.ob_shash }
        let h = Hashing.bytes(data(v), count: count(v))
        b.pointee.ob_shash = h
        return h
    }

    public static func equal(_ a: Value, _ b: Value) -> Bool {
        count(a) == count(b) && memcmp(data(a), data(b), count(a)) == 0
    }

    /// `repr(b)`: `b'…'`, quotes chosen as for str, other bytes escaped. A bytearray's
    /// repr escapes a single quote even inside double quotes, as CPython's does.
    public static func repr(_ v: Value) -> String {
        let escapeSingle = ByteArray.isByteArray(v)
        let view = ByteView(v)
        let n = view.count, p = view.data
        var hasSingle = false, hasDouble = false
        for i in 0..<n {
            if p[i] == 0x27 { hasSingle = true } else if p[i] == 0x22 { hasDouble = true }
        }
        let quote: UInt8 = hasSingle && !hasDouble ? 0x22 : 0x27
        var out: [UInt8] = [0x62, quote]
        let hex = Array("0123456789abcdef".utf8)
        for i in 0..<n {
            let c = p[i]
            switch c {
            case quote, 0x5C: out += [0x5C, c]
            case 0x27 where escapeSingle: out += [0x5C, c]
            case 0x09: out += [0x5C, 0x74]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x20..<0x7F: out.append(c)
            default: out += [0x5C, 0x78, hex[Int(c >> 4)], hex[Int(c & 0xF)]]
            }
        }
        out.append(quote)
        return String(decoding: out, as: UTF8.self)
    }
}
