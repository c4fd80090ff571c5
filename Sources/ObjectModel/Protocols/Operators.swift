import ObjectLayout

/// A binary operator of the number protocol: the `nb_*` slot that implements it, its
/// symbol for error messages, and its in-place variant.
public enum BinaryOp: Int, CaseIterable, Sendable {
    case add, subtract, multiply, remainder, divmod, power, lshift, rshift, and, xor, or
    case floorDivide, trueDivide, matrixMultiply

    public var symbol: String {
        switch self {
        case .add: return "+"
        case .subtract: return "-"
        case .multiply: return "*"
        case .remainder: return "%"
        case .divmod: return "divmod()"
        case .power: return "** or pow()"
        case .lshift: return "<<"
        case .rshift: return ">>"
        case .and: return "&"
        case .xor: return "^"
        case .or: return "|"
        case .floorDivide: return "//"
        case .trueDivide: return "/"
        case .matrixMultiply: return "@"
        }
    }

    /// The symbol of the augmented assignment (`+=`).
    public var inPlaceSymbol: String {
        switch self {
        case .divmod: return "divmod()"
        case .power: return "**="
        default: return symbol + "="
        }
    }

    /// The slot of `table` implementing the operator (binary slots only; `**` is
    /// ternary and handled apart).
    func slot(_ table: UnsafeMutablePointer<PyNumberMethods>) -> binaryfunc? {
        switch self {
        case .add: return table.pointee.nb_add
        case .subtract: return table.pointee.nb_subtract
        case .multiply: return table.pointee.nb_multiply
        case .remainder: return table.pointee.nb_remainder
        case .divmod: return table.pointee.nb_divmod
        case .power: return nil
        case .lshift: return table.pointee.nb_lshift
        case .rshift: return table.pointee.nb_rshift
        case .and: return table.pointee.nb_and
        case .xor: return table.pointee.nb_xor
        case .or: return table.pointee.nb_or
        case .floorDivide: return table.pointee.nb_floor_divide
        case .trueDivide: return table.pointee.nb_true_divide
        case .matrixMultiply: return table.pointee.nb_matrix_multiply
        }
    }

    func inPlaceSlot(_ table: UnsafeMutablePointer<PyNumberMethods>) -> binaryfunc? {
        switch self {
        case .add: return table.pointee.nb_inplace_add
        case .subtract: return table.pointee.nb_inplace_subtract
        case .multiply: return table.pointee.nb_inplace_multiply
        case .remainder: return table.pointee.nb_inplace_remainder
        case .divmod, .power: return nil
        case .lshift: return table.pointee.nb_inplace_lshift
        case .rshift: return table.pointee.nb_inplace_rshift
        case .and: return table.pointee.nb_inplace_and
        case .xor: return table.pointee.nb_inplace_xor
        case .or: return table.pointee.nb_inplace_or
        case .floorDivide: return table.pointee.nb_inplace_floor_divide
        case .trueDivide: return table.pointee.nb_inplace_true_divide
        case .matrixMultiply: return table.pointee.nb_inplace_matrix_multiply
        }
    }
}

extension Protocols {
    /// `a op b` (CPython's `binary_op1`): the left operand's slot, unless the right
    /// operand's type is a subclass that overrides it, which goes first; a slot that
    /// returns NotImplemented passes the turn.
    public static func binary(_ a: Value, _ b: Value, _ op: BinaryOp) throws(PyException) -> Value {
        let result = try binaryNumber(a, b, op)
        if result != .notImplemented { return result }
        if op == .add || op == .multiply, let sequence = try sequenceFallback(a, b, op, inPlace: false) {
            return sequence
        }
        throw unsupportedOperands(a, b, op.symbol)
    }

    /// `a op= b`: the in-place slot first, then as `binary`.
    public static func inPlace(_ a: Value, _ b: Value, _ op: BinaryOp) throws(PyException) -> Value {
        // `**=` has a ternary slot of its own, given None as the modulus.
        if op == .power, let slot = a.type.pointee.tp_as_number?.pointee.nb_inplace_power {
            let result = try CBoundary.check(slot(Boxing.object(a), Boxing.object(b), Krait_None))
            if result != .notImplemented { return result }
        }
        if let table = a.type.pointee.tp_as_number, let slot = op.inPlaceSlot(table) {
            let result = try CBoundary.check(slot(Boxing.object(a), Boxing.object(b)))
            if result != .notImplemented { return result }
        }
        let result = try binaryNumber(a, b, op)
        if result != .notImplemented { return result }
        if op == .add || op == .multiply, let sequence = try sequenceFallback(a, b, op, inPlace: true) {
            return sequence
        }
        throw unsupportedOperands(a, b, op.inPlaceSymbol)
    }

    static func binaryNumber(_ a: Value, _ b: Value, _ op: BinaryOp) throws(PyException) -> Value {
        if op == .power { return try ternaryPower(a, b, .none) }
        let ta = a.type, tb = b.type
        let slotA = ta.pointee.tp_as_number.flatMap { op.slot($0) }
        var slotB = tb == ta ? nil : tb.pointee.tp_as_number.flatMap { op.slot($0) }
        if let sb = slotB, let sa = slotA, unsafeBitCast(sa, to: UInt.self) == unsafeBitCast(sb, to: UInt.self) { slotB = nil }
        if let slotA {
            if let sb = slotB, TypeObject.isSubtype(tb, of: ta) {
                let result = try CBoundary.check(sb(Boxing.object(a), Boxing.object(b)))
                if result != .notImplemented { return result }
                slotB = nil
            }
            let result = try CBoundary.check(slotA(Boxing.object(a), Boxing.object(b)))
            if result != .notImplemented { return result }
        }
        if let slotB {
            return try CBoundary.check(slotB(Boxing.object(a), Boxing.object(b)))
        }
        return .notImplemented
    }

    /// `pow(a, b, c)` (c is None for `a ** b`), through `nb_power`.
    public static func ternaryPower(_ a: Value, _ b: Value, _ c: Value) throws(PyException) -> Value {
        let ta = a.type, tb = b.type
        let slotA = ta.pointee.tp_as_number?.pointee.nb_power
        var slotB = tb == ta ? nil : tb.pointee.tp_as_number?.pointee.nb_power
        if let sb = slotB, let sa = slotA, unsafeBitCast(sa, to: UInt.self) == unsafeBitCast(sb, to: UInt.self) { slotB = nil }
        if let slotA {
            if let sb = slotB, TypeObject.isSubtype(tb, of: ta) {
                let result = try CBoundary.check(sb(Boxing.object(a), Boxing.object(b), Boxing.object(c)))
                if result != .notImplemented { return result }
                slotB = nil
            }
            let result = try CBoundary.check(slotA(Boxing.object(a), Boxing.object(b), Boxing.object(c)))
            if result != .notImplemented { return result }
        }
        if let slotB {
            let result = try CBoundary.check(slotB(Boxing.object(a), Boxing.object(b), Boxing.object(c)))
            if result != .notImplemented { return result }
        }
        // The modulus's type has the last word, as in CPython's `ternary_op`: float's
        // refuses, so `pow(2, 3, 2.5)` names the third argument.
        if let slotC = c.type.pointee.tp_as_number?.pointee.nb_power {
            let code = unsafeBitCast(slotC, to: UInt.self)
            if slotA.map({ unsafeBitCast($0, to: UInt.self) }) != code && slotB.map({ unsafeBitCast($0, to: UInt.self) }) != code {
                let result = try CBoundary.check(slotC(Boxing.object(a), Boxing.object(b), Boxing.object(c)))
                if result != .notImplemented { return result }
            }
        }
        if c == .none { return .notImplemented }
        throw PyException.typeError(
            "unsupported operand type(s) for ** or pow(): '\(TypeObject.name(ta))', '\(TypeObject.name(tb))', '\(TypeObject.name(c.type))'")
    }

    /// `seq + seq` and `seq * n` through the sequence protocol.
    static func sequenceFallback(_ a: Value, _ b: Value, _ op: BinaryOp, inPlace: Bool) throws(PyException) -> Value? {
        if op == .add {
            guard let sequence = a.type.pointee.tp_as_sequence else { return nil }
            if inPlace, let slot = sequence.pointee.sq_inplace_concat {
                return try CBoundary.check(slot(Boxing.object(a), Boxing.object(b)))
            }
            guard let slot = sequence.pointee.sq_concat else { return nil }
            return try CBoundary.check(slot(Boxing.object(a), Boxing.object(b)))
        }
        if let sequence = a.type.pointee.tp_as_sequence, sequence.pointee.sq_repeat != nil {
            return try repeatSequence(a, count: b, inPlace: inPlace)
        }
        if let sequence = b.type.pointee.tp_as_sequence, sequence.pointee.sq_repeat != nil {
            return try repeatSequence(b, count: a, inPlace: false)
        }
        return nil
    }

    static func repeatSequence(_ sequence: Value, count: Value, inPlace: Bool) throws(PyException) -> Value {
        guard count.type.pointee.tp_as_number?.pointee.nb_index != nil else {
            throw PyException.typeError("can't multiply sequence by non-int of type '\(TypeObject.name(count.type))'")
        }
        let n = try index(count, overflow: Krait_exc_OverflowError)
        let table = sequence.type.pointee.tp_as_sequence!
        if inPlace, let slot = table.pointee.sq_inplace_repeat {
            return try CBoundary.check(slot(Boxing.object(sequence), n))
        }
        return try CBoundary.check(table.pointee.sq_repeat!(Boxing.object(sequence), n))
    }

    /// `operator.index(v)`: an int, through `__index__` for other types.
    public static func indexValue(_ v: Value) throws(PyException) -> Value {
        if IntObject.check(v) { return v }
        guard let slot = v.type.pointee.tp_as_number?.pointee.nb_index else {
            throw PyException.typeError("'\(TypeObject.name(v.type))' object cannot be interpreted as an integer")
        }
        let result = try CBoundary.check(slot(v.object))
        guard IntObject.check(result) else {
            throw PyException.typeError("__index__ returned non-int (type \(TypeObject.name(result.type)))")
        }
        return result
    }

    /// Whether `v` can be an index (an int or has `__index__`).
    @inline(__always)
    public static func isIndex(_ v: Value) -> Bool {
        v.isSmallInt || v.type.pointee.tp_as_number?.pointee.nb_index != nil
    }

    static func unsupportedOperands(_ a: Value, _ b: Value, _ symbol: String) -> PyException {
        let left = TypeObject.fullName(a.type), right = TypeObject.fullName(b.type)
        if symbol == "+" && a.isExactly(Krait_str_type) {
            return .typeError("can only concatenate str (not \"\(right)\") to str")
        }
        return .typeError("unsupported operand type(s) for \(symbol): '\(left)' and '\(right)'")
    }

    /// `operator.index(v)` as a machine int (`PyNumber_AsSsize_t`); too big an int
    /// raises `overflow` (IndexError for subscripts, OverflowError for sizes).
    public static func index(_ v: Value, overflow: TypePointer = Krait_exc_IndexError) throws(PyException) -> Int {
        if v.isSmallInt { return v.smallInt }
        let result = try indexValue(v)
        guard let i = IntObject.machineValue(result) else {
            throw PyException(overflow, "cannot fit '\(TypeObject.name(v.type))' into an index-sized integer")
        }
        return i
    }

    /// A C `int` argument (Argument Clinic's `int` converter, `_PyLong_AsInt`).
    public static func cInt(_ v: Value) throws(PyException) -> Int {
        guard let i = IntObject.machineValue(try indexValue(v)), Int32(exactly: i) != nil else {
            throw PyException.overflowError("Python int too large to convert to C int")
        }
        return i
    }
}
