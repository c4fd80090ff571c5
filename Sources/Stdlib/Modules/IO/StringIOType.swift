import ObjectLayout
import ObjectModel

/// The `_io.StringIO` type and its methods.
enum StringIOType {
    static func setUp() {
        let t = Krait_stringIO_type!
        IOBase.define(t, "_io.StringIO", base: Krait_textIOBase_type, size: MemoryLayout<KraitStringIOObject>.size,
                      doc: "Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper's constructor.",
                      traverse: { o, visit, arg in
                          let s = o!.layout(KraitStringIOObject.self).pointee
                          Trace.visit(s.base.dict, visit, arg)
                          ByteBlocks.visit(UnsafeMutableRawPointer(s.buf)?.assumingMemoryBound(to: CChar.self), visit, arg)
                          Trace.visit(s.decoder, visit, arg)
                          Trace.visit(s.readnl, visit, arg)
                          Trace.visit(s.writenl, visit, arg)
                          return 0
                      })
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try StringIO.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_iternext = { o in
            ModuleTypes.iternext(o) { v throws(PyException) in
                let s = try StringIO.checked(v)
                let line: Value
                if v.isExactly(Krait_stringIO_type) {
                    line = StringIO.readline(s, -1)
                } else {
                    line = try Protocols.callMethod(v, "readline")
                    guard ModuleTypes.isStr(line) else {
                        throw PyException(Krait_exc_OSError, "readline() should have returned a str object, not '\(TypeObject.name(line.type))'")
                    }
                }
                return Str.length(line) == 0 ? nil : line
            }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("closed", get: { o, _ in
                CBoundary.object { () throws(PyException) in .bool(try StringIO.checked(Value(o!), closedOK: true).pointee.closed != 0) }
            }),
            GetSetSpec("line_buffering", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    _ = try StringIO.checked(Value(o!))
                    return .false
                }
            }),
            GetSetSpec("newlines", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    let s = try StringIO.checked(Value(o!))
                    if s.pointee.decoder.isEmpty { return .none }
                    return NewlineDecoder.newlines(try NewlineDecoder.state(s.pointee.decoder).pointee.seennl)
                }
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(StringIOMethods.table)
    }
}
