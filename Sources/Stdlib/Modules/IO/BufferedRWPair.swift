import ObjectLayout
import ObjectModel

/// `_io.BufferedRWPair(reader, writer, buffer_size=DEFAULT_BUFFER_SIZE)`: reads go to
/// a BufferedReader over `reader`, writes to a BufferedWriter over `writer`.
enum BufferedRWPair {
    static func pair(_ v: Value) throws(PyException) -> KraitBufferedRWPairObject {
        let p = v.layout(KraitBufferedRWPairObject.self).pointee
        if p.reader.isEmpty || p.writer.isEmpty { throw PyException.valueError("I/O operation on uninitialized object") }
        return p
    }

    static func setUp() {
        let t = Krait_bufferedRWPair_type!
        IOBase.define(t, "_io.BufferedRWPair", base: Krait_bufferedIOBase_type, size: MemoryLayout<KraitBufferedRWPairObject>.size,
                      doc: "A buffered reader and writer object together.\n\nA buffered reader object and buffered writer object put together to\nform a sequential IO object that can read and write. This is typically\nused with a socket or two-way pipe.\n\nreader and writer are RawIOBase objects that are readable and\nwriteable respectively. If the buffer_size is omitted it defaults to\nDEFAULT_BUFFER_SIZE.",
                      traverse: { o, visit, arg in
                          let p = o!.layout(KraitBufferedRWPairObject.self).pointee
                          Trace.visit(p.base.dict, visit, arg)
                          Trace.visit(p.reader, visit, arg)
                          Trace.visit(p.writer, visit, arg)
                          return 0
                      })
        t.pointee.tp_finalize = IOBase.finalize
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let a = Arguments.from(tuple: args, keywords: kwargs)
                if ModuleTypes.staticBase(Value(o!).type) == Krait_bufferedRWPair_type { try a.noKeywords("BufferedRWPair") }
                try a.positional("BufferedRWPair", min: 2, max: 3)
                let size = a.optional(2) ?? IntObject.make(IOBaseClasses.defaultBufferSize)
                let reader = try Protocols.call(Value(Krait_bufferedReader_type), a[0], size)
                let writer = try Protocols.call(Value(Krait_bufferedWriter_type), a[1], size)
                let p = Value(o!).layout(KraitBufferedRWPairObject.self)
                p.pointee.reader = reader
                p.pointee.writer = writer
            }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("closed", get: { o, _ in
                CBoundary.object { () throws(PyException) in try Protocols.getAttribute(try BufferedRWPair.pair(Value(o!)).writer, "closed") }
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(BufferedRWPairMethods.table)
    }

    /// Calls `name` on the reader (or the writer) with the call's arguments.
    static func forward(_ v: Value, toWriter: Bool, _ name: String, _ args: Arguments) throws(PyException) -> Value {
        let p = try pair(v)
        return try Protocols.call(try Protocols.getAttribute(toWriter ? p.writer : p.reader, name), args)
    }

    /// `close()`: the writer first, then the reader, the writer's error (if any) winning.
    static func close(_ v: Value) throws(PyException) -> Value {
        let p = try pair(v)
        var failure: PyException? = nil
        do throws(PyException) { _ = try Protocols.callMethod(p.writer, "close") } catch { failure = error }
        _ = try Protocols.callMethod(p.reader, "close")
        if let failure { throw failure }
        return .none
    }
}

/// The methods of `_io.BufferedRWPair`, each handed to the reader or the writer.
enum BufferedRWPairMethods {
    static let table: [MethodSpec] = [
        MethodSpec("read") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: false, "read", args) } },
        MethodSpec("peek") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: false, "peek", args) } },
        MethodSpec("read1") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: false, "read1", args) } },
        MethodSpec("readinto") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: false, "readinto", args) } },
        MethodSpec("readinto1") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: false, "readinto1", args) } },
        MethodSpec("readable") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: false, "readable", args) } },
        MethodSpec("write") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: true, "write", args) } },
        MethodSpec("flush") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: true, "flush", args) } },
        MethodSpec("writable") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BufferedRWPair.forward(s, toWriter: true, "writable", args) } },
        MethodSpec("close") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("close")
                return try BufferedRWPair.close(s)
            }
        },
        MethodSpec("isatty") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("isatty")
                let p = try BufferedRWPair.pair(s)
                if try Protocols.isTrue(try Protocols.callMethod(p.writer, "isatty")) { return .true }
                return try Protocols.callMethod(p.reader, "isatty")
            }
        },
    ]
}
