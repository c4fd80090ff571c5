import ObjectLayout
import ObjectModel

/// Converting between Python values and an array's machine items, with the messages
/// of CPython's `*_getitem`/`*_setitem` functions (which differ per typecode).
enum ArrayItems {
    /// The item at `p` of `typecode` as a Python value.
    static func unpack(_ typecode: UInt8, _ p: UnsafeRawPointer) throws(PyException) -> Value {
        switch typecode {
        case UInt8(ascii: "b"): return IntObject.make(Int(p.load(as: Int8.self)))
        case UInt8(ascii: "B"): return IntObject.make(Int(p.load(as: UInt8.self)))
        case UInt8(ascii: "h"): return IntObject.make(Int(p.loadUnaligned(as: Int16.self)))
        case UInt8(ascii: "H"): return IntObject.make(Int(p.loadUnaligned(as: UInt16.self)))
        case UInt8(ascii: "i"): return IntObject.make(Int(p.loadUnaligned(as: Int32.self)))
        case UInt8(ascii: "I"): return IntObject.make(Int(p.loadUnaligned(as: UInt32.self)))
        case UInt8(ascii: "l"), UInt8(ascii: "q"): return IntObject.make(Int(p.loadUnaligned(as: Int64.self)))
        case UInt8(ascii: "L"), UInt8(ascii: "Q"): return IntObject.make(unsigned: p.loadUnaligned(as: UInt64.self))
        case UInt8(ascii: "f"): return FloatObject.make(Double(p.loadUnaligned(as: Float.self)))
        case UInt8(ascii: "d"): return FloatObject.make(p.loadUnaligned(as: Double.self))
        default: return try character(p.loadUnaligned(as: UInt32.self))
        }
    }

    /// A 'u' item as a one-character str (`PyUnicode_FromOrdinal`).
    static func character(_ c: UInt32) throws(PyException) -> Value {
        guard c <= 0x10FFFF else {
            throw PyException.valueError("character U+\(String(c, radix: 16)) is not in range [U+0000; U+10FFFF]")
        }
        return Str.make(codePoints: CollectionOfOne(c))
    }

    /// Stores `item` at `p` as `typecode`; nothing is stored when it does not convert.
    static func pack(_ typecode: UInt8, _ item: Value, _ p: UnsafeMutableRawPointer) throws(PyException) {
        switch typecode {
        case UInt8(ascii: "b"): p.storeBytes(of: Int8(try bounded(item, -128...127, "signed char")), as: Int8.self)
        case UInt8(ascii: "B"): p.storeBytes(of: UInt8(try bounded(item, 0...255, "unsigned byte integer")), as: UInt8.self)
        case UInt8(ascii: "h"): p.storeBytes(of: Int16(try bounded(item, -32768...32767, "signed short integer")), as: Int16.self)
        case UInt8(ascii: "H"): p.storeBytes(of: UInt16(try bounded(item, 0...65535, "unsigned short")), as: UInt16.self)
        case UInt8(ascii: "i"):
            p.storeBytes(of: Int32(try bounded(item, Int(Int32.min)...Int(Int32.max), "signed integer")), as: Int32.self)
        case UInt8(ascii: "I"):
            let u = try unsignedLong(item)
            if u > UInt64(UInt32.max) { throw PyException.overflowError("unsigned int is greater than maximum") }
            p.storeBytes(of: UInt32(u), as: UInt32.self)
        case UInt8(ascii: "l"): p.storeBytes(of: try long(item), as: Int.self)
        case UInt8(ascii: "L"): p.storeBytes(of: try unsignedLong(item), as: UInt64.self)
        case UInt8(ascii: "q"):
            let n = try Protocols.indexValue(item)
            guard let i = IntObject.machineValue(n) else { throw PyException.overflowError("int too big to convert") }
            p.storeBytes(of: i, as: Int.self)
        case UInt8(ascii: "Q"):
            let n = try Protocols.indexValue(item)
            if IntObject.sign(n) < 0 { throw PyException.overflowError("can't convert negative int to unsigned") }
            guard let u = IntObject.unsignedWord(n) else { throw PyException.overflowError("int too big to convert") }
            p.storeBytes(of: u, as: UInt64.self)
        case UInt8(ascii: "f"): p.storeBytes(of: Float(try NativeModule.double(item, "array")), as: Float.self)
        case UInt8(ascii: "d"): p.storeBytes(of: try NativeModule.double(item, "array"), as: Double.self)
        default:
            guard ModuleTypes.isStr(item), Str.length(item) == 1 else { throw PyException.typeError("array item must be unicode character") }
            p.storeBytes(of: Str.codePoint(item, at: 0), as: UInt32.self)
        }
    }

    /// C `long` (`PyLong_AsLong` after `__index__`).
    static func long(_ item: Value) throws(PyException) -> Int {
        guard let i = IntObject.machineValue(try Protocols.indexValue(item)) else {
            throw PyException.overflowError("Python int too large to convert to C long")
        }
        return i
    }

    /// A C long checked against the range of a narrower C type named `name`.
    static func bounded(_ item: Value, _ range: ClosedRange<Int>, _ name: String) throws(PyException) -> Int {
        let i = try long(item)
        if i < range.lowerBound { throw PyException.overflowError("\(name) is less than minimum") }
        if i > range.upperBound { throw PyException.overflowError("\(name) is greater than maximum") }
        return i
    }

    /// C `unsigned long` (`PyLong_AsUnsignedLong` after `__index__`), as 'I' and 'L' read it.
    static func unsignedLong(_ item: Value) throws(PyException) -> UInt64 {
        let n = try Protocols.indexValue(item)
        if IntObject.sign(n) < 0 { throw PyException.overflowError("can't convert negative value to unsigned int") }
        guard let u = IntObject.unsignedWord(n) else {
            throw PyException.overflowError("Python int too large to convert to C unsigned long")
        }
        return u
    }

    @inline(__always)
    static func get(_ v: Value, _ i: Int) throws(PyException) -> Value {
        try unpack(ArrayStorage.typecode(v), ArrayStorage.data(v) + i * ArrayStorage.itemsize(v))
    }

    @inline(__always)
    static func set(_ v: Value, _ i: Int, _ item: Value) throws(PyException) {
        try pack(ArrayStorage.typecode(v), item, ArrayStorage.data(v) + i * ArrayStorage.itemsize(v))
    }

    /// Inserts `item` before position `i` (already clipped to 0…count).
    static func insert(_ v: Value, _ i: Int, _ item: Value) throws(PyException) {
        var scratch: UInt64 = 0
        try pack(ArrayStorage.typecode(v), item, &scratch)
        withUnsafeBytes(of: scratch) { b in
            ArrayStorage.replace(v, i..<i, with: UnsafeRawBufferPointer(rebasing: b[0..<ArrayStorage.itemsize(v)]))
        }
    }

    static func append(_ v: Value, _ item: Value) throws(PyException) { try insert(v, ArrayStorage.count(v), item) }
}
