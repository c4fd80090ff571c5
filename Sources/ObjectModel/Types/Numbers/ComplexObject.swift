import ObjectLayout

/// `complex` values: `PyComplexObject`s holding a `Py_complex`, CPython's layout.
public enum ComplexObject {
    public static func make(_ real: Double, _ imag: Double) -> Value {
        make(Py_complex(real: real, imag: imag), type: Krait_complex_type)
    }

    public static func make(_ z: Py_complex) -> Value { make(z, type: Krait_complex_type) }

    /// An instance of `type` (complex or a subclass), as `complex_subtype_from_doubles`.
    static func make(_ z: Py_complex, type: TypePointer) -> Value {
        let object = Allocation.object(type, size: type.pointee.tp_basicsize)
        object.layout(PyComplexObject.self).pointee.cval = z
        return Value(object)
    }

    /// The value of a complex (or subclass instance).
    @inline(__always)
    public static func value(_ v: Value) -> Py_complex { v.layout(PyComplexObject.self).pointee.cval }

    /// Whether `v` is a `complex` or an instance of a subclass.
    @inline(__always)
    public static func check(_ v: Value) -> Bool {
        v.isObject && (v.type == Krait_complex_type || TypeObject.isSubtype(v.type, of: Krait_complex_type))
    }

    /// `self` as an exact complex.
    static func exact(_ v: Value) -> Value {
        v.isExactly(Krait_complex_type) ? v : make(value(v))
    }

    /// An operand of complex arithmetic, CPython's `TO_COMPLEX`: complexes as they are,
    /// floats and ints (converted exactly; OverflowError when too large) as real
    /// numbers; nil for any other type.
    @inline(__always)
    static func operand(_ v: Value) throws(PyException) -> Py_complex? {
        if check(v) { return value(v) }
        if let x = try FloatObject.operand(v) { return Py_complex(real: x, imag: 0) }
        return nil
    }

    /// `hash(complex)`: the parts' hashes combined with the multiplier CPython uses
    /// for the imaginary unit, so `hash(x + 0j) == hash(x)`; NaN parts hash by the
    /// object's identity.
    public static func hash(_ v: Value) -> Int {
        let z = value(v), identity = Int(bitPattern: UInt(v.bits))
        let real = UInt(bitPattern: Hashing.double(z.real, identity: identity))
        let imag = UInt(bitPattern: Hashing.double(z.imag, identity: identity))
        let combined = Int(bitPattern: real &+ UInt(Hashing.imaginary) &* imag)
        return combined == -1 ? -2 : combined
    }
}
