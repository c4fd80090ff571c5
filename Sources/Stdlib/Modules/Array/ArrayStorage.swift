import ObjectLayout
import ObjectModel

/// `array.array`'s storage: `ob_size` items of one machine type in a byte block
/// (`ByteBlocks`), grown as CPython's `array_resize` grows it.
enum ArrayStorage {
    typealias Object = UnsafeMutablePointer<KraitArrayObject>

    /// The typecodes in CPython's order (`array.typecodes`).
    static let typecodes = "bBuhHiIlLqQfd"

    @inline(__always)
    static func array(_ v: Value) -> Object { v.layout(KraitArrayObject.self) }

    static func isArray(_ v: Value) -> Bool { v.isObject && TypeObject.isSubtype(v.type, of: Krait_array_type) }

    @inline(__always)
    static func count(_ v: Value) -> Int { array(v).pointee.ob_base.ob_size }

    @inline(__always)
    static func typecode(_ v: Value) -> UInt8 { UInt8(array(v).pointee.typecode) }

    @inline(__always)
    static func itemsize(_ v: Value) -> Int { Int(array(v).pointee.itemsize) }

    static func byteCount(_ v: Value) -> Int { count(v) * itemsize(v) }

    /// The first item (a valid pointer even when nothing is allocated).
    @inline(__always)
    static func data(_ v: Value) -> UnsafeMutableRawPointer {
        array(v).pointee.ob_item.map { UnsafeMutableRawPointer($0) } ?? emptyData
    }

    static let emptyData = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)

    static func bytes(_ v: Value) -> UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: data(v), count: byteCount(v)) }

    /// The item size of a typecode on Krait's 64-bit Linux machines (wchar_t is 4 bytes).
    static func itemsize(of typecode: UInt8) -> Int? {
        switch typecode {
        case UInt8(ascii: "b"), UInt8(ascii: "B"): return 1
        case UInt8(ascii: "h"), UInt8(ascii: "H"): return 2
        case UInt8(ascii: "i"), UInt8(ascii: "I"), UInt8(ascii: "f"), UInt8(ascii: "u"): return 4
        case UInt8(ascii: "l"), UInt8(ascii: "L"), UInt8(ascii: "q"), UInt8(ascii: "Q"), UInt8(ascii: "d"): return 8
        default: return nil
        }
    }

    /// An empty array of `type` (possibly a subclass) for a valid typecode.
    static func make(_ type: TypePointer, typecode: UInt8, count: Int = 0) -> Value {
        let v = Value(ModuleTypes.allocate(type))
        array(v).pointee.typecode = Int32(typecode)
        array(v).pointee.itemsize = Int32(itemsize(of: typecode)!)
        if count > 0 { resize(v, count, exactly: true) }
        return v
    }

    /// A plain array of `v`'s typecode (slices and copies of subclasses are plain arrays, as in CPython).
    static func makeLike(_ v: Value, count: Int = 0) -> Value { make(Krait_array_type, typecode: typecode(v), count: count) }

    /// Sets the count: the block is kept while it is big enough and at least half used,
    /// else reallocated with CPython's over-allocation (new/16 plus 3 or 7 items), or
    /// to the exact size for a new array, as `newarrayobject` allocates.
    static func resize(_ v: Value, _ newCount: Int, exactly: Bool = false) {
        let a = array(v)
        let allocated = a.pointee.allocated
        if allocated >= newCount && newCount >= allocated >> 1 {
            a.pointee.ob_base.ob_size = newCount
            return
        }
        if newCount == 0 {
            a.pointee.ob_item = nil
            a.pointee.allocated = 0
            a.pointee.ob_base.ob_size = 0
            return
        }
        let capacity = exactly ? newCount : newCount >> 4 + (count(v) < 8 ? 3 : 7) + newCount
        let size = itemsize(v)
        let items = UnsafeMutableRawPointer(ByteBlocks.allocate(capacity * size))
        let kept = Swift.min(count(v), newCount) * size
        if kept > 0 { items.copyMemory(from: data(v), byteCount: kept) }
        a.pointee.ob_item = items.assumingMemoryBound(to: CChar.self)
        a.pointee.allocated = capacity
        a.pointee.ob_base.ob_size = newCount
    }

    /// Replaces items `range` with the bytes of `count` items from `source` (which
    /// may point into this array: it is copied first).
    static func replace(_ v: Value, _ range: Range<Int>, with source: UnsafeRawBufferPointer) {
        let size = itemsize(v), old = count(v)
        let copy = Array(source)
        let newItems = copy.count / size
        let tail = old - range.upperBound
        if newItems > range.count { resize(v, old + newItems - range.count) }
        let p = data(v)
        if tail > 0 && newItems != range.count {
            (p + (range.lowerBound + newItems) * size).copyMemory(from: p + range.upperBound * size, byteCount: tail * size)
        }
        if newItems < range.count { resize(v, old + newItems - range.count) }
        copy.withUnsafeBytes { b in
            if let base = b.baseAddress { (data(v) + range.lowerBound * size).copyMemory(from: base, byteCount: b.count) }
        }
    }

    /// Appends raw item bytes.
    static func append(_ v: Value, bytes: UnsafeRawBufferPointer) {
        let n = count(v)
        replace(v, n..<n, with: bytes)
    }

    static let traverse: traverseproc = { object, visit, arg in
        ByteBlocks.visit(object!.layout(KraitArrayObject.self).pointee.ob_item, visit, arg)
        return 0
    }
}
