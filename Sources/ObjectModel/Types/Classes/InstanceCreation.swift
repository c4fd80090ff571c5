import ObjectLayout

/// What the interpreter checks before it constructs a class instance itself (CPython
/// 3.12's CALL_ALLOC_AND_ENTER_INIT): calling the class would only allocate a plain
/// instance (`object.__new__`) and call `__init__` through the generic slot, so the
/// interpreter may allocate and enter `__init__` directly with the call's arguments.
public enum InstanceCreation {
    /// `__init__`, interned once (a literal, so the bits are set up without a lazy global).
    nonisolated(unsafe) static var initNameBits: UInt64 = 0

    public static var initName: Value {
        if initNameBits == 0 { initNameBits = Interned.literal("__init__").bits }
        return Value(bits: initNameBits)
    }

    /// Whether `type(...)` is `object.__new__` plus the generic `__init__` slot: a class
    /// whose metaclass is `type` itself, not abstract, without `__new__` of its own, of
    /// fixed size.
    @inline(__always)
    public static func isPlain(_ type: TypePointer) -> Bool {
        let flags = type.pointee.tp_flags
        return type.pointee.ob_base.ob_base.ob_type == Krait_type_type
            && flags & UInt(Py_TPFLAGS_HEAPTYPE) != 0 && flags & UInt(Py_TPFLAGS_IS_ABSTRACT) == 0
            && TypeNew.sameFunction(type.pointee.tp_new, Krait_object_type.pointee.tp_new)
            && unsafeBitCast(type.pointee.tp_init, to: UInt.self) == unsafeBitCast(SlotFunctions.initialize, to: UInt.self)
            && type.pointee.tp_itemsize == 0
    }

    /// A new, empty instance of a plain class (what `object.__new__` makes).
    @inline(__always)
    public static func allocate(_ type: TypePointer) -> Value {
        Value(Allocation.object(type, size: type.pointee.tp_basicsize))
    }
}
