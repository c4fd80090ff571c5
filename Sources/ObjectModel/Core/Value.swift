import ObjectLayout

/// One Python value in one word (DESIGN.md §2): a tagged small int, an object pointer,
/// or empty. The struct is declared in `ObjectLayout` so C, stencils and Swift share it.
public typealias Value = KraitValue

public typealias ObjectPointer = UnsafeMutablePointer<PyObject>
public typealias TypePointer = UnsafeMutablePointer<PyTypeObject>

extension KraitValue: @retroactive Equatable {
    /// Identity (`is`): the same word. Equal small ints are the same value.
    @inlinable @inline(__always)
    public static func == (a: KraitValue, b: KraitValue) -> Bool { a.bits == b.bits }
}

extension Value {
    /// Small ints are 63-bit: this range is tagged; anything outside is a boxed `int`.
    @inlinable @inline(__always) public static var smallIntRange: ClosedRange<Int> { -(1 << 62)...((1 << 62) - 1) }

    @inlinable @inline(__always) public static var empty: Value { Value(bits: 0) }

    @inlinable @inline(__always)
    public init(_ object: ObjectPointer) {
        self.init(bits: UInt64(UInt(bitPattern: object)))
    }

    @inlinable @inline(__always)
    public init(_ type: TypePointer) {
        self.init(bits: UInt64(UInt(bitPattern: type)))
    }

    /// A tagged int; `i` must be in `smallIntRange`.
    @inlinable @inline(__always)
    public init(smallInt i: Int) {
        self.init(bits: UInt64(bitPattern: Int64(i) &<< 1) | 1)
    }

    @inlinable @inline(__always) public var isEmpty: Bool { bits == 0 }
    @inlinable @inline(__always) public var isSmallInt: Bool { bits & 1 != 0 }
    @inlinable @inline(__always) public var isObject: Bool { bits != 0 && bits & 7 == 0 }

    /// The tagged int; only valid when `isSmallInt`.
    @inlinable @inline(__always) public var smallInt: Int { Int(Int64(bitPattern: bits) >> 1) }

    /// The object; only valid when `isObject`.
    @inlinable @inline(__always)
    public var object: ObjectPointer { ObjectPointer(bitPattern: UInt(bits)).unsafelyUnwrapped }

    /// The Python type of the value.
    @inlinable @inline(__always)
    public var type: TypePointer {
        isSmallInt ? Krait_int_type : object.pointee.ob_type.unsafelyUnwrapped
    }

    @inlinable @inline(__always) public static var none: Value { Value(Krait_None) }
    @inlinable @inline(__always) public static var notImplemented: Value { Value(Krait_NotImplemented) }
    @inlinable @inline(__always) public static var ellipsis: Value { Value(Krait_Ellipsis) }
    @inlinable @inline(__always) public static var `true`: Value { Value(Krait_True) }
    @inlinable @inline(__always) public static var `false`: Value { Value(Krait_False) }
    @inlinable @inline(__always) public static func bool(_ b: Bool) -> Value { b ? .true : .false }

    @inlinable @inline(__always) public var isNone: Bool { self == .none }

    /// Whether the value's type is exactly `type` (no subclasses).
    @inlinable @inline(__always)
    public func isExactly(_ type: TypePointer) -> Bool { self.type == type }

    /// The object pointer if the value is an object of exactly `type`.
    @inlinable @inline(__always)
    public func object(ifExactly type: TypePointer) -> ObjectPointer? {
        isObject && object.pointee.ob_type == type ? object : nil
    }

    /// The object, reinterpreted as its layout struct.
    @inlinable @inline(__always)
    public func layout<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        UnsafeMutableRawPointer(object).assumingMemoryBound(to: T.self)
    }
}

extension TypePointer {
    @inlinable @inline(__always)
    public var asObject: ObjectPointer { UnsafeMutableRawPointer(self).assumingMemoryBound(to: PyObject.self) }
}

extension ObjectPointer {
    @inlinable @inline(__always)
    public func layout<T>(_: T.Type) -> UnsafeMutablePointer<T> {
        UnsafeMutableRawPointer(self).assumingMemoryBound(to: T.self)
    }
}
