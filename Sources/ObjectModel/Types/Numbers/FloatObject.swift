import NumberText
import ObjectLayout

/// `float` values: `PyFloatObject`s holding a double, CPython's layout.
public enum FloatObject {
    @inlinable
    public static func make(_ d: Double) -> Value {
        let object = Allocation.object(Krait_float_type, size: MemoryLayout<PyFloatObject>.size)
        object.layout(PyFloatObject.self).pointee.ob_fval = d
        return Value(object)
    }

    /// The double of a float (or subclass instance).
    @inline(__always)
    public static func value(_ v: Value) -> Double { v.layout(PyFloatObject.self).pointee.ob_fval }

    /// Whether `v` is a `float` or an instance of a subclass.
    @inline(__always)
    public static func check(_ v: Value) -> Bool {
        v.isObject && (v.type == Krait_float_type || TypeObject.isSubtype(v.type, of: Krait_float_type))
    }

    /// An operand of float arithmetic as a double: floats as they are, ints converted
    /// exactly (OverflowError when too large); nil for any other type.
    @inline(__always)
    static func operand(_ v: Value) throws(PyException) -> Double? {
        if check(v) { return value(v) }
        if IntObject.check(v) { return try IntObject.toDouble(v) }
        return nil
    }

    /// `repr(float)`: the shortest string that round-trips.
    public static func repr(_ d: Double) -> String {
        var out: [UInt8] = []
        NumberText.appendShortest(d, addDotZero: true, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// `hash(float)`, CPython's `_Py_HashDouble`: NaN by the object's identity.
    public static func hash(_ v: Value) -> Int {
        Hashing.double(value(v), identity: Int(bitPattern: UInt(v.bits)))
    }
}
