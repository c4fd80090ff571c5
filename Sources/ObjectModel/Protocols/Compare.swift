import ObjectLayout

/// The six rich comparisons, numbered as CPython's `Py_LT`…`Py_GE`.
public enum CompareOp: Int32 {
    case lt = 0, le, eq, ne, gt, ge

    /// The operation with the operands swapped (`a < b` is `b > a`).
    var reflected: CompareOp {
        switch self {
        case .lt: return .gt
        case .le: return .ge
        case .eq: return .eq
        case .ne: return .ne
        case .gt: return .lt
        case .ge: return .le
        }
    }

    var symbol: String {
        switch self {
        case .lt: return "<"
        case .le: return "<="
        case .eq: return "=="
        case .ne: return "!="
        case .gt: return ">"
        case .ge: return ">="
        }
    }

    @inline(__always)
    public func holds(_ order: Int) -> Bool {
        switch self {
        case .lt: return order < 0
        case .le: return order <= 0
        case .eq: return order == 0
        case .ne: return order != 0
        case .gt: return order > 0
        case .ge: return order >= 0
        }
    }
}

enum Compare {
    /// CPython's `do_richcompare`.
    static func rich(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt { return .bool(op.holds(a.smallInt < b.smallInt ? -1 : a.smallInt == b.smallInt ? 0 : 1)) }
        let ta = a.type, tb = b.type
        if ta == Krait_str_type && tb == Krait_str_type {
            if op == .eq || op == .ne { return .bool(Str.equal(a, b) == (op == .eq)) }
            return .bool(op.holds(Str.compare(a, b)))
        }
        var checkedReflected = false
        if ta != tb && TypeObject.isSubtype(tb, of: ta), let slot = tb.pointee.tp_richcompare {
            checkedReflected = true
            let result = try CBoundary.check(slot(Boxing.object(b), Boxing.object(a), op.reflected.rawValue))
            if result != .notImplemented { return result }
        }
        if let slot = ta.pointee.tp_richcompare {
            let result = try CBoundary.check(slot(Boxing.object(a), Boxing.object(b), op.rawValue))
            if result != .notImplemented { return result }
        }
        if !checkedReflected, let slot = tb.pointee.tp_richcompare {
            let result = try CBoundary.check(slot(Boxing.object(b), Boxing.object(a), op.reflected.rawValue))
            if result != .notImplemented { return result }
        }
        switch op {
        case .eq: return .bool(a == b)
        case .ne: return .bool(a != b)
        default:
            throw PyException.typeError(
                "'\(op.symbol)' not supported between instances of '\(TypeObject.fullName(ta))' and '\(TypeObject.fullName(tb))'")
        }
    }

    /// `a == b` as containers compare items: identity first.
    static func equalForLookup(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        if a == b { return true }
        if a.isSmallInt && b.isSmallInt { return false }
        if a.isExactly(Krait_str_type) && b.isExactly(Krait_str_type) { return Str.equal(a, b) }
        return try Protocols.isTrue(Protocols.richCompare(a, b, .eq))
    }
}

extension Protocols {
    /// `a == b` as a Swift Bool, identity first (as `in` and `list.index` compare).
    public static func equal(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        try Compare.equalForLookup(a, b)
    }
}
