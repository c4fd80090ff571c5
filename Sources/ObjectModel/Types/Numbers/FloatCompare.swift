import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Comparisons of a float with a float or an int, exact as CPython's `float_richcompare`
/// (no rounding of the int).
public enum FloatCompare {
    static func compare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        let x = FloatObject.value(a)
        if FloatObject.check(b) { return .bool(holds(x, FloatObject.value(b), op)) }
        guard IntObject.check(b) else { return .notImplemented }
        if x.isNaN { return .bool(op == .ne) }
        if x.isInfinite { return .bool(op.holds(x > 0 ? 1 : -1)) }
        if let n = IntObject.machineValue(b), n.magnitude <= 1 << 53 {
            return .bool(holds(x, Double(n), op))
        }
        // floor(x) < n means x < n; floor(x) > n means x > n; when they are equal,
        // x is n or a little more.
        let floored = floor(x)
        var order = IntObject.compare(try IntObject.fromDouble(floored), b)
        if order == 0 && floored != x { order = 1 }
        return .bool(op.holds(order))
    }

    /// IEEE comparison: NaN is unordered, so only `!=` holds for it.
    @inlinable @inline(__always)
    public static func holds(_ x: Double, _ y: Double, _ op: CompareOp) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .eq: return x == y
        case .ne: return x != y
        case .gt: return x > y
        case .ge: return x >= y
        }
    }
}
