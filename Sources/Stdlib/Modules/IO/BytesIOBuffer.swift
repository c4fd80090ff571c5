import ObjectLayout
import ObjectModel

/// `_io._BytesIOBuffer`, what `BytesIO.getbuffer()`'s memoryview views: it exports the
/// BytesIO's current bytes. As with Krait's other exporters, the BytesIO is not locked
/// while the view lives; the view re-reads the exporter on each access and checks its
/// bounds against what is there then.
enum BytesIOBuffer {
    static let buffer: UnsafeMutablePointer<PyBufferProcs> = {
        let table = UnsafeMutablePointer<PyBufferProcs>.allocate(capacity: 1)
        table.initialize(to: PyBufferProcs())
        table.pointee.bf_getbuffer = { o, view, _ in
            let b = BytesIO.object(o!.layout(KraitBytesIOBufferObject.self).pointee.source)
            view!.pointee = Py_buffer()
            view!.pointee.buf = b.pointee.buf.map { UnsafeMutableRawPointer($0) }
            view!.pointee.obj = o
            view!.pointee.len = b.pointee.string_size
            view!.pointee.itemsize = 1
            view!.pointee.ndim = 1
            return 0
        }
        return table
    }()

    static func setUp() {
        let t = Krait_bytesIOBuffer_type!
        ModuleTypes.define(t, "_io._BytesIOBuffer", size: MemoryLayout<KraitBytesIOBufferObject>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(KraitBytesIOBufferObject.self).pointee.source, visit, arg)
                               return 0
                           })
        t.pointee.tp_as_buffer = buffer
    }

    /// `getbuffer()`: a memoryview of the contents.
    static func view(_ v: Value) throws(PyException) -> Value {
        _ = try BytesIO.checked(v)
        let exporter = Value(ModuleTypes.allocate(Krait_bytesIOBuffer_type))
        exporter.layout(KraitBytesIOBufferObject.self).pointee.source = v
        return try Protocols.call(Value(Krait_memoryview_type), exporter)
    }
}
