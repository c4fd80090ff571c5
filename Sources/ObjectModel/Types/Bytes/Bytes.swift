import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `bytes`: immutable bytes after the header, 0-terminated as CPython's.
public enum Bytes {
    static let header = MemoryLayout<PyBytesObject>.offset(of: \.ob_sval)!

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

    @inline(__always)
    public static func data(_ v: Value) -> UnsafeMutableRawPointer { UnsafeMutableRawPointer(v.object) + header }

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

    /// `repr(b)`: `b'…'`, quotes chosen as for str, other bytes escaped.
    public static func repr(_ v: Value) -> String {
        let n = count(v), p = data(v).assumingMemoryBound(to: UInt8.self)
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

    static func setUp() {
        let t = Krait_bytes_type!
        TypeSetup.begin(t, name: "bytes", basicSize: header, itemSize: 1,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_BYTES_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF),
                        doc: "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\nbytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\nConstruct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n  - a text string encoded using the specified encoding\n  - any object implementing the buffer API.\n  - an integer")
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(Bytes.repr(Value(o!))) } }
        t.pointee.tp_hash = { o in Bytes.hash(Value(o!)) }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard TypeObject.hasFlag(y.type, UInt(Py_TPFLAGS_BYTES_SUBCLASS)) else { return .notImplemented }
                let op = CompareOp(rawValue: op)!
                let n = Swift.min(Bytes.count(x), Bytes.count(y))
                var order = Int(memcmp(Bytes.data(x), Bytes.data(y), n)).signum()
                if order == 0 { order = (Bytes.count(x) - Bytes.count(y)).signum() }
                return .bool(op.holds(order))
            }
        }
        t.pointee.tp_traverse = { _, _, _ in 0 }
    }
}
