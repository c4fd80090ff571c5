import ObjectLayout

/// `int` values: tagged when they fit 63 bits, else boxed `PyLongObject`s of 64-bit limbs.
public enum IntObject {
    /// A tagged int when `i` fits, else a box.
    @inline(__always)
    public static func make(_ i: Int) -> Value {
        if Value.smallIntRange.contains(i) { return Value(smallInt: i) }
        return Value(Boxing.box(i))
    }

    @inline(__always)
    static func long(_ v: Value) -> UnsafeMutablePointer<PyLongObject> { v.layout(PyLongObject.self) }

    /// The limb count and sign of a boxed int.
    @inline(__always)
    static func signedSize(_ v: Value) -> Int { long(v).pointee.ob_base.ob_size }

    @inline(__always)
    static func limbs(_ v: Value) -> UnsafeMutablePointer<UInt64> { BigInts.digits(v.object) }

    /// The value as a machine int if it fits (any int object, tagged or boxed).
    public static func machineValue(_ v: Value) -> Int? {
        if v.isSmallInt { return v.smallInt }
        let size = signedSize(v)
        if size == 0 { return 0 }
        guard size.magnitude == 1 else { return nil }
        let magnitude = limbs(v)[0]
        if size > 0 { return magnitude <= UInt64(Int.max) ? Int(magnitude) : nil }
        return magnitude <= UInt64(Int.max) + 1 ? Int(truncatingIfNeeded: 0 &- magnitude) : nil
    }

    /// The same int, tagged when it fits 63 bits (slots receive small ints boxed, and
    /// bools and subclass instances as objects), so the tagged fast paths apply.
    @inline(__always)
    public static func unboxed(_ v: Value) -> Value {
        if v.isSmallInt { return v }
        let size = signedSize(v)
        if size == 0 { return Value(smallInt: 0) }
        if size.magnitude == 1 {
            let m = limbs(v)[0]
            if m <= UInt64(Value.smallIntRange.upperBound) { return Value(smallInt: size < 0 ? -Int(m) : Int(m)) }
        }
        return v
    }

    /// Whether `v` is an `int` (or subclass, bool included).
    @inline(__always)
    public static func check(_ v: Value) -> Bool {
        v.isSmallInt || TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_LONG_SUBCLASS))
    }

    /// Whether `v` is exactly an `int` (not bool, not a subclass).
    @inline(__always)
    public static func checkExact(_ v: Value) -> Bool { v.isSmallInt || v.type == Krait_int_type }

    /// -1, 0 or 1 for any int.
    public static func sign(_ v: Value) -> Int {
        v.isSmallInt ? v.smallInt.signum() : signedSize(v).signum()
    }

    @inline(__always)
    public static func isZero(_ v: Value) -> Bool { v.isSmallInt ? v.smallInt == 0 : signedSize(v) == 0 }

    /// `v` as an exact `int` (for bools and subclass instances: a plain int of the same value).
    public static func exact(_ v: Value) -> Value {
        if checkExact(v) { return v }
        let u = unboxed(v)
        return u.isSmallInt ? u : BigInts.make(BigInts.limbs(v))
    }

    /// `sys.get_int_max_str_digits()`: the most decimal digits `str(int)` and `int(str)`
    /// convert (0: no limit). `sys.set_int_max_str_digits()` sets it.
    public static var maxStrDigits: Int {
        get { BigInts.maxStrDigits }
        set { BigInts.maxStrDigits = newValue }
    }

    /// Decimal text of any int; beyond `sys.get_int_max_str_digits()` a ValueError.
    public static func decimal(_ v: Value) throws(PyException) -> String {
        if let i = machineValue(v) { return String(i) }
        return String(decoding: try BigInts.decimal(v), as: UTF8.self)
    }

    /// -1, 0 or 1: `a` compared with `b`, both ints.
    public static func compare(_ a: Value, _ b: Value) -> Int {
        if let x = machineValue(a), let y = machineValue(b) { return x < y ? -1 : x == y ? 0 : 1 }
        return BigInts.compare(a, b)
    }

    public static func hash(_ v: Value) -> Int {
        if let i = machineValue(v) { return Hashing.int(i) }
        return BigInts.hash(v)
    }
}
