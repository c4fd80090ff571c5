import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Read access to the bytes of a bytes or bytearray object, read once so loops
/// index without re-reading the header. The object must stay reachable (a local
/// holding it is enough) and unchanged while the view is used.
public struct ByteView {
    public let data: UnsafePointer<UInt8>
    public let count: Int

    public init(_ v: Value) {
        if ByteArray.isByteArray(v) {
            data = UnsafePointer(ByteArray.data(v).assumingMemoryBound(to: UInt8.self))
            count = ByteArray.count(v)
        } else {
            data = UnsafePointer(Bytes.data(v).assumingMemoryBound(to: UInt8.self))
            count = Bytes.count(v)
        }
    }

    @inline(__always)
    public subscript(i: Int) -> UInt8 { data[i] }

    public var raw: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: data, count: count) }

    func raw(_ range: Range<Int>) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: data + range.lowerBound, count: range.count)
    }

    /// The bytes as one-byte code points, so str's search routines serve bytes too.
    var str: StrView { StrView(bytes: UnsafeRawPointer(data), count: count) }
}

/// Conversions between bytes-like objects, with CPython's messages.
public enum BytesLike {
    public static func isBytes(_ v: Value) -> Bool { TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_BYTES_SUBCLASS)) }

    /// Whether `v` exports a buffer (`PyObject_CheckBuffer`).
    public static func hasBuffer(_ v: Value) -> Bool { v.type.pointee.tp_as_buffer?.pointee.bf_getbuffer != nil }

    /// `v` as an object `ByteView` can read: bytes and bytearray as they are, other
    /// buffers (memoryviews, arrays) copied into a new bytes; nil if `v` has no buffer.
    public static func readable(_ v: Value) -> Value? {
        if isBytes(v) || ByteArray.isByteArray(v) { return v }
        if v.type == Krait_memoryview_type { return try? MemoryView.toBytes(v) }
        return hasBuffer(v) ? BufferExporters.copy(v) : nil
    }

    /// A bytes-like argument: `a bytes-like object is required, not 'str'`.
    public static func argument(_ v: Value) throws(PyException) -> ByteView {
        if v.type == Krait_memoryview_type { try MemoryView.checkReleased(v) }
        guard let readable = readable(v) else {
            throw PyException.typeError("a bytes-like object is required, not '\(TypeObject.name(v.type))'")
        }
        return ByteView(readable)
    }

    /// A result of the receiver's kind: bytearray methods return bytearrays.
    static func result(like receiver: Value, _ bytes: UnsafeRawBufferPointer) -> Value {
        ByteArray.isByteArray(receiver) ? ByteArray.make(bytes) : Bytes.make(bytes)
    }

    static func result(like receiver: Value, _ bytes: [UInt8]) -> Value {
        bytes.withUnsafeBytes { result(like: receiver, $0) }
    }

    /// The receiver itself where CPython returns it unchanged (an exact bytes), else a copy.
    static func unchanged(_ receiver: Value) -> Value {
        receiver.isExactly(Krait_bytes_type) ? receiver : result(like: receiver, ByteView(receiver).raw)
    }

    /// `bf_getbuffer` of bytes and bytearray: one-dimensional unsigned bytes.
    static func fill(_ view: UnsafeMutablePointer<Py_buffer>, _ object: ObjectPointer, _ data: UnsafeMutableRawPointer,
                     count: Int, readonly: Bool) {
        view.pointee = Py_buffer()
        view.pointee.buf = data
        view.pointee.obj = object
        view.pointee.len = count
        view.pointee.itemsize = 1
        view.pointee.readonly = readonly ? 1 : 0
        view.pointee.ndim = 1
        view.pointee.format = UnsafeMutablePointer(mutating: unsignedFormat)
    }

    static let unsignedFormat: UnsafePointer<CChar> = UnsafePointer(strdup("B")!)

    /// The buffer table of bytes (read-only) and bytearray (writable).
    static let buffer: UnsafeMutablePointer<PyBufferProcs> = {
        let table = UnsafeMutablePointer<PyBufferProcs>.allocate(capacity: 1)
        table.initialize(to: PyBufferProcs())
        table.pointee.bf_getbuffer = { o, view, _ in
            let v = Value(o!)
            let bytes = ByteView(v)
            BytesLike.fill(view!, o!, UnsafeMutableRawPointer(mutating: bytes.data), count: bytes.count, readonly: !ByteArray.isByteArray(v))
            return 0
        }
        return table
    }()
}
