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
    static func limbs(_ v: Value) -> UnsafeMutablePointer<UInt64> {
        (UnsafeMutableRawPointer(v.object) + MemoryLayout<PyVarObject>.size).assumingMemoryBound(to: UInt64.self)
    }

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

    /// Whether `v` is an `int` (or subclass, bool included).
    @inline(__always)
    public static func check(_ v: Value) -> Bool {
        v.isSmallInt || TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_LONG_SUBCLASS))
    }

    /// Decimal text of any int.
    public static func decimal(_ v: Value) -> String {
        if let i = machineValue(v) { return String(i) }
        return BigInts.decimal(v)
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

/// Operations on ints beyond a machine word, on the limbs stored in the objects.
enum BigInts {
    static func decimal(_ v: Value) -> String {
        // Until the big-number layer is wired in, the one-limb values beyond Int.
        let size = IntObject.signedSize(v)
        precondition(size.magnitude == 1, "int of more than one limb before the big-number layer")
        let magnitude = IntObject.limbs(v)[0]
        return (size < 0 ? "-" : "") + String(magnitude)
    }

    static func compare(_ a: Value, _ b: Value) -> Int {
        let sa = a.isSmallInt ? a.smallInt.signum() : IntObject.signedSize(a).signum()
        let sb = b.isSmallInt ? b.smallInt.signum() : IntObject.signedSize(b).signum()
        if sa != sb { return sa < sb ? -1 : 1 }
        let ma = magnitude(a), mb = magnitude(b)
        let order = ma < mb ? -1 : ma == mb ? 0 : 1
        return sa < 0 ? -order : order
    }

    static func magnitude(_ v: Value) -> UInt64 {
        v.isSmallInt ? UInt64(v.smallInt.magnitude) : IntObject.limbs(v)[0]
    }

    static func hash(_ v: Value) -> Int {
        let size = IntObject.signedSize(v)
        var h = Int(IntObject.limbs(v)[0] % UInt64(Hashing.modulus))
        if size < 0 { h = -h }
        return h == -1 ? -2 : h
    }
}
