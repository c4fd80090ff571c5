import ObjectLayout
import ObjectModel

/// The int arithmetic of ranges, on int values of any size (CPython's `rangeobject.c`
/// does it with PyLong operations); machine ints take a shortcut where nothing can
/// overflow.
extension Ranges {
    static func add(_ a: Value, _ b: Value) throws(PyException) -> Value { try Protocols.binary(a, b, .add) }
    static func subtract(_ a: Value, _ b: Value) throws(PyException) -> Value { try Protocols.binary(a, b, .subtract) }
    static func multiply(_ a: Value, _ b: Value) throws(PyException) -> Value { try Protocols.binary(a, b, .multiply) }
    static func less(_ a: Value, _ b: Value) throws(PyException) -> Bool { try Protocols.isTrue(try Protocols.richCompare(a, b, .lt)) }
    static func isNegative(_ v: Value) -> Bool { IntObject.sign(v) < 0 }

    static let zero = Value(smallInt: 0), one = Value(smallInt: 1)

    /// An int or an object with `__index__`.
    static func isIndex(_ v: Value) -> Bool { IntObject.check(v) || v.type.pointee.tp_as_number?.pointee.nb_index != nil }

    /// `compute_range_length`: how many values `range(start, stop, step)` has.
    static func length(_ start: Value, _ stop: Value, _ step: Value) throws(PyException) -> Value {
        if let a = IntObject.machineValue(start), let b = IntObject.machineValue(stop), let c = IntObject.machineValue(step), c != .min {
            let (span, overflow) = c > 0 ? b.subtractingReportingOverflow(a) : a.subtractingReportingOverflow(b)
            if !overflow { return IntObject.make(span <= 0 ? 0 : (span - 1) / abs(c) + 1) }
        }
        let positive = !isNegative(step)
        let (lo, hi) = positive ? (start, stop) : (stop, start)
        if !(try less(lo, hi)) { return zero }
        let magnitude = positive ? step : try Protocols.unary(step, .negative)
        return try add(try Protocols.binary(try subtract(try subtract(hi, lo), one), magnitude, .floorDivide), one)
    }

    /// `start + i * step`.
    static func value(_ r: PyRangeObject, at i: Value) throws(PyException) -> Value {
        if let a = IntObject.machineValue(r.start), let n = IntObject.machineValue(i), let c = IntObject.machineValue(r.step) {
            let (product, o1) = n.multipliedReportingOverflow(by: c)
            let (sum, o2) = a.addingReportingOverflow(product)
            if !o1 && !o2 { return IntObject.make(sum) }
        }
        return try add(r.start, try multiply(i, r.step))
    }

    /// Whether the int `x` is one of the values (`range_contains_long`).
    static func contains(_ r: PyRangeObject, int x: Value) throws(PyException) -> Bool {
        let (low, high) = isNegative(r.step) ? (r.stop, r.start) : (r.start, r.stop)
        // start <= x < stop going up, stop < x <= start going down.
        if isNegative(r.step) {
            guard try less(low, x), !(try less(high, x)) else { return false }
        } else {
            guard !(try less(x, low)), try less(x, high) else { return false }
        }
        return IntObject.isZero(try Protocols.binary(try subtract(x, r.start), r.step, .remainder))
    }
}
