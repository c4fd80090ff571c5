import ObjectLayout

/// The bytes of a buffer argument in place, as C code gets them with `y*` or `w*`:
/// valid until Python code runs (Krait does not lock exporters, so a bytearray may
/// move its storage then).
public struct BufferRegion {
    public let data: UnsafeMutableRawPointer
    public let count: Int
    public let readonly: Bool

    public var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: data, count: count) }
}

/// Buffer arguments with CPython's messages for objects that export none.
public enum BufferArguments {
    /// The contiguous bytes `v` exports (`PyObject_GetBuffer` with `PyBUF_SIMPLE`), or
    /// nil when it exports no buffer.
    public static func region(_ v: Value) throws(PyException) -> BufferRegion? {
        if BytesLike.isBytes(v) { return BufferRegion(data: Bytes.data(v), count: Bytes.count(v), readonly: true) }
        if ByteArray.isByteArray(v) { return BufferRegion(data: ByteArray.data(v), count: ByteArray.count(v), readonly: false) }
        if v.isObject && v.type == Krait_memoryview_type { return try view(v) }
        guard let export = BufferExporters.export(v) else { return nil }
        return BufferRegion(data: export.buf ?? ByteArray.emptyData, count: export.len, readonly: export.readonly != 0)
    }

    /// A memoryview's items, which must be adjacent in C order.
    static func view(_ v: Value) throws(PyException) -> BufferRegion {
        try MemoryView.checkReleased(v)
        guard MemoryView.isCContiguous(v) else {
            throw PyException(Krait_exc_BufferError, "memoryview: underlying buffer is not C-contiguous")
        }
        let m = MemoryView.state(v).pointee
        let (data, available) = BufferExporters.contents(m.mv_obj)
        // The exporter may have shrunk since the view was made.
        let start = Swift.min(Swift.max(m.mv_start, 0), available)
        let count = Swift.min(MemoryView.itemCount(v) * m.mv_itemsize, available - start)
        return BufferRegion(data: data + start, count: count, readonly: m.mv_readonly != 0)
    }

    /// `y*`: "a bytes-like object is required, not 'str'".
    public static func readable(_ v: Value) throws(PyException) -> BufferRegion {
        guard let region = try region(v) else {
            throw PyException.typeError("a bytes-like object is required, not '\(TypeObject.name(v.type))'")
        }
        return region
    }

    /// `w*`: "argument must be read-write bytes-like object, not bytes"; `argument`
    /// names it as getargs does ("argument", "argument 1", "f() argument 2").
    public static func writable(_ v: Value, argument: String = "argument") throws(PyException) -> BufferRegion {
        guard let region = try region(v), !region.readonly else {
            throw PyException.typeError("\(argument) must be read-write bytes-like object, not \(TypeObject.name(v.type))")
        }
        return region
    }
}
