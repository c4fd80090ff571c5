import ObjectLayout
import ObjectModel

/// The `_io.BytesIO` type.
enum BytesIOType {
    static func setUp() {
        let t = Krait_bytesIO_type!
        IOBase.define(t, "_io.BytesIO", base: Krait_bufferedIOBase_type, size: MemoryLayout<KraitBytesIOObject>.size,
                      doc: "Buffered I/O implementation using an in-memory bytes buffer.",
                      traverse: { o, visit, arg in
                          let b = o!.layout(KraitBytesIOObject.self).pointee
                          Trace.visit(b.base.dict, visit, arg)
                          ByteBlocks.visit(b.buf, visit, arg)
                          return 0
                      })
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try BytesIO.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_iternext = { o in
            ModuleTypes.iternext(o) { v throws(PyException) in
                let line = BytesIO.readline(try BytesIO.checked(v), -1)
                return Bytes.count(line) == 0 ? nil : line
            }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("closed", doc: "True if the file is closed.", get: { o, _ in
                Boxing.object(.bool(BytesIO.object(Value(o!)).pointee.closed != 0))
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(BytesIOMethods.table)
    }
}
