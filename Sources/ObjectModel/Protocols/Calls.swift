import GC
import ObjectLayout

extension Protocols {
    /// `callable(*args)` with vectorcall-style arguments.
    public static func call(_ callable: Value, _ args: Arguments) throws(PyException) -> Value {
        let type = callable.type
        if type == Krait_builtinFunction_type { return try BuiltinFunction.callFunction(callable, args) }
        if type == Krait_methodDescriptor_type { return try BuiltinFunction.callDescriptor(callable, args) }
        if type == Krait_wrapperDescriptor_type { return try SlotWrapper.callDescriptor(callable, args) }
        if type == Krait_methodWrapper_type { return try SlotWrapper.callBound(callable, args) }
        if TypeObject.isSubtype(type, of: Krait_type_type) {
            return try Recursion.guarded(" while calling a Python object") { () throws(PyException) in
                try TypeType.call(callable.object.layout(PyTypeObject.self), args)
            }
        }
        throw PyException.typeError("'\(TypeObject.name(type))' object is not callable")
    }

    /// `callable(*arguments)` with positional arguments only.
    public static func call(_ callable: Value, _ arguments: Value...) throws(PyException) -> Value {
        try arguments.withUnsafeBufferPointer { buffer throws(PyException) in
            try Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                () throws(PyException) in try call(callable, Arguments(buffer.baseAddress, buffer.count, .empty))
            }
        }
    }

    /// `obj.name(*arguments)`.
    public static func callMethod(_ v: Value, _ name: String, _ arguments: Value...) throws(PyException) -> Value {
        let method = try getAttribute(v, name)
        return try arguments.withUnsafeBufferPointer { buffer throws(PyException) in
            try Heap.shared.withTemporaryRoots(UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: 8)!), words: buffer.count) {
                () throws(PyException) in try call(method, Arguments(buffer.baseAddress, buffer.count, .empty))
            }
        }
    }
}
