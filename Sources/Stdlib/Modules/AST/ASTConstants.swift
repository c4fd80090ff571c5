import ObjectLayout
import ObjectModel
import Parser

/// `Constant` values between the arena's `ConstantValue` and Python objects.
enum ASTConstants {
    static func object(_ c: ConstantValue) throws(PyException) -> Value {
        switch c {
        case .none: return .none
        case .bool(let b): return .bool(b)
        case .ellipsis: return .ellipsis
        case .int(let i): return IntObject.make(Int(i))
        case .bigInt(let limbs): return IntObject.make(limbs: limbs, negative: false)
        case .negativeBigInt(let limbs): return IntObject.make(limbs: limbs, negative: true)
        case .float(let d): return FloatObject.make(d)
        case .imaginary(let d): return ComplexObject.make(0, d)
        case .complex(let real, let imag): return ComplexObject.make(real, imag)
        case .str(let s): return Str.make(codePoints: s.scalars)
        case .bytes(let b): return Bytes.make(b)
        case .tuple(let items):
            let t = Tuple.allocate(count: items.count)
            for (i, item) in items.enumerated() { Tuple.items(t)[i] = try object(item) }
            return t
        case .frozenset(let items):
            let set = Sets.new(type: Krait_frozenset_type)
            for item in items { try Sets.add(set, try object(item)) }
            return set
        }
    }

    /// What a code object may hold (ast.c's `validate_constant`): None, Ellipsis, exact
    /// ints, floats, complex numbers, bools, strs and bytes, and exact tuples and
    /// frozensets of those. Otherwise the name of the first type that is not.
    static func value(_ v: Value) throws(PyException) -> Result<ConstantValue, Invalid> {
        if v == .none { return .success(.none) }
        if v == .ellipsis { return .success(.ellipsis) }
        if v.isSmallInt { return .success(.int(Int64(v.smallInt))) }
        switch v.type {
        case Krait_bool_type: return .success(.bool(v == .true))
        case Krait_int_type:
            if let i = IntObject.machineValue(v) { return .success(.int(Int64(i))) }
            let (limbs, negative) = IntObject.limbsAndSign(v)
            return .success(negative ? .negativeBigInt(limbs) : .bigInt(limbs))
        case Krait_float_type: return .success(.float(FloatObject.value(v)))
        case Krait_complex_type:
            let z = ComplexObject.value(v)
            return .success(.complex(real: z.real, imag: z.imag))
        case Krait_str_type: return .success(.str(PyStringValue(Str.codePoints(v))))
        case Krait_bytes_type: return .success(.bytes(Array(UnsafeRawBufferPointer(start: Bytes.data(v), count: Bytes.count(v)))))
        case Krait_tuple_type, Krait_frozenset_type:
            var items: [ConstantValue] = []
            var failure: Invalid?
            try Protocols.forEach(v) { item throws(PyException) in
                guard failure == nil else { return }
                switch try value(item) {
                case .success(let c): items.append(c)
                case .failure(let f): failure = f
                }
            }
            if let failure { return .failure(failure) }
            return .success(v.type == Krait_tuple_type ? .tuple(items) : .frozenset(items))
        default:
            return .failure(Invalid(typeName: TypeObject.name(v.type)))
        }
    }

    struct Invalid: Error {
        let typeName: String
    }
}
