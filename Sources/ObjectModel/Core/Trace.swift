import ObjectLayout

/// Helpers for builtin types' `tp_traverse` functions.
public enum Trace {
    /// Reports `value` to the collector's visitor if it is an object.
    @inline(__always)
    public static func visit(_ value: Value, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) {
        if value.isObject { _ = visit!(value.object, arg) }
    }

    @inline(__always)
    public static func visit<T>(_ pointer: UnsafeMutablePointer<T>?, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) {
        if let pointer { _ = visit!(UnsafeMutableRawPointer(pointer).assumingMemoryBound(to: PyObject.self), arg) }
    }

    /// Reports `count` Values starting at `items`.
    @inline(__always)
    public static func visit(_ items: UnsafePointer<Value>, count: Int, _ visit: visitproc?, _ arg: UnsafeMutableRawPointer?) {
        for i in 0..<count where items[i].isObject { _ = visit!(items[i].object, arg) }
    }
}
