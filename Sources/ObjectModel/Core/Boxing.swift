import ObjectLayout

/// Tagged small ints become `int` objects where C code needs a `PyObject *`
/// (DESIGN.md §2); everything else is already an object.
public enum Boxing {
    static let cacheLow = -5
    static let cacheHigh = 256
    /// Immortal boxes for -5...256, like CPython's small-int cache.
    nonisolated(unsafe) static var cache: UnsafeMutablePointer<PyLongObject>!

    static func createCache() {
        let count = cacheHigh - cacheLow + 1
        cache = .allocate(capacity: count)
        for i in 0..<count {
            let box = cache + i
            box.initialize(to: PyLongObject())
            fill(box, cacheLow + i)
            Allocation.makeImmortal(UnsafeMutableRawPointer(box).assumingMemoryBound(to: PyObject.self))
        }
    }

    static func fill(_ box: UnsafeMutablePointer<PyLongObject>, _ i: Int) {
        box.pointee.ob_base.ob_base.ob_type = Krait_int_type
        box.pointee.ob_base.ob_size = i == 0 ? 0 : i < 0 ? -1 : 1
        box.pointee.ob_digit = i.magnitude.toUInt64
    }

    /// `v` as an object pointer, boxing a small int.
    @inline(__always)
    public static func object(_ v: Value) -> ObjectPointer {
        v.isSmallInt ? box(v.smallInt) : v.object
    }

    public static func box(_ i: Int) -> ObjectPointer {
        if i >= cacheLow && i <= cacheHigh {
            return UnsafeMutableRawPointer(cache + (i - cacheLow)).assumingMemoryBound(to: PyObject.self)
        }
        let object = Allocation.varObject(Krait_int_type, size: MemoryLayout<PyLongObject>.size, count: i < 0 ? -1 : 1)
        object.layout(PyLongObject.self).pointee.ob_digit = i.magnitude.toUInt64
        return object
    }
}

extension Value {
    /// The object as a Value, tagging an exact `int` that fits 63 bits.
    @inline(__always)
    public init(normalizing object: ObjectPointer) {
        if object.pointee.ob_type == Krait_int_type, let i = IntObject.machineValue(Value(object)), Value.smallIntRange.contains(i) {
            self.init(smallInt: i)
        } else {
            self.init(object)
        }
    }
}

extension UInt {
    @inline(__always) var toUInt64: UInt64 { UInt64(self) }
}
