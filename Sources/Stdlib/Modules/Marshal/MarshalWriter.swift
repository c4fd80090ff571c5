import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `marshal.dumps`: CPython's w_object. Everything written is reachable from the
/// object being dumped, which the caller holds, except the temporaries made here
/// (UTF-8 text, code words), which are never entered into the reference table.
struct MarshalWriter {
    var out: [UInt8] = []
    let version: Int
    /// Objects written with the reference flag, by identity, and their indexes.
    var refs: [UInt64: Int] = [:]
    var refCount = 0
    var depth = 0

    init(version: Int) { self.version = version }

    static func dumps(_ v: Value, version: Int) throws(PyException) -> [UInt8] {
        var w = MarshalWriter(version: version)
        try w.write(v)
        return w.out
    }

    mutating func byte(_ b: UInt8) { out.append(b) }

    mutating func int32(_ i: Int32) {
        let u = UInt32(bitPattern: i)
        for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: u >> (8 * k))) }
    }

    mutating func double(_ d: Double) {
        let u = d.bitPattern
        for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: u >> (8 * k))) }
    }

    mutating func size(_ n: Int) throws(PyException) {
        guard n <= Int(Int32.max) else { throw PyException.valueError("unmarshallable object") }
        int32(Int32(n))
    }

    mutating func counted(_ data: UnsafeRawBufferPointer) throws(PyException) {
        try size(data.count)
        out.append(contentsOf: data)
    }

    /// The type byte, flagged when references are written (version 3 on) and the
    /// object can be shared; then the object's index is taken. A second sighting of a
    /// shared object writes a reference instead, and returns false.
    mutating func start(_ code: UInt8, _ v: Value, shared: Bool) -> Bool {
        guard version >= 3, shared else {
            byte(code)
            return true
        }
        let key = MarshalWriter.identity(v)
        if key != 0, let index = refs[key] {
            byte(MarshalFormat.ref)
            int32(Int32(index))
            return false
        }
        if key != 0 { refs[key] = refCount }
        refCount += 1
        byte(code | MarshalFormat.flagRef)
        return true
    }

    /// A temporary made while writing (code words): flagged like the object CPython
    /// would have there, but never a reference target.
    mutating func temporaryBytes(_ b: Value) throws(PyException) {
        if version >= 3 {
            refCount += 1
            byte(MarshalFormat.bytes | MarshalFormat.flagRef)
        } else {
            byte(MarshalFormat.bytes)
        }
        try counted(UnsafeRawBufferPointer(start: Bytes.data(b), count: Bytes.count(b)))
    }

    /// The key of an object in the reference table, 0 for none. Tagged ints have no
    /// identity: CPython's small ints (-5 to 256) are singletons, so those share a key;
    /// other tagged ints stand for separate objects.
    static func identity(_ v: Value) -> UInt64 {
        if v.isObject { return v.bits }
        if let i = IntObject.machineValue(v), (-5...256).contains(i) { return v.bits }
        return 0
    }

    mutating func write(_ v: Value) throws(PyException) {
        depth += 1
        defer { depth -= 1 }
        if depth > MarshalFormat.maxDepth { throw PyException.valueError("object too deeply nested to marshal") }
        if v == .none { return byte(MarshalFormat.none) }
        if v == .bool(false) { return byte(MarshalFormat.false_) }
        if v == .bool(true) { return byte(MarshalFormat.true_) }
        if v == .ellipsis { return byte(MarshalFormat.ellipsis) }
        if v == Value(Krait_exc_StopIteration) { return byte(MarshalFormat.stopIteration) }
        if IntObject.checkExact(v) { return try writeInt(v) }
        guard v.isObject else { throw PyException.valueError("unmarshallable object") }
        let type = v.type
        if type == Krait_float_type { return writeFloat(v) }
        if type == Krait_complex_type { return writeComplex(v) }
        if type == Krait_str_type { return try writeStr(v) }
        if type == Krait_bytes_type {
            guard start(MarshalFormat.bytes, v, shared: true) else { return }
            return try counted(UnsafeRawBufferPointer(start: Bytes.data(v), count: Bytes.count(v)))
        }
        if type == Krait_tuple_type { return try writeTuple(v) }
        if type == Krait_list_type {
            guard start(MarshalFormat.list, v, shared: mutableShared) else { return }
            let n = List.count(v)
            try size(n)
            var i = 0
            while i < List.count(v) && i < n {
                try write(List.item(v, i))
                i += 1
            }
            return
        }
        if type == Krait_dict_type {
            guard start(MarshalFormat.dict, v, shared: mutableShared) else { return }
            var position = 0
            while let (key, value, next) = Dict.next(v, from: position) {
                try write(key)
                try write(value)
                position = next
            }
            return byte(MarshalFormat.null)
        }
        if type == Krait_set_type || type == Krait_frozenset_type { return try writeSet(v) }
        if type == Krait_code_type {
            guard start(MarshalFormat.code, v, shared: true) else { return }
            return try MarshalCode.write(v, &self)
        }
        if type == Krait_memoryview_type {
            guard start(MarshalFormat.bytes, v, shared: mutableShared) else { return }
            let copy = try Protocols.callMethod(v, "tobytes")
            return try counted(UnsafeRawBufferPointer(start: Bytes.data(copy), count: Bytes.count(copy)))
        }
        if BufferExporters.export(v) != nil {
            guard start(MarshalFormat.bytes, v, shared: mutableShared) else { return }
            let (data, count) = BufferExporters.contents(v)
            return try counted(UnsafeRawBufferPointer(start: data, count: count))
        }
        throw PyException.valueError("unmarshallable object")
    }

    /// CPython flags only objects with more than one reference, which Krait does not
    /// count. The object dumped is usually also held by a variable, and an immutable
    /// one inside it is usually a shared constant; a list, dict, set or bytearray
    /// inside it is usually held by its container alone, so those go unflagged.
    var mutableShared: Bool { depth == 1 }

    mutating func writeInt(_ v: Value) throws(PyException) {
        if let i = IntObject.machineValue(v), let small = Int32(exactly: i) {
            guard start(MarshalFormat.int, v, shared: true) else { return }
            return int32(small)
        }
        guard start(MarshalFormat.long, v, shared: true) else { return }
        let (limbs, negative) = IntObject.limbsAndSign(v)
        let digits = MarshalWriter.digits(limbs)
        int32(Int32(negative ? -digits.count : digits.count))
        for d in digits {
            byte(UInt8(d & 0xFF))
            byte(UInt8(d >> 8))
        }
    }

    /// A magnitude's base 2**64 limbs re-cut into base 2**15 digits, least significant
    /// first, without leading zeros.
    static func digits(_ limbs: [UInt64]) -> [UInt16] {
        var digits: [UInt16] = []
        var offset = 0
        while offset < limbs.count * 64 {
            let limb = offset / 64, shift = offset % 64
            var d = limbs[limb] >> UInt64(shift)
            if shift > 64 - MarshalFormat.longShift, limb + 1 < limbs.count { d |= limbs[limb + 1] << UInt64(64 - shift) }
            digits.append(UInt16(d & 0x7FFF))
            offset += MarshalFormat.longShift
        }
        while digits.last == 0 { digits.removeLast() }
        return digits
    }

    /// Text for versions 0 and 1: C's "%.17g", as CPython writes it.
    static func floatText(_ d: Double) -> [UInt8] {
        var buffer = [CChar](repeating: 0, count: 40)
        let n = withVaList([d]) { vsnprintf(&buffer, buffer.count, "%.17g", $0) }
        return buffer[0..<Int(n)].map { UInt8(bitPattern: $0) }
    }

    mutating func writeFloat(_ v: Value) {
        let d = FloatObject.value(v)
        if version > 1 {
            guard start(MarshalFormat.binaryFloat, v, shared: true) else { return }
            return double(d)
        }
        guard start(MarshalFormat.float, v, shared: true) else { return }
        let text = MarshalWriter.floatText(d)
        byte(UInt8(text.count))
        out.append(contentsOf: text)
    }

    mutating func writeComplex(_ v: Value) {
        let z = ComplexObject.value(v)
        if version > 1 {
            guard start(MarshalFormat.binaryComplex, v, shared: true) else { return }
            double(z.real)
            return double(z.imag)
        }
        guard start(MarshalFormat.complex, v, shared: true) else { return }
        for part in [z.real, z.imag] {
            let text = MarshalWriter.floatText(part)
            byte(UInt8(text.count))
            out.append(contentsOf: text)
        }
    }

    mutating func writeStr(_ v: Value) throws(PyException) {
        let interned = v.layout(PyASCIIObject.self).pointee.state.interned != 0
        if version >= 4 && Str.isASCII(v) {
            let n = Str.length(v)
            let text = UnsafeRawBufferPointer(start: Str.data(v), count: n)
            if n < 256 {
                guard start(interned ? MarshalFormat.shortASCIIInterned : MarshalFormat.shortASCII, v, shared: true) else { return }
                byte(UInt8(n))
                return out.append(contentsOf: text)
            }
            guard start(interned ? MarshalFormat.asciiInterned : MarshalFormat.ascii, v, shared: true) else { return }
            return try counted(text)
        }
        let code = version >= 3 && interned ? MarshalFormat.interned : MarshalFormat.unicode
        guard start(code, v, shared: true) else { return }
        let utf8 = try TextCodecs.encode(v, try TextCodecs.lookup(Str.make("utf-8")), errors: "surrogatepass")
        try counted(UnsafeRawBufferPointer(start: Bytes.data(utf8), count: Bytes.count(utf8)))
    }

    mutating func writeTuple(_ v: Value) throws(PyException) {
        let n = Tuple.count(v)
        if version >= 4 && n < 256 {
            guard start(MarshalFormat.smallTuple, v, shared: true) else { return }
            byte(UInt8(n))
        } else {
            guard start(MarshalFormat.tuple, v, shared: true) else { return }
            try size(n)
        }
        for i in 0..<n { try write(Tuple.item(v, i)) }
    }

    /// Elements in the order of their own marshalled bytes, so that equal sets dump
    /// equally whatever their iteration order (CPython 3.11 sorts them the same way).
    mutating func writeSet(_ v: Value) throws(PyException) {
        let frozen = v.type == Krait_frozenset_type
        if frozen {
            guard start(MarshalFormat.frozenset, v, shared: true) else { return }
        } else {
            guard start(MarshalFormat.set, v, shared: mutableShared) else { return }
        }
        var items: [(bytes: [UInt8], item: Value)] = []
        try Protocols.forEach(v) { item throws(PyException) in
            items.append((try MarshalWriter.dumps(item, version: version), item))
        }
        try size(items.count)
        items.sort { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        for entry in items { try write(entry.item) }
    }
}
