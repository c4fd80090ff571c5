import ObjectLayout
import ObjectModel

/// The code units a pattern runs over: a str's (1, 2 or 4 bytes each, as PEP 393
/// stores them) or a bytes-like object's bytes.
struct SRESubject {
    var data: UnsafeRawPointer
    var length: Int
    var charSize: Int
    var isBytes: Bool
    /// What holds `data`: the string itself, or a bytes copy of a memoryview's.
    var owner: Value

    /// CPython's `getstring`: str, or anything exporting a buffer.
    init(_ v: Value) throws(PyException) {
        if ModuleTypes.isStr(v) {
            data = UnsafeRawPointer(Str.data(v))
            length = Str.length(v)
            charSize = Str.kind(v)
            isBytes = false
            owner = v
            return
        }
        guard let readable = BytesLike.readable(v) else {
            throw PyException.typeError("expected string or bytes-like object, got '\(TypeObject.fullName(v.type))'")
        }
        let (bytes, count) = BufferExporters.contents(readable)
        data = UnsafeRawPointer(bytes)
        length = count
        charSize = 1
        isBytes = true
        owner = readable
    }

    /// `getslice`: the code units `start..<end` of `string` (whose units these are) as a
    /// new str or bytes; an exact bytes or str that is wanted whole is returned itself.
    func slice(_ string: Value, _ start: Int, _ end: Int) -> Value {
        if isBytes {
            if string.isExactly(Krait_bytes_type) && start == 0 && end == length { return string }
            return Bytes.make(UnsafeRawBufferPointer(start: data + start, count: end - start))
        }
        if start == 0 && end == length && !string.isExactly(Krait_str_type) {
            // A str subclass's whole text is copied into an exact str, as PyUnicode_Substring does.
            return Str.make(codePoints: Str.codePoints(string))
        }
        return Str.substring(string, start..<end)
    }
}
