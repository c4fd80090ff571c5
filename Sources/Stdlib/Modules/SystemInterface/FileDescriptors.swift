import ObjectLayout
import ObjectModel

/// File descriptor arguments as CPython's `PyObject_AsFileDescriptor`: an int, or
/// an object whose `fileno()` returns one.
enum FileDescriptors {
    static func from(_ o: Value) throws(PyException) -> Int32 {
        let fd: Int
        if IntObject.check(o) {
            fd = try Protocols.cInt(o)
        } else if let method = try Protocols.lookupAttribute(o, Interned.literal("fileno")) {
            let n = try Protocols.call(method)
            guard IntObject.check(n) else { throw PyException.typeError("fileno() returned a non-integer") }
            fd = try Protocols.cInt(n)
        } else {
            throw PyException.typeError("argument must be an int, or have a fileno() method.")
        }
        if fd < 0 { throw PyException.valueError("file descriptor cannot be a negative integer (\(fd))") }
        return Int32(fd)
    }
}
