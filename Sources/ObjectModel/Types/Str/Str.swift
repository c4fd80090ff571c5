import GC
import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `str`: PEP 393 compact strings. ASCII strings have the 48-byte `PyASCIIObject`
/// header, others the 72-byte `PyCompactUnicodeObject` one; the code points follow at
/// 1, 2 or 4 bytes each, then a 0 terminator.
public enum Str {
    static let asciiHeader = MemoryLayout<PyASCIIObject>.size
    static let compactHeader = MemoryLayout<PyCompactUnicodeObject>.size

    // MARK: Creation

    /// A new string of `length` code points of `kind` bytes each, data uninitialised
    /// (zeroed). `ascii` strings must be kind 1 with code points below 128.
    public static func allocate(length: Int, kind: Int, ascii: Bool) -> Value {
        let header = ascii ? asciiHeader : compactHeader
        let object = Allocation.object(Krait_str_type, size: header + (length + 1) * kind)
        let s = object.layout(PyASCIIObject.self)
        s.pointee.length = length
        s.pointee.hash = -1
        s.pointee.state.kind = UInt32(kind)
        s.pointee.state.compact = 1
        s.pointee.state.ascii = ascii ? 1 : 0
        s.pointee.state.ready = 1
        return Value(object)
    }

    /// The bytes of a string's header and code points, with the terminator.
    static func storageSize(_ object: ObjectPointer) -> Int {
        let s = object.layout(PyASCIIObject.self)
        return (s.pointee.state.ascii != 0 ? asciiHeader : compactHeader) + (s.pointee.length + 1) * Int(s.pointee.state.kind)
    }

    /// An instance of the str subclass `type` with the code points of `v`; the fields
    /// its class adds follow them (`krait_str_trailer_shift`).
    static func copy(_ v: Value, as type: TypePointer) -> Value {
        let size = storageSize(v.object)
        let fields = type.pointee.tp_basicsize - Krait_str_type.pointee.tp_basicsize
        let object = Allocation.object(type, size: ((size + 7) & ~7) + fields)
        let header = MemoryLayout<PyObject>.size
        (UnsafeMutableRawPointer(object) + header).copyMemory(from: UnsafeRawPointer(v.object) + header, byteCount: size - header)
        object.layout(PyASCIIObject.self).pointee.state.interned = 0
        return Value(object)
    }

    /// The kind (bytes per code point) a string whose largest code point is `maxChar` has.
    @inline(__always)
    public static func kind(forMaxChar maxChar: UInt32) -> Int {
        maxChar < 0x100 ? 1 : maxChar < 0x10000 ? 2 : 4
    }

    /// A string of the given code points (surrogates allowed, as in Python). Callers in
    /// other modules reach this concrete form rather than the generic one, which they
    /// could only call unspecialised.
    public static func make(codePoints: [UInt32]) -> Value {
        codePoints.withUnsafeBufferPointer { make(codePoints: $0) }
    }

    public static func make(codePoints: UnsafeBufferPointer<UInt32>) -> Value {
        var maxChar: UInt32 = 0
        for c in codePoints { maxChar = max(maxChar, c) }
        let kind = kind(forMaxChar: maxChar)
        let v = allocate(length: codePoints.count, kind: kind, ascii: maxChar < 128)
        let data = self.data(v)
        switch kind {
        case 1:
            let bytes = data.assumingMemoryBound(to: UInt8.self)
            for i in 0..<codePoints.count { bytes[i] = UInt8(truncatingIfNeeded: codePoints[i]) }
        case 2:
            let units = data.assumingMemoryBound(to: UInt16.self)
            for i in 0..<codePoints.count { units[i] = UInt16(truncatingIfNeeded: codePoints[i]) }
        default:
            data.copyMemory(from: codePoints.baseAddress!, byteCount: 4 * codePoints.count)
        }
        return v
    }

    /// The same for any collection of code points (specialised only within this module).
    public static func make<C: Collection>(codePoints: C) -> Value where C.Element == UInt32 {
        var maxChar: UInt32 = 0
        for c in codePoints { maxChar = max(maxChar, c) }
        let kind = kind(forMaxChar: maxChar)
        let v = allocate(length: codePoints.count, kind: kind, ascii: maxChar < 128)
        let data = self.data(v)
        var i = 0
        switch kind {
        case 1: for c in codePoints { data.storeBytes(of: UInt8(c), toByteOffset: i, as: UInt8.self); i += 1 }
        case 2: for c in codePoints { data.storeBytes(of: UInt16(c), toByteOffset: 2 * i, as: UInt16.self); i += 1 }
        default: for c in codePoints { data.storeBytes(of: c, toByteOffset: 4 * i, as: UInt32.self); i += 1 }
        }
        return v
    }

    /// A string from Swift text (which has no lone surrogates).
    public static func make(_ text: String) -> Value {
        var text = text
        return text.withUTF8 { utf8 in
            if utf8.allSatisfy({ $0 < 0x80 }) {
                let v = allocate(length: utf8.count, kind: 1, ascii: true)
                if let base = utf8.baseAddress { data(v).copyMemory(from: base, byteCount: utf8.count) }
                return v
            }
            return make(codePoints: String(decoding: utf8, as: UTF8.self).unicodeScalars.map(\.value))
        }
    }

    // MARK: Access

    @inline(__always)
    static func header(_ v: Value) -> UnsafeMutablePointer<PyASCIIObject> { v.layout(PyASCIIObject.self) }

    @inline(__always)
    public static func length(_ v: Value) -> Int { header(v).pointee.length }

    @inline(__always)
    public static func kind(_ v: Value) -> Int { Int(header(v).pointee.state.kind) }

    @inline(__always)
    public static func isASCII(_ v: Value) -> Bool { header(v).pointee.state.ascii != 0 }

    /// The code points (`PyUnicode_DATA`).
    @inline(__always)
    public static func data(_ v: Value) -> UnsafeMutableRawPointer {
        UnsafeMutableRawPointer(v.object) + (isASCII(v) ? asciiHeader : compactHeader)
    }

    @inline(__always)
    public static func codePoint(_ v: Value, at i: Int) -> UInt32 {
        let d = data(v)
        switch kind(v) {
        case 1: return UInt32(d.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(d.load(fromByteOffset: 2 * i, as: UInt16.self))
        default: return d.load(fromByteOffset: 4 * i, as: UInt32.self)
        }
    }

    /// All code points, for code that is not performance-critical.
    public static func codePoints(_ v: Value) -> [UInt32] {
        (0..<length(v)).map { codePoint(v, at: $0) }
    }

    /// The text as Swift sees it; lone surrogates become U+FFFD (for messages only).
    public static func swiftString(_ v: Value) -> String {
        if isASCII(v) {
            return String(decoding: UnsafeRawBufferPointer(start: data(v), count: length(v)), as: UTF8.self)
        }
        var s = String.UnicodeScalarView()
        for c in codePoints(v) { s.append(Unicode.Scalar(c) ?? "\u{FFFD}") }
        return String(s)
    }

    /// The text, or nil when it has lone surrogates (which Swift text cannot hold).
    public static func swiftStringIfValid(_ v: Value) -> String? {
        if isASCII(v) { return swiftString(v) }
        for i in 0..<length(v) where (0xD800...0xDFFF).contains(codePoint(v, at: i)) { return nil }
        return swiftString(v)
    }

    // MARK: Comparison and hashing

    public static func equal(_ a: Value, _ b: Value) -> Bool {
        if a == b { return true }
        let n = length(a)
        guard n == length(b), kind(a) == kind(b) else { return false }
        let ha = header(a).pointee.hash, hb = header(b).pointee.hash
        if ha != -1 && hb != -1 && ha != hb { return false }
        return memcmp(data(a), data(b), n * kind(a)) == 0
    }

    /// Code-point order, as Python compares strings.
    public static func compare(_ a: Value, _ b: Value) -> Int {
        let na = length(a), nb = length(b)
        if kind(a) == 1 && kind(b) == 1 {
            let c = memcmp(data(a), data(b), min(na, nb))
            if c != 0 { return c < 0 ? -1 : 1 }
        } else {
            for i in 0..<min(na, nb) {
                let x = codePoint(a, at: i), y = codePoint(b, at: i)
                if x != y { return x < y ? -1 : 1 }
            }
        }
        return na == nb ? 0 : na < nb ? -1 : 1
    }

    /// `hash(s)`: SipHash over the code points in their stored width, as CPython.
    public static func hash(_ v: Value) -> Int {
        let h = header(v)
        if h.pointee.hash != -1 { return h.pointee.hash }
        let result = Hashing.bytes(data(v), count: length(v) * kind(v))
        h.pointee.hash = result
        return result
    }

    // MARK: Building

    /// `v` itself if it is an exact str, else an exact str of its code points: str's
    /// operations never give a subclass instance (CPython's `unicode_result_unchanged`).
    public static func exact(_ v: Value) -> Value { substring(v, 0..<length(v)) }

    /// `a + b`.
    public static func concat(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let na = length(a), nb = length(b)
        if na == 0 { return exact(b) }
        if nb == 0 { return exact(a) }
        guard na <= Int.max / 4 - nb else { throw PyException.overflowError("strings are too large to concat") }
        let kind = max(kind(a), kind(b))
        let result = allocate(length: na + nb, kind: kind, ascii: isASCII(a) && isASCII(b))
        copy(a, to: result, at: 0)
        copy(b, to: result, at: na)
        return result
    }

    /// Copies all of `source`'s code points into `target` (whose kind is at least
    /// `source`'s) from position `offset` on.
    static func copy(_ source: Value, to target: Value, at offset: Int) {
        let ks = kind(source), kt = kind(target), n = length(source)
        let s = data(source), t = data(target)
        if ks == kt {
            (t + offset * kt).copyMemory(from: s, byteCount: n * ks)
            return
        }
        for i in 0..<n {
            let c = codePoint(source, at: i)
            switch kt {
            case 2: t.storeBytes(of: UInt16(c), toByteOffset: 2 * (offset + i), as: UInt16.self)
            default: t.storeBytes(of: c, toByteOffset: 4 * (offset + i), as: UInt32.self)
            }
        }
    }

    /// A string of the code points `range` of `v`, in the narrowest kind.
    public static func substring(_ v: Value, _ range: Range<Int>) -> Value {
        if range.count == length(v) && v.isExactly(Krait_str_type) { return v }
        if kind(v) == 1 {
            let source = data(v) + range.lowerBound
            let bytes = UnsafeRawBufferPointer(start: source, count: range.count)
            let result = allocate(length: range.count, kind: 1, ascii: isASCII(v) || !bytes.contains { $0 >= 0x80 })
            data(result).copyMemory(from: source, byteCount: range.count)
            return result
        }
        var maxChar: UInt32 = 0
        for i in range { maxChar = max(maxChar, codePoint(v, at: i)) }
        let result = allocate(length: range.count, kind: kind(forMaxChar: maxChar), ascii: maxChar < 128)
        let kt = kind(result), t = data(result)
        for (j, i) in range.enumerated() {
            let c = codePoint(v, at: i)
            switch kt {
            case 1: t.storeBytes(of: UInt8(c), toByteOffset: j, as: UInt8.self)
            case 2: t.storeBytes(of: UInt16(c), toByteOffset: 2 * j, as: UInt16.self)
            default: t.storeBytes(of: c, toByteOffset: 4 * j, as: UInt32.self)
            }
        }
        return result
    }
}

extension Str {
    /// One-character strings of code points below 256, shared as CPython shares them;
    /// each is held by a handle.
    nonisolated(unsafe) static var latin1: [Value] = []

    static func createLatin1Cache() {
        latin1 = (0..<256).map { c in
            let v = make(codePoints: [UInt32(c)])
            _ = Heap.shared.retain(v.object)
            return v
        }
    }

    /// `s[i]` as a new (or shared) one-character string.
    public static func character(_ s: Value, at i: Int) -> Value {
        let c = codePoint(s, at: i)
        if c < 256 { return latin1[Int(c)] }
        return make(codePoints: CollectionOfOne(c))
    }
}
