import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// `bytearray`: CPython's `PyByteArrayObject`. The bytes live in a collected
/// `KraitByteBlock` that `ob_bytes` points into, as a list's items live in a value
/// array: the collector frees the block with its owner at the sweep, and its size
/// counts toward the next collection, with no finalizer (which under PEP 442 would
/// keep every dead bytearray for one more collection). `ob_start` is where the live
/// bytes begin, so deleting a prefix only moves it.
public enum ByteArray {
    static let blockHeader = MemoryLayout<PyVarObject>.size

    @inline(__always)
    static func header(_ v: Value) -> UnsafeMutablePointer<PyByteArrayObject> { v.layout(PyByteArrayObject.self) }

    public static func new(type: TypePointer = Krait_bytearray_type, count: Int = 0) -> Value {
        let v = Value(Allocation.object(type, size: MemoryLayout<PyByteArrayObject>.size))
        if count > 0 { resize(v, count) }
        return v
    }

    public static func make(_ bytes: UnsafeRawBufferPointer, type: TypePointer = Krait_bytearray_type) -> Value {
        let v = new(type: type, count: bytes.count)
        if let base = bytes.baseAddress, bytes.count > 0 { data(v).copyMemory(from: base, byteCount: bytes.count) }
        return v
    }

    public static func isByteArray(_ v: Value) -> Bool { TypeObject.isSubtype(v.type, of: Krait_bytearray_type) }

    @inline(__always)
    public static func count(_ v: Value) -> Int { header(v).pointee.ob_base.ob_size }

    /// The first live byte (a valid pointer even when empty, as CPython's `PyByteArray_AS_STRING`).
    @inline(__always)
    public static func data(_ v: Value) -> UnsafeMutableRawPointer {
        if let start = header(v).pointee.ob_start { return UnsafeMutableRawPointer(start) }
        return UnsafeMutableRawPointer(mutating: emptyData)
    }

    static let emptyData: UnsafeMutableRawPointer = {
        let p = UnsafeMutableRawPointer.allocate(byteCount: 1, alignment: 1)
        p.storeBytes(of: 0, as: UInt8.self)
        return p
    }()

    /// Sets the count as CPython's `PyByteArray_Resize`: a buffer big enough keeps its
    /// block unless the bytes would fill less than half of it; growing by up to an
    /// eighth over-allocates, growing by more takes exactly the size asked. A
    /// terminating 0 follows the bytes.
    static func resize(_ v: Value, _ newCount: Int) {
        let h = header(v)
        let count = h.pointee.ob_base.ob_size
        var alloc = h.pointee.ob_alloc
        let offset = h.pointee.ob_bytes.map { h.pointee.ob_start! - $0 } ?? 0
        if newCount + offset + 1 <= alloc {
            if newCount >= alloc / 2 {
                h.pointee.ob_base.ob_size = newCount
                UnsafeMutableRawPointer(h.pointee.ob_start!).storeBytes(of: 0, toByteOffset: newCount, as: UInt8.self)
                return
            }
            alloc = newCount + 1
        } else if Double(newCount) <= Double(alloc) * 1.125 {
            alloc = newCount + newCount >> 3 + (newCount < 9 ? 3 : 6)
        } else {
            alloc = newCount + 1
        }
        let block = Allocation.varObject(Krait_byteBlock_type, size: blockHeader + alloc, count: alloc)
        let bytes = UnsafeMutableRawPointer(block) + blockHeader
        if count > 0 && newCount > 0 { bytes.copyMemory(from: data(v), byteCount: Swift.min(count, newCount)) }
        bytes.storeBytes(of: 0, toByteOffset: newCount, as: UInt8.self)
        let start = bytes.assumingMemoryBound(to: CChar.self)
        h.pointee.ob_bytes = start
        h.pointee.ob_start = start
        h.pointee.ob_alloc = alloc
        h.pointee.ob_base.ob_size = newCount
    }

    /// Replaces `range` of the bytes with `replacement` (which may be the same object).
    static func replace(_ v: Value, _ range: Range<Int>, with replacement: UnsafeRawBufferPointer) {
        let count = self.count(v), growth = replacement.count - range.count
        let copy = Array(replacement)
        if growth < 0 && range.lowerBound == 0 && range.upperBound <= count {
            // Dropping a prefix moves the start instead of the data, as CPython does;
            // the resize then decides, counting the dropped prefix, whether to reallocate.
            header(v).pointee.ob_start! += -growth
            header(v).pointee.ob_base.ob_size = count + growth
            resize(v, count + growth)
        } else {
            let tail = count - range.upperBound
            if growth > 0 { resize(v, count + growth) }
            let p = data(v)
            if tail > 0 { (p + range.upperBound + growth).copyMemory(from: p + range.upperBound, byteCount: tail) }
            if growth < 0 { resize(v, count + growth) }
        }
        copy.withUnsafeBytes { b in
            if let base = b.baseAddress { (data(v) + range.lowerBound).copyMemory(from: base, byteCount: b.count) }
        }
    }

    static let traverse: traverseproc = { object, visit, arg in
        if let bytes = object!.layout(PyByteArrayObject.self).pointee.ob_bytes {
            Trace.visit((UnsafeMutableRawPointer(bytes) - blockHeader).assumingMemoryBound(to: PyObject.self), visit, arg)
        }
        return 0
    }
}
