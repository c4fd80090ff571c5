import ObjectLayout
import ObjectModel

/// `charmap_decode` and `charmap_encode`: 8-bit codecs through a mapping (a str
/// indexed by byte, an EncodingMap, or any object with `__getitem__`); without one,
/// Latin-1.
enum CharmapCodec {
    static let undefined = "character maps to <undefined>"

    static func decode(_ input: Value, errors: ErrorMode, mapping: Value) throws(PyException) -> Value {
        if mapping == .none { return SingleByteCodecs.decodeLatin1(input) }
        var d = Decoding(input, encoding: "charmap", errors: errors)
        var i = 0
        if ModuleTypes.isStr(mapping) {
            let table = TextReader(mapping)
            while i < d.count {
                let b = Int(d[i])
                if b < table.count && table[b] != 0xFFFE {
                    d.out.append(table[b])
                    i += 1
                } else {
                    i = try d.fail(i, i + 1, undefined)
                }
            }
            return d.text
        }
        while i < d.count {
            if try decodeOne(d[i], mapping, into: &d.out) {
                i += 1
            } else {
                i = try d.fail(i, i + 1, undefined)
            }
        }
        return d.text
    }

    /// Appends what `mapping[b]` says `b` decodes to; false where it is undefined.
    static func decodeOne(_ b: UInt8, _ mapping: Value, into out: inout [UInt32]) throws(PyException) -> Bool {
        let item: Value
        do throws(PyException) {
            item = try Protocols.getItem(mapping, Value(smallInt: Int(b)))
        } catch where error.matches(Krait_exc_LookupError) {
            return false
        }
        if item == .none { return false }
        if IntObject.check(item) {
            guard let value = IntObject.machineValue(item), value >= 0 && value < 0x110000 else {
                throw PyException.typeError("character mapping must be in range(0x110000)")
            }
            if value == 0xFFFE { return false }
            out.append(UInt32(value))
            return true
        }
        if ModuleTypes.isStr(item) {
            let text = TextReader(item)
            if text.count == 1 && text[0] == 0xFFFE { return false }
            for i in 0..<text.count { out.append(text[i]) }
            return true
        }
        throw PyException.typeError("character mapping must return integer, None or str")
    }

    static func encode(_ s: Value, errors: ErrorMode, mapping: Value) throws(PyException) -> Value {
        if mapping == .none { return try SingleByteCodecs.encode(s, limit: 256, errors: errors) }
        var e = Encoding(s, encoding: "charmap", errors: errors)
        let n = e.text.count
        var i = 0
        while i < n {
            if try encodeOne(e.text[i], mapping, into: &e.out) {
                i += 1
                continue
            }
            var end = i + 1
            while end < n, try !canEncode(e.text[end], mapping) { end += 1 }
            let (replacement, position) = try e.replacement(i, end, undefined)
            switch replacement {
            case .bytes(let b): e.out += b
            case .text(let t):
                for c in t where !(try encodeOne(c, mapping, into: &e.out)) { throw e.error(i, end, undefined) }
            }
            i = position
        }
        return e.bytes
    }

    static func canEncode(_ c: UInt32, _ mapping: Value) throws(PyException) -> Bool {
        if EncodingMap.isMap(mapping) { return EncodingMap.lookup(mapping, c) != nil }
        return try lookup(c, mapping) != .none
    }

    /// Appends the bytes `c` encodes to; false where the mapping has none.
    static func encodeOne(_ c: UInt32, _ mapping: Value, into out: inout [UInt8]) throws(PyException) -> Bool {
        if EncodingMap.isMap(mapping) {
            guard let b = EncodingMap.lookup(mapping, c) else { return false }
            out.append(b)
            return true
        }
        let item = try lookup(c, mapping)
        if item == .none { return false }
        if IntObject.check(item) {
            out.append(UInt8(IntObject.machineValue(item)!))
        } else {
            out += ByteView(item).raw
        }
        return true
    }

    /// `mapping[c]` checked as CPython's `charmapencode_lookup`: an int below 256,
    /// bytes, or None (also for a missing key).
    static func lookup(_ c: UInt32, _ mapping: Value) throws(PyException) -> Value {
        let item: Value
        do throws(PyException) {
            item = try Protocols.getItem(mapping, IntObject.make(Int(c)))
        } catch where error.matches(Krait_exc_LookupError) {
            return .none
        }
        if item == .none || BytesLike.isBytes(item) { return item }
        if IntObject.check(item) {
            guard let value = IntObject.machineValue(item), value >= 0 && value <= 255 else {
                throw PyException.typeError("character mapping must be in range(256)")
            }
            return item
        }
        throw PyException.typeError("character mapping must return integer, bytes or None, not \(TypeObject.name(item.type))")
    }
}
