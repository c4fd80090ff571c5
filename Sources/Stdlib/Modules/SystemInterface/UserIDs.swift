import ObjectLayout
import ObjectModel

/// User and group id arguments, as CPython's `_Py_Uid_Converter` and
/// `_Py_Gid_Converter`: an int (or `__index__`) that fits the 32-bit id, or -1.
enum UserIDs {
    static func convert(_ v: Value, _ kind: String) throws(PyException) -> UInt32 {
        let index: Value
        do throws(PyException) {
            index = try Protocols.indexValue(v)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError("\(kind) should be integer, not \(TypeObject.name(v.type))")
        }
        let less = PyException.overflowError("\(kind) is less than minimum")
        let greater = PyException.overflowError("\(kind) is greater than maximum")
        if let n = IntObject.machineValue(index) {
            if n == -1 { return UInt32.max }
            // A negative id, or one a 32-bit id would truncate, is "less than minimum"
            // (CPython's checks on a C long).
            guard n >= 0, n <= Int(UInt32.max) else { throw less }
            return UInt32(n)
        }
        throw IntObject.sign(index) < 0 ? less : greater
    }

    /// An id as `_PyLong_FromUid` gives it: -1 for the all-ones id.
    static func text(_ id: UInt32) -> String { id == UInt32.max ? "-1" : String(id) }
}

extension UserIDs {
    /// A user or group name argument as the C string `body` looks up (getpwnam,
    /// getgrnam): a str without NUL, encoded as the file system encoding does.
    static func withName<R>(_ v: Value, _ typeError: @autoclosure () -> String,
                            _ body: (UnsafePointer<CChar>) throws(PyException) -> R) throws(PyException) -> R {
        guard ModuleTypes.isStr(v) else { throw PyException.typeError(typeError()) }
        var name = try PosixPath.encode(v)
        if name.contains(0) { throw PyException.valueError("embedded null byte") }
        name.append(0)
        return try name.withUnsafeBufferPointer { n throws(PyException) -> R in
            try body(UnsafeRawPointer(n.baseAddress!).assumingMemoryBound(to: CChar.self))
        }
    }
}
