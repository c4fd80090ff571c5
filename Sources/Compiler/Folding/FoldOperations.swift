import ObjectLayout
import ObjectModel
import Parser

/// The operations CPython 3.11's AST optimiser evaluates at compile time, with its limits
/// (`ast_opt.c`): a result that would be big — an int over 128 bits from `*`, `**` or
/// `<<`, a sequence over 256 items (1024 counting nested ones), a str or bytes over 4096
/// — is left for run time, and so is anything that raises (`1/0` stays a run-time error).
enum FoldOperations {
    static let maxIntBits = 128
    static let maxCollectionSize = 256
    static let maxStringSize = 4096
    static let maxTotalItems = 1024

    static func unary(_ op: UnaryOperator, _ operand: ConstantKey) -> ConstantKey? {
        guard let v = ConstantValues.value(operand) else { return nil }
        let result: Value?
        switch op {
        case .not:
            guard let truth = try? Protocols.isTrue(v) else { return nil }
            return .bool(!truth)
        case .invert: result = try? Protocols.unary(v, .invert)
        case .uAdd: result = try? Protocols.unary(v, .positive)
        case .uSub: result = try? Protocols.unary(v, .negative)
        }
        return withExtendedLifetime(v) { result.flatMap(ConstantValues.key) }
    }

    static func binary(_ op: BinaryOperator, _ left: ConstantKey, _ right: ConstantKey) -> ConstantKey? {
        // No constant type implements `@`.
        if op == .matMult { return nil }
        guard let l = ConstantValues.value(left) else { return nil }
        guard let r = ConstantValues.value(right) else { return nil }
        return withExtendedLifetime((l, r)) { () -> ConstantKey? in
            guard isSafe(op, l, r) else { return nil }
            guard let result = try? Protocols.binary(l, r, binaryOp(op)) else { return nil }
            return ConstantValues.key(result)
        }
    }

    /// `value[index]`.
    static func item(_ value: ConstantKey, _ index: ConstantKey) -> ConstantKey? {
        guard let v = ConstantValues.value(value), let i = ConstantValues.value(index) else { return nil }
        return withExtendedLifetime((v, i)) { () -> ConstantKey? in
            guard let result = try? Protocols.getItem(v, i) else { return nil }
            return ConstantValues.key(result)
        }
    }

    static func binaryOp(_ op: BinaryOperator) -> BinaryOp {
        switch op {
        case .add: return .add
        case .sub: return .subtract
        case .mult: return .multiply
        case .matMult: return .matrixMultiply
        case .div: return .trueDivide
        case .mod: return .remainder
        case .pow: return .power
        case .lShift: return .lshift
        case .rShift: return .rshift
        case .bitOr: return .or
        case .bitXor: return .xor
        case .bitAnd: return .and
        case .floorDiv: return .floorDivide
        }
    }

    // MARK: Limits (safe_multiply, safe_power, safe_lshift, safe_mod)

    static func isSafe(_ op: BinaryOperator, _ l: Value, _ r: Value) -> Bool {
        switch op {
        case .mult: return safeMultiply(l, r)
        case .pow:
            guard isInt(l), isInt(r), !IntObject.isZero(l), IntObject.sign(r) > 0 else { return true }
            guard let exponent = IntObject.machineValue(r) else { return false }
            return IntObject.bitLength(l) <= maxIntBits / exponent
        case .lShift:
            guard isInt(l), isInt(r), !IntObject.isZero(l), !IntObject.isZero(r) else { return true }
            // As PyLong_AsSize_t, a negative or huge count refuses (the shift would raise or be huge).
            guard let shift = IntObject.machineValue(r), shift >= 0 else { return false }
            return shift <= maxIntBits && IntObject.bitLength(l) <= maxIntBits - shift
        case .mod:
            // `'%s' % x` is formatted at run time (or rewritten into an f-string earlier).
            return !isStrOrBytes(l)
        default: return true
        }
    }

    static func safeMultiply(_ v: Value, _ w: Value) -> Bool {
        if isInt(v) && isInt(w) {
            if IntObject.isZero(v) || IntObject.isZero(w) { return true }
            return IntObject.bitLength(v) + IntObject.bitLength(w) <= maxIntBits
        }
        if isInt(v), let size = collectionSize(w) {
            guard size > 0 else { return true }
            guard let n = IntObject.machineValue(v), n >= 0, n <= maxCollectionSize / size else { return false }
            return n == 0 || complexityLeft(w, maxTotalItems / n) >= 0
        }
        if isInt(v), let size = stringSize(w) {
            guard size > 0 else { return true }
            guard let n = IntObject.machineValue(v), n >= 0 else { return false }
            return n <= maxStringSize / size
        }
        if isInt(w) && (collectionSize(v) != nil || stringSize(v) != nil) { return safeMultiply(w, v) }
        return true
    }

    /// CPython's `check_complexity`: the limit less the items of the tuple or frozenset
    /// and of all those nested in it; negative when there are too many to hash quickly.
    static func complexityLeft(_ v: Value, _ limit: Int) -> Int {
        guard v.isObject, TypeObject.isSubtype(v.type, of: Krait_tuple_type) else { return limit }
        var left = limit - Tuple.count(v)
        var i = 0
        while left >= 0 && i < Tuple.count(v) {
            left = complexityLeft(Tuple.items(v)[i], left)
            i += 1
        }
        return left
    }

    static func isInt(_ v: Value) -> Bool { IntObject.check(v) }

    static func isStrOrBytes(_ v: Value) -> Bool { stringSize(v) != nil }

    static func collectionSize(_ v: Value) -> Int? {
        guard v.isObject else { return nil }
        if TypeObject.isSubtype(v.type, of: Krait_tuple_type) { return Tuple.count(v) }
        if v.isExactly(Krait_frozenset_type) { return Sets.count(v) }
        return nil
    }

    static func stringSize(_ v: Value) -> Int? {
        guard v.isObject else { return nil }
        if TypeObject.isSubtype(v.type, of: Krait_str_type) { return Str.length(v) }
        if TypeObject.isSubtype(v.type, of: Krait_bytes_type) { return Bytes.count(v) }
        return nil
    }
}
