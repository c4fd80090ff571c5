import ObjectLayout
import ObjectModel

/// Pickling arrays as CPython does: protocols 3 and later rebuild an array from its
/// machine bytes through `_array_reconstructor`, which decodes bytes of another
/// machine's format ("machine format codes", CPython's `mformat_descriptors`).
enum ArrayPickling {
    /// A machine format: item size, signedness, byte order; floats and wide characters
    /// are told apart by their code.
    struct MachineFormat {
        let size: Int
        let signed: Bool
        let bigEndian: Bool
    }

    static let formats: [MachineFormat] = [
        (1, false, false), (1, true, false),
        (2, false, false), (2, false, true), (2, true, false), (2, true, true),
        (4, false, false), (4, false, true), (4, true, false), (4, true, true),
        (8, false, false), (8, false, true), (8, true, false), (8, true, true),
        (4, false, false), (4, false, true), (8, false, false), (8, false, true),
        (4, false, false), (4, false, true), (8, false, false), (8, false, true),
    ].map { MachineFormat(size: $0.0, signed: $0.1, bigEndian: $0.2) }

    static let float32 = 14, float64 = 16, utf16 = 18, utf32 = 20

    /// The little-endian machine format of each typecode ('u' is UTF-32, wchar_t being 4 bytes).
    static func machineFormat(_ typecode: UInt8) -> Int {
        switch typecode {
        case UInt8(ascii: "b"): return 1
        case UInt8(ascii: "B"): return 0
        case UInt8(ascii: "u"): return utf32
        case UInt8(ascii: "h"): return 4
        case UInt8(ascii: "H"): return 2
        case UInt8(ascii: "i"): return 8
        case UInt8(ascii: "I"): return 6
        case UInt8(ascii: "l"), UInt8(ascii: "q"): return 12
        case UInt8(ascii: "L"), UInt8(ascii: "Q"): return 10
        case UInt8(ascii: "f"): return float32
        default: return float64
        }
    }

    /// `__reduce_ex__(protocol)`.
    static func reduce(_ v: Value, _ protocolValue: Value) throws(PyException) -> Value {
        let reconstructor = try Protocols.getAttribute(try RuntimeHooks.importModule!("array"), "_array_reconstructor")
        guard IntObject.check(protocolValue) else { throw PyException.typeError("__reduce_ex__ argument should be an integer") }
        let proto = try ArrayItems.long(protocolValue)
        let dict = try Protocols.lookupAttribute(v, Str.make("__dict__")) ?? .none
        let typecode = Str.make(String(UnicodeScalar(ArrayStorage.typecode(v))))
        if proto < 3 {
            let list = try ArrayConversions.toList(v)
            return Tuple.make([Value(v.type), Tuple.make(typecode, list), dict])
        }
        let arguments = Tuple.make([Value(v.type), typecode, IntObject.make(machineFormat(ArrayStorage.typecode(v))),
                                    ArrayConversions.toBytes(v)])
        return Tuple.make([reconstructor, arguments, dict])
    }

    /// `_array_reconstructor(arraytype, typecode, mformat_code, items)`.
    static func reconstruct(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("_array_reconstructor", min: 4, max: 4)
        let type = args[0], items = args[3]
        guard type.isObject, TypeObject.hasFlag(type.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) else {
            throw PyException.typeError("first argument must be a type object, not \(TypeObject.name(type.type))")
        }
        let arrayType = type.layout(PyTypeObject.self)
        guard TypeObject.isSubtype(arrayType, of: Krait_array_type) else {
            throw PyException.typeError("\(TypeObject.name(arrayType)) is not a subtype of array.array")
        }
        guard ModuleTypes.isStr(args[1]), Str.length(args[1]) == 1 else {
            throw PyException.typeError("_array_reconstructor() argument 2 must be a unicode character, not \(TypeObject.name(args[1].type))")
        }
        let code = Str.codePoint(args[1], at: 0)
        guard code < 128, ArrayStorage.typecodes.utf8.contains(UInt8(code)) else {
            throw PyException.valueError("second argument must be a valid type code")
        }
        var typecode = UInt8(code)
        let mformat = try Protocols.cInt(args[2])
        guard mformat >= 0 && mformat < formats.count else {
            throw PyException.valueError("third argument must be a valid machine format code.")
        }
        guard BytesLike.isBytes(items) else {
            throw PyException.typeError("fourth argument should be bytes, not \(TypeObject.name(items.type))")
        }
        if mformat == machineFormat(typecode) { return try Protocols.call(type, args[1], items) }
        let format = formats[mformat]
        if Bytes.count(items) % format.size != 0 { throw PyException.valueError("string length not a multiple of item size") }
        let converted: Value
        switch mformat {
        case float32, float32 + 1, float64, float64 + 1:
            converted = List.new()
            for i in 0..<Bytes.count(items) / format.size {
                let bits = word(items, i, format)
                let d = format.size == 4 ? Double(Float(bitPattern: UInt32(bits))) : Double(bitPattern: bits)
                List.append(converted, FloatObject.make(d))
            }
        case utf16, utf16 + 1, utf32, utf32 + 1:
            converted = try decodeText(items, mformat)
        default:
            // The integer typecode of the stored size and signedness (the last one that fits, as CPython picks).
            for c in "bBhHiIlLqQ".utf8 where ArrayStorage.itemsize(of: c) == format.size && "bhilq".utf8.contains(c) == format.signed {
                typecode = c
            }
            converted = List.new()
            for i in 0..<Bytes.count(items) / format.size {
                let bits = word(items, i, format)
                if format.signed {
                    let shift = UInt64(64 - format.size * 8)
                    List.append(converted, IntObject.make(Int(Int64(bitPattern: bits << shift) >> Int64(shift))))
                } else {
                    List.append(converted, IntObject.make(unsigned: bits))
                }
            }
        }
        return try Protocols.call(type, Str.make(String(UnicodeScalar(typecode))), converted)
    }

    /// Item `i` of `items` in `format`'s byte order, in the low bytes of a word.
    static func word(_ items: Value, _ i: Int, _ format: MachineFormat) -> UInt64 {
        let p = Bytes.data(items).assumingMemoryBound(to: UInt8.self) + i * format.size
        var bits: UInt64 = 0
        for j in 0..<format.size {
            let byte = UInt64(p[format.bigEndian ? j : format.size - 1 - j])
            bits = bits << 8 | byte
        }
        return bits
    }

    /// UTF-16 or UTF-32 text of either byte order, decoded strictly with the errors of
    /// CPython's decoders.
    static func decodeText(_ items: Value, _ mformat: Int) throws(PyException) -> Value {
        let unit = mformat < utf32 ? 2 : 4, bigEndian = mformat % 2 == 1
        let format = MachineFormat(size: unit, signed: false, bigEndian: bigEndian)
        let encoding = "utf-\(unit * 8)-\(bigEndian ? "be" : "le")"
        let count = Bytes.count(items) / unit
        func failure(_ i: Int, _ units: Int, _ reason: String) -> PyException {
            UnicodeErrors.decodeError(encoding: encoding, object: items, start: i * unit, end: (i + units) * unit, reason: reason)
        }
        var codePoints: [UInt32] = []
        var i = 0
        while i < count {
            var c = UInt32(word(items, i, format))
            if unit == 4 {
                if c > 0x10FFFF { throw failure(i, 1, "code point not in range(0x110000)") }
                if (0xD800..<0xE000).contains(c) { throw failure(i, 1, "code point in surrogate code point range(0xd800, 0xe000)") }
            } else if (0xDC00..<0xE000).contains(c) {
                throw failure(i, 1, "illegal encoding")
            } else if (0xD800..<0xDC00).contains(c) {
                if i + 1 == count { throw failure(i, 1, "unexpected end of data") }
                let low = UInt32(word(items, i + 1, format))
                guard (0xDC00..<0xE000).contains(low) else { throw failure(i, 1, "illegal UTF-16 surrogate") }
                c = 0x10000 + (c - 0xD800) << 10 + (low - 0xDC00)
                i += 1
            }
            codePoints.append(c)
            i += 1
        }
        return Str.make(codePoints: codePoints)
    }
}
