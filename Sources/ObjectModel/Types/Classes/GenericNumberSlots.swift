import ObjectLayout

/// The generic number slots of classes defined in Python.
extension SlotFunctions {
    static func n(_ path: PartialKeyPath<PyNumberMethods>) -> Int { MemoryLayout<PyNumberMethods>.offset(of: path)! }

    static func numberSlot(_ offset: Int) -> UnsafeRawPointer? {
        if let op = BinaryOp.allCases.first(where: { $0 != .power && n($0.keyPath) == offset }) {
            return raw(binaryFunctions[op.rawValue])
        }
        if let op = BinaryOp.allCases.first(where: { $0.inPlaceKeyPath.map(n) == offset }) {
            return raw(inPlaceFunctions[op.rawValue]!)
        }
        switch offset {
        case n(\.nb_power): return raw(power)
        case n(\.nb_inplace_power): return raw(inPlacePower)
        case n(\.nb_negative): return raw(negative)
        case n(\.nb_positive): return raw(positive)
        case n(\.nb_absolute): return raw(absolute)
        case n(\.nb_invert): return raw(invert)
        case n(\.nb_bool): return raw(bool)
        case n(\.nb_index): return raw(index)
        case n(\.nb_int): return raw(int)
        case n(\.nb_float): return raw(float)
        default: return nil
        }
    }

    // MARK: Binary operators with reflection

    /// CPython's SLOT1BINFULL: `a.__op__(b)`, with `b.__rop__(a)` first when b's type
    /// is a subclass overriding it, and as the fallback.
    static func binary(_ op: BinaryOp, _ a: ObjectPointer?, _ b: ObjectPointer?) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            let x = Value(a!), y = Value(b!)
            let generic = UInt(bitPattern: raw(binaryFunctions[op.rawValue]))
            func usesGeneric(_ type: TypePointer) -> Bool {
                guard let table = type.pointee.tp_as_number else { return false }
                if op == .power {
                    return table.pointee.nb_power.map { unsafeBitCast($0, to: UInt.self) == unsafeBitCast(SlotFunctions.power, to: UInt.self) } ?? false
                }
                guard let slot = op.slot(table) else { return false }
                return unsafeBitCast(slot, to: UInt.self) == generic
            }
            let tx = x.type, ty = y.type
            var doOther = tx != ty && usesGeneric(ty)
            if usesGeneric(tx) {
                if doOther && TypeObject.isSubtype(ty, of: tx) && overrides(ty, tx, op.reflectedDunder) {
                    if let r = try SlotFunctions.callSpecial(y, op.reflectedDunder, [x]), r != .notImplemented { return r }
                    doOther = false
                }
                let r = try SlotFunctions.callSpecial(x, op.dunder, [y]) ?? .notImplemented
                if r != .notImplemented || tx == ty { return r }
            }
            if doOther { return try SlotFunctions.callSpecial(y, op.reflectedDunder, [x]) ?? .notImplemented }
            return .notImplemented
        }
    }

    /// Whether `sub` has its own `name`, different from what `base` has.
    static func overrides(_ sub: TypePointer, _ base: TypePointer, _ name: StaticString) -> Bool {
        let key = Interned.literal(name)
        guard let a = TypeObject.lookup(sub, key) else { return false }
        guard let b = TypeObject.lookup(base, key) else { return true }
        return a != b
    }

    static let binaryFunctions: [binaryfunc] = [
        { a, b in SlotFunctions.binary(.add, a, b) }, { a, b in SlotFunctions.binary(.subtract, a, b) }, { a, b in SlotFunctions.binary(.multiply, a, b) },
        { a, b in SlotFunctions.binary(.remainder, a, b) }, { a, b in SlotFunctions.binary(.divmod, a, b) }, { a, b in SlotFunctions.binary(.power, a, b) },
        { a, b in SlotFunctions.binary(.lshift, a, b) }, { a, b in SlotFunctions.binary(.rshift, a, b) }, { a, b in SlotFunctions.binary(.and, a, b) },
        { a, b in SlotFunctions.binary(.xor, a, b) }, { a, b in SlotFunctions.binary(.or, a, b) }, { a, b in SlotFunctions.binary(.floorDivide, a, b) },
        { a, b in SlotFunctions.binary(.trueDivide, a, b) }, { a, b in SlotFunctions.binary(.matrixMultiply, a, b) },
    ]

    static func inPlace(_ op: BinaryOp, _ a: ObjectPointer?, _ b: ObjectPointer?) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            try SlotFunctions.callSpecial(Value(a!), op.inPlaceDunder, [Value(b!)]) ?? .notImplemented
        }
    }

    static let inPlaceFunctions: [binaryfunc?] = [
        { a, b in SlotFunctions.inPlace(.add, a, b) }, { a, b in SlotFunctions.inPlace(.subtract, a, b) }, { a, b in SlotFunctions.inPlace(.multiply, a, b) },
        { a, b in SlotFunctions.inPlace(.remainder, a, b) }, nil, nil,
        { a, b in SlotFunctions.inPlace(.lshift, a, b) }, { a, b in SlotFunctions.inPlace(.rshift, a, b) }, { a, b in SlotFunctions.inPlace(.and, a, b) },
        { a, b in SlotFunctions.inPlace(.xor, a, b) }, { a, b in SlotFunctions.inPlace(.or, a, b) }, { a, b in SlotFunctions.inPlace(.floorDivide, a, b) },
        { a, b in SlotFunctions.inPlace(.trueDivide, a, b) }, { a, b in SlotFunctions.inPlace(.matrixMultiply, a, b) },
    ]

    /// `pow(a, b[, c])`: like the binary operators; a third argument only goes to `__pow__`.
    static let power: ternaryfunc = { a, b, c in
        CBoundary.object { () throws(PyException) in
            let x = Value(a!), y = Value(b!), z = Value(c!)
            if z == .none {
                guard let result = SlotFunctions.binary(.power, a, b) else { throw CBoundary.takePending() }
                return Value(result)
            }
            let generic = unsafeBitCast(SlotFunctions.power, to: UInt.self)
            if let slot = x.type.pointee.tp_as_number?.pointee.nb_power, unsafeBitCast(slot, to: UInt.self) == generic {
                return try SlotFunctions.callSpecial(x, "__pow__", [y, z]) ?? .notImplemented
            }
            return .notImplemented
        }
    }

    static let inPlacePower: ternaryfunc = { a, b, _ in
        CBoundary.object { () throws(PyException) in try SlotFunctions.callSpecial(Value(a!), "__ipow__", [Value(b!)]) ?? .notImplemented }
    }

    // MARK: Unary

    static let negative: unaryfunc = { o in CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__neg__", []) } }
    static let positive: unaryfunc = { o in CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__pos__", []) } }
    static let absolute: unaryfunc = { o in CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__abs__", []) } }
    static let invert: unaryfunc = { o in CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__invert__", []) } }

    /// `__bool__` (which must return a bool), else `__len__`, else true.
    static let bool: inquiry = { o in
        Int32(CBoundary.integer { () throws(PyException) in
            let v = Value(o!)
            if let method = SlotFunctions.lookupSpecial(v, "__bool__") {
                let result = try SlotFunctions.callUnbound(method, v, [])
                guard result.isExactly(Krait_bool_type) else {
                    throw PyException.typeError("__bool__ should return bool, returned \(TypeObject.name(result.type))")
                }
                return result == .true ? 1 : 0
            }
            if let method = SlotFunctions.lookupSpecial(v, "__len__") {
                return try SlotFunctions.lengthResult(try SlotFunctions.callUnbound(method, v, [])) > 0 ? 1 : 0
            }
            return 1
        })
    }

    static let index: unaryfunc = { o in
        CBoundary.object { () throws(PyException) in
            let result = try SlotFunctions.require(Value(o!), "__index__", [])
            guard IntObject.check(result) else {
                throw PyException.typeError("__index__ returned non-int (type \(TypeObject.name(result.type)))")
            }
            return result
        }
    }

    static let int: unaryfunc = { o in
        CBoundary.object { () throws(PyException) in
            let result = try SlotFunctions.require(Value(o!), "__int__", [])
            guard IntObject.check(result) else {
                throw PyException.typeError("__int__ returned non-int (type \(TypeObject.name(result.type)))")
            }
            return result
        }
    }

    static let float: unaryfunc = { o in
        CBoundary.object { () throws(PyException) in try SlotFunctions.require(Value(o!), "__float__", []) }
    }
}

extension BinaryOp {
    // Literals, so that looking the methods up is `Interned.literal`'s few instructions.
    var dunder: StaticString {
        switch self {
        case .add: return "__add__"
        case .subtract: return "__sub__"
        case .multiply: return "__mul__"
        case .remainder: return "__mod__"
        case .divmod: return "__divmod__"
        case .power: return "__pow__"
        case .lshift: return "__lshift__"
        case .rshift: return "__rshift__"
        case .and: return "__and__"
        case .xor: return "__xor__"
        case .or: return "__or__"
        case .floorDivide: return "__floordiv__"
        case .trueDivide: return "__truediv__"
        case .matrixMultiply: return "__matmul__"
        }
    }

    var reflectedDunder: StaticString {
        switch self {
        case .add: return "__radd__"
        case .subtract: return "__rsub__"
        case .multiply: return "__rmul__"
        case .remainder: return "__rmod__"
        case .divmod: return "__rdivmod__"
        case .power: return "__rpow__"
        case .lshift: return "__rlshift__"
        case .rshift: return "__rrshift__"
        case .and: return "__rand__"
        case .xor: return "__rxor__"
        case .or: return "__ror__"
        case .floorDivide: return "__rfloordiv__"
        case .trueDivide: return "__rtruediv__"
        case .matrixMultiply: return "__rmatmul__"
        }
    }

    var inPlaceDunder: StaticString {
        switch self {
        case .add: return "__iadd__"
        case .subtract: return "__isub__"
        case .multiply: return "__imul__"
        case .remainder: return "__imod__"
        case .divmod: return "__idivmod__"
        case .power: return "__ipow__"
        case .lshift: return "__ilshift__"
        case .rshift: return "__irshift__"
        case .and: return "__iand__"
        case .xor: return "__ixor__"
        case .or: return "__ior__"
        case .floorDivide: return "__ifloordiv__"
        case .trueDivide: return "__itruediv__"
        case .matrixMultiply: return "__imatmul__"
        }
    }

    var keyPath: PartialKeyPath<PyNumberMethods> {
        switch self {
        case .add: return \.nb_add
        case .subtract: return \.nb_subtract
        case .multiply: return \.nb_multiply
        case .remainder: return \.nb_remainder
        case .divmod: return \.nb_divmod
        case .power: return \.nb_power
        case .lshift: return \.nb_lshift
        case .rshift: return \.nb_rshift
        case .and: return \.nb_and
        case .xor: return \.nb_xor
        case .or: return \.nb_or
        case .floorDivide: return \.nb_floor_divide
        case .trueDivide: return \.nb_true_divide
        case .matrixMultiply: return \.nb_matrix_multiply
        }
    }

    var inPlaceKeyPath: PartialKeyPath<PyNumberMethods>? {
        switch self {
        case .add: return \.nb_inplace_add
        case .subtract: return \.nb_inplace_subtract
        case .multiply: return \.nb_inplace_multiply
        case .remainder: return \.nb_inplace_remainder
        case .divmod, .power: return nil
        case .lshift: return \.nb_inplace_lshift
        case .rshift: return \.nb_inplace_rshift
        case .and: return \.nb_inplace_and
        case .xor: return \.nb_inplace_xor
        case .or: return \.nb_inplace_or
        case .floorDivide: return \.nb_inplace_floor_divide
        case .trueDivide: return \.nb_inplace_true_divide
        case .matrixMultiply: return \.nb_inplace_matrix_multiply
        }
    }
}
