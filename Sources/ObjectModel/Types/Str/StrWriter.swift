import ObjectLayout

/// Text collected for a new str in the narrowest storage that holds it so far (the role
/// of CPython's `_PyUnicodeWriter`): one byte per code point until a wider one arrives,
/// then two or four. `finish` copies the storage into the str with no further scan.
public struct StrWriter: ~Copyable {
    var storage: UnsafeMutableRawPointer
    /// Code points the storage has room for.
    var capacity: Int
    public private(set) var count = 0
    /// Bytes per code point in `storage`: 1, 2 or 4.
    var kind = 1
    var maxChar: UInt32 = 0

    public init(capacity: Int = 64) {
        self.capacity = Swift.max(capacity, 16)
        storage = .allocate(byteCount: self.capacity, alignment: 8)
    }

    deinit { storage.deallocate() }

    /// The largest code point the current kind holds.
    @inline(__always)
    var kindLimit: UInt32 { kind == 1 ? 0xFF : kind == 2 ? 0xFFFF : 0x10FFFF }

    /// Room for `extra` more code points of `newKind` bytes (at least the current kind).
    mutating func reserve(_ extra: Int, kind newKind: Int) {
        let needed = count + extra
        if needed <= capacity && newKind == kind { return }
        let newCapacity = needed <= capacity ? capacity : Swift.max(needed, capacity * 2)
        let newStorage = UnsafeMutableRawPointer.allocate(byteCount: newCapacity * newKind, alignment: 8)
        if newKind == kind {
            newStorage.copyMemory(from: storage, byteCount: count * kind)
        } else {
            for i in 0..<count { Self.store(newStorage, newKind, i, Self.load(storage, kind, i)) }
        }
        storage.deallocate()
        storage = newStorage
        capacity = newCapacity
        kind = newKind
    }

    @inline(__always)
    static func load(_ p: UnsafeMutableRawPointer, _ kind: Int, _ i: Int) -> UInt32 {
        switch kind {
        case 1: return UInt32(p.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(p.load(fromByteOffset: 2 * i, as: UInt16.self))
        default: return p.load(fromByteOffset: 4 * i, as: UInt32.self)
        }
    }

    @inline(__always)
    static func store(_ p: UnsafeMutableRawPointer, _ kind: Int, _ i: Int, _ c: UInt32) {
        switch kind {
        case 1: p.storeBytes(of: UInt8(truncatingIfNeeded: c), toByteOffset: i, as: UInt8.self)
        case 2: p.storeBytes(of: UInt16(truncatingIfNeeded: c), toByteOffset: 2 * i, as: UInt16.self)
        default: p.storeBytes(of: c, toByteOffset: 4 * i, as: UInt32.self)
        }
    }

    @inline(__always)
    public mutating func append(_ c: UInt32) {
        if count == capacity || c > kindLimit { reserve(1, kind: Swift.max(kind, Str.kind(forMaxChar: c))) }
        Self.store(storage, kind, count, c)
        count += 1
        if c > maxChar { maxChar = c }
    }

    /// An ASCII character, which every kind holds.
    @inline(__always)
    public mutating func appendASCII(_ byte: UInt8) {
        if count == capacity { reserve(1, kind: kind) }
        Self.store(storage, kind, count, UInt32(byte))
        count += 1
        if UInt32(byte) > maxChar { maxChar = UInt32(byte) }
    }

    public mutating func appendASCII(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        reserve(n, kind: kind)
        let bytes = text.utf8Start
        if kind == 1 {
            (storage + count).copyMemory(from: bytes, byteCount: n)
        } else {
            for i in 0..<n { Self.store(storage, kind, count + i, UInt32(bytes[i])) }
        }
        for i in 0..<n where UInt32(bytes[i]) > maxChar { maxChar = UInt32(bytes[i]) }
        count += n
    }

    /// All of str `s` (a copy of its storage when the kinds agree).
    public mutating func append(str s: Value) { append(str: s, 0..<Str.length(s)) }

    /// The code points `range` of str `s`.
    public mutating func append(str s: Value, _ range: Range<Int>) {
        let n = range.count
        if n == 0 { return }
        let sourceKind = Str.kind(s)
        reserve(n, kind: Swift.max(kind, sourceKind))
        let source = Str.data(s) + range.lowerBound * sourceKind
        if sourceKind == kind {
            (storage + count * kind).copyMemory(from: source, byteCount: n * kind)
        } else {
            for i in 0..<n { Self.store(storage, kind, count + i, Self.load(source, sourceKind, i)) }
        }
        count += n
        // Krait's strs are canonical (the narrowest kind, an exact ASCII flag): a whole
        // source's class gives the largest code point the result must hold; a part of
        // one is scanned, so that the result stays canonical too.
        let sourceMax: UInt32 = Str.isASCII(s) ? 0x7F : sourceKind == 1 ? 0xFF : sourceKind == 2 ? 0xFFFF : 0x10FFFF
        if sourceMax > maxChar {
            if n == Str.length(s) {
                maxChar = sourceMax
            } else {
                for i in 0..<n { maxChar = Swift.max(maxChar, Self.load(source, sourceKind, i)) }
            }
        }
    }

    /// The decimal digits of `i`.
    public mutating func appendDecimal(_ i: Int) {
        if i < 0 { appendASCII(0x2D) }
        let m = i.magnitude
        var divisor: UInt = 1
        while m / divisor >= 10 { divisor *= 10 }
        while divisor > 0 {
            appendASCII(UInt8(truncatingIfNeeded: 0x30 + (m / divisor) % 10))
            divisor /= 10
        }
    }

    /// The str of everything appended.
    public consuming func finish() -> Value {
        let finalKind = Str.kind(forMaxChar: maxChar)
        let v = Str.allocate(length: count, kind: finalKind, ascii: maxChar < 0x80)
        let target = Str.data(v)
        if finalKind == kind {
            target.copyMemory(from: storage, byteCount: count * kind)
        } else {
            for i in 0..<count { Self.store(target, finalKind, i, Self.load(storage, kind, i)) }
        }
        return v
    }
}
