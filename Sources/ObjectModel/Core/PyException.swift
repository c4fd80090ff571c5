import ObjectLayout

/// A raised Python exception as a thrown Swift error (DESIGN.md §4). It holds the
/// exception instance; while it propagates it sits in registers or on the stack, where
/// the collector's conservative scan keeps the instance alive.
public struct PyException: Error {
    public let value: Value

    public init(_ value: Value) { self.value = value }

    /// A new instance of the builtin exception class `type` with one string argument,
    /// as `raise TypeError("message")`.
    public init(_ type: TypePointer, _ message: String) {
        self.value = Exceptions.instantiate(type, arguments: [Str.make(message)])
    }

    /// A new instance of `type` with the given arguments.
    public init(_ type: TypePointer, arguments: [Value]) {
        self.value = Exceptions.instantiate(type, arguments: arguments)
    }

    public var type: TypePointer { value.type }

    /// Whether the exception is an instance of `type` or of one of its subclasses.
    public func matches(_ type: TypePointer) -> Bool { TypeObject.isSubtype(value.type, of: type) }
}

/// Shorthands for the exceptions the runtime raises most.
extension PyException {
    public static func typeError(_ message: String) -> PyException { PyException(Krait_exc_TypeError, message) }
    public static func valueError(_ message: String) -> PyException { PyException(Krait_exc_ValueError, message) }
    public static func indexError(_ message: String) -> PyException { PyException(Krait_exc_IndexError, message) }
    public static func overflowError(_ message: String) -> PyException { PyException(Krait_exc_OverflowError, message) }
    public static func zeroDivisionError(_ message: String) -> PyException { PyException(Krait_exc_ZeroDivisionError, message) }
    public static func attributeError(_ message: String) -> PyException { PyException(Krait_exc_AttributeError, message) }
    public static func systemError(_ message: String) -> PyException { PyException(Krait_exc_SystemError, message) }
    public static func memoryError() -> PyException { PyException(Krait_exc_MemoryError, arguments: []) }

    public static func keyError(_ key: Value) -> PyException { PyException(Krait_exc_KeyError, arguments: [key]) }

    /// A new `type(message)` caused by `error`, as CPython's `_PyErr_FormatFromCause`:
    /// `error` is both its `__cause__` and its `__context__`.
    public static func fromCause(_ error: PyException, _ type: TypePointer, _ message: String) -> PyException {
        let replacement = PyException(type, message)
        let e = replacement.value.layout(PyBaseExceptionObject.self)
        e.pointee.cause = error.value.object
        e.pointee.context = error.value.object
        e.pointee.suppress_context = 1
        return replacement
    }
}
