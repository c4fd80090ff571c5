import CZlib
import GC
import ObjectLayout
import ObjectModel

/// What `zlib.Compress` and `zlib.Decompress` objects share: CPython's compobject.
enum ZlibObjects {
    typealias Layout = KraitZlibObject

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    /// `newcompobject`: empty unused_data and unconsumed_tail, no dictionary, and a
    /// stream not yet initialised.
    static func make(_ type: TypePointer) -> Value {
        let v = Value(ModuleTypes.allocate(type))
        state(v).pointee.unused_data = Bytes.make([])
        state(v).pointee.unconsumed_tail = Bytes.make([])
        state(v).pointee.stream = UnsafeMutableRawPointer(ZlibStream.allocate())
        return v
    }

    /// The object's stream box; one whose finalizer ran (a resurrected object) has
    /// none, and its stream counts as ended.
    static func box(_ v: Value) -> UnsafeMutablePointer<ZlibStream>? {
        state(v).pointee.stream?.assumingMemoryBound(to: ZlibStream.self)
    }

    static func stream(_ v: Value) throws(PyException) -> UnsafeMutablePointer<z_stream> {
        guard let box = box(v) else { throw ZlibModule.error("Error \(Z_STREAM_ERROR) inconsistent stream state") }
        return ZlibModule.stream(box)
    }

    /// `ENTER_ZLIB`/`LEAVE_ZLIB` around `body`.
    static func locked<R>(_ v: Value, _ body: (UnsafeMutablePointer<z_stream>) throws(PyException) -> R) throws(PyException) -> R {
        let s = try stream(v)
        return try ZlibStream.locked(box(v)!) { () throws(PyException) in try body(s) }
    }

    /// The dealloc functions' work, as a finalizer: ends the stream if it is still
    /// initialised and frees it.
    static func finalize(_ o: ObjectPointer?, _ end: (UnsafeMutablePointer<z_stream>) -> Int32) {
        let v = Value(o!)
        guard let box = box(v) else { return }
        if state(v).pointee.is_initialised != 0 { _ = end(ZlibModule.stream(box)) }
        state(v).pointee.is_initialised = 0
        state(v).pointee.stream = nil
        ZlibStream.free(box)
    }

    static let traverse: traverseproc = { o, visit, arg in
        let s = o!.layout(Layout.self).pointee
        Trace.visit(s.unused_data, visit, arg)
        Trace.visit(s.unconsumed_tail, visit, arg)
        Trace.visit(s.zdict, visit, arg)
        return 0
    }

    /// The fields a copy takes from its original.
    static func copyFields(from v: Value, to copy: Value) {
        state(copy).pointee.unused_data = state(v).pointee.unused_data
        state(copy).pointee.unconsumed_tail = state(v).pointee.unconsumed_tail
        state(copy).pointee.zdict = state(v).pointee.zdict
        state(copy).pointee.eof = state(v).pointee.eof
        state(copy).pointee.is_initialised = 1
    }

    /// Clinic's check for a `defining_class` method without parameters: keywords are
    /// not looked at.
    static func noPositional(_ args: Arguments, _ name: String) throws(PyException) {
        if args.count > 0 { throw PyException.typeError("\(name)() takes no arguments") }
    }

    /// The methods `copy`, `__copy__` and `__deepcopy__`, all one copy.
    static func copyMethods(_ doc: String, _ copy: KraitMethod) -> [MethodSpec] {
        [
            MethodSpec("copy", doc: "copy($self, /)\n--\n\n" + doc, copy),
            MethodSpec("__copy__", doc: "__copy__($self, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try ZlibObjects.noPositional(args, "__copy__")
                    return try s.type == Krait_zlibCompress_type ? ZlibCompress.copy(s) : ZlibDecompress.copy(s)
                }
            },
            MethodSpec("__deepcopy__", doc: "__deepcopy__($self, memo, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    _ = try args.parse("__deepcopy__", ["memo"], required: 1, positionalOnly: 1)
                    return try s.type == Krait_zlibCompress_type ? ZlibCompress.copy(s) : ZlibDecompress.copy(s)
                }
            },
        ]
    }
}
