import ObjectLayout

/// Python's int arithmetic on int values of any size and representation. Two tagged
/// operands take the inline path (overflow-checked); anything else goes out of line to
/// the machine-word or `BigInts` code.
public enum IntOps {
    @inline(__always)
    public static func add(_ a: Value, _ b: Value) -> Value {
        // Two 63-bit values never overflow 64 bits.
        if a.isSmallInt && b.isSmallInt { return IntObject.make(a.smallInt &+ b.smallInt) }
        return BigInts.add(a, b)
    }

    @inline(__always)
    public static func subtract(_ a: Value, _ b: Value) -> Value {
        if a.isSmallInt && b.isSmallInt { return IntObject.make(a.smallInt &- b.smallInt) }
        return BigInts.subtract(a, b)
    }

    @inline(__always)
    public static func multiply(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let (p, overflow) = a.smallInt.multipliedReportingOverflow(by: b.smallInt)
            if !overflow { return IntObject.make(p) }
            return wideProduct(a.smallInt, b.smallInt)
        }
        return try BigInts.multiply(a, b)
    }

    @inline(never)
    static func wideProduct(_ x: Int, _ y: Int) -> Value {
        let (high, low) = x.magnitude.multipliedFullWidth(by: y.magnitude)
        return BigInts.make(high: UInt64(high), low: UInt64(low), negative: (x < 0) != (y < 0))
    }

    static func divisionByZero() -> PyException { .zeroDivisionError("integer division or modulo by zero") }

    @inline(__always)
    public static func floorDivide(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallInt, y = b.smallInt
            if y == 0 { throw divisionByZero() }
            // No overflow: 63-bit operands.
            var q = x / y
            if x % y != 0 && (x < 0) != (y < 0) { q -= 1 }
            return IntObject.make(q)
        }
        return try divmod(a, b).quotient
    }

    @inline(__always)
    public static func remainder(_ a: Value, _ b: Value) throws(PyException) -> Value {
        if a.isSmallInt && b.isSmallInt {
            let x = a.smallInt, y = b.smallInt
            if y == 0 { throw PyException.zeroDivisionError("integer modulo by zero") }
            var r = x % y
            if r != 0 && (r < 0) != (y < 0) { r += y }
            return Value(smallInt: r)
        }
        if IntObject.isZero(b) { throw PyException.zeroDivisionError("integer modulo by zero") }
        return BigInts.divmod(a, b).remainder
    }

    public static func divmod(_ a: Value, _ b: Value) throws(PyException) -> (quotient: Value, remainder: Value) {
        if IntObject.isZero(b) { throw divisionByZero() }
        if a.isSmallInt && b.isSmallInt {
            return (try floorDivide(a, b), try remainder(a, b))
        }
        return BigInts.divmod(a, b)
    }

    @inline(__always)
    public static func negate(_ a: Value) -> Value {
        if a.isSmallInt { return IntObject.make(-a.smallInt) }
        return BigInts.make(BigInts.limbs(a).negated)
    }

    public static func absolute(_ a: Value) -> Value {
        IntObject.sign(a) < 0 ? negate(a) : IntObject.exact(a)
    }

    @inline(__always)
    public static func invert(_ a: Value) -> Value {
        // ~x stays in the 63-bit range.
        if a.isSmallInt { return Value(smallInt: ~a.smallInt) }
        return subtract(negate(a), Value(smallInt: 1))
    }

    @inline(__always)
    public static func and(_ a: Value, _ b: Value) -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(smallInt: a.smallInt & b.smallInt) }
        return BigInts.bitwise(a, b, .and)
    }

    @inline(__always)
    public static func or(_ a: Value, _ b: Value) -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(smallInt: a.smallInt | b.smallInt) }
        return BigInts.bitwise(a, b, .or)
    }

    @inline(__always)
    public static func xor(_ a: Value, _ b: Value) -> Value {
        if a.isSmallInt && b.isSmallInt { return Value(smallInt: a.smallInt ^ b.smallInt) }
        return BigInts.bitwise(a, b, .xor)
    }

    /// The shift count: a non-negative machine int, or nil when it does not fit one.
    static func shiftCount(_ b: Value) throws(PyException) -> Int? {
        if IntObject.sign(b) < 0 { throw PyException.valueError("negative shift count") }
        return IntObject.machineValue(b)
    }

    public static func shiftLeft(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let count = try shiftCount(b)
        if IntObject.isZero(a) { return Value(smallInt: 0) }
        guard let count else { throw PyException.overflowError("too many digits in integer") }
        if a.isSmallInt && count < 62 {
            let x = a.smallInt
            let shifted = x << count
            if shifted >> count == x { return IntObject.make(shifted) }
        }
        return try BigInts.shiftLeft(a, count)
    }

    public static func shiftRight(_ a: Value, _ b: Value) throws(PyException) -> Value {
        let count = try shiftCount(b)
        let negative = IntObject.sign(a) < 0
        guard let count else { return Value(smallInt: negative ? -1 : 0) }
        if a.isSmallInt { return Value(smallInt: a.smallInt >> Swift.min(count, 63)) }
        return BigInts.shiftRight(a, count)
    }
}
