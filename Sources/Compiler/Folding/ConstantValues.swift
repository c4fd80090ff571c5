import NumberText
import ObjectLayout
import ObjectModel
import Parser

/// Constants as values and back: folding computes with the object model's own
/// operations (so results and refusals are the runtime's), then keeps only the
/// description of the result, since the compiler holds no values.
enum ConstantValues {
    /// The object `key` describes; nil for the keys that are not values (code, names).
    static func value(_ key: ConstantKey) -> Value? {
        switch key {
        case .code, .names: return nil
        default: return try? CodeObjects.constant(key, [], filename: .none)
        }
    }

    /// The key of a value of the types a code object's constants may have after folding,
    /// nil for anything else (the node then stays unfolded).
    static func key(_ v: Value) -> ConstantKey? {
        if v == .none { return ConstantKey.none }
        if v == .ellipsis { return .ellipsis }
        if v.isSmallInt { return .int(Int64(v.smallInt)) }
        switch v.type {
        case Krait_bool_type: return .bool(v == .true)
        case Krait_int_type:
            if let i = IntObject.machineValue(v) { return .int(Int64(i)) }
            let (limbs, negative) = IntObject.limbsAndSign(v)
            return .bigInt(limbs, negative: negative)
        case Krait_float_type: return .float(FloatObject.value(v).bitPattern)
        case Krait_complex_type:
            let z = ComplexObject.value(v)
            // complex(0.0, x) is the constant the literal `xj` makes: one key for both.
            if z.real.bitPattern == 0 { return .imaginary(z.imag.bitPattern) }
            return .complex(real: z.real.bitPattern, imag: z.imag.bitPattern)
        case Krait_str_type: return .str(PyStringValue(Str.codePoints(v)).utf8)
        case Krait_bytes_type:
            return .bytes(Array(UnsafeRawBufferPointer(start: Bytes.data(v), count: Bytes.count(v))))
        case Krait_tuple_type:
            var items: [ConstantKey] = []
            for i in 0..<Tuple.count(v) {
                guard let item = key(Tuple.items(v)[i]) else { return nil }
                items.append(item)
            }
            return .tuple(items)
        default: return nil
        }
    }

    /// Whether the constant is true, as `bool()` says for these types.
    static func isTrue(_ key: ConstantKey) -> Bool {
        switch key {
        case .none: return false
        case .ellipsis, .code: return true
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt(let limbs, _): return limbs.contains { $0 != 0 }
        case .float(let bits): return Double(bitPattern: bits) != 0
        case .imaginary(let bits): return Double(bitPattern: bits) != 0
        case .complex(let real, let imag): return Double(bitPattern: real) != 0 || Double(bitPattern: imag) != 0
        case .str(let s): return !s.isEmpty
        case .bytes(let b): return !b.isEmpty
        case .tuple(let items), .frozenset(let items): return !items.isEmpty
        case .names(let names): return !names.isEmpty
        }
    }

    /// `repr(complex)` for the disassembly: parts as float's repr without a forced ".0".
    static func complexText(_ real: Double, _ imag: Double) -> String {
        var out: [UInt8] = [UInt8(ascii: "(")]
        NumberText.appendShortest(real, addDotZero: false, to: &out)
        if imag.sign == .plus || imag.isNaN { out.append(UInt8(ascii: "+")) }
        PyRepr.appendImaginary(imag, to: &out)
        out.append(UInt8(ascii: ")"))
        return String(decoding: out, as: UTF8.self)
    }
}
