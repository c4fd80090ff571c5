import ObjectLayout
import ObjectModel

/// The BufferedReader, BufferedWriter and BufferedRandom types: one layout, each
/// with the methods of its direction (the others come from `_BufferedIOBase`).
enum BufferedType {
    static let readerMethods: Set<String> = ["read", "read1", "peek", "readinto", "readinto1", "readline"]
    static let writerMethods: Set<String> = ["write"]

    static func setUp() {
        let types: [(TypePointer, String, Bool, Bool, String)] = [
            (Krait_bufferedReader_type, "_io.BufferedReader", true, false, "Create a new buffered reader using the given readable raw IO object."),
            (Krait_bufferedWriter_type, "_io.BufferedWriter", false, true, "A buffer for a writeable sequential RawIO object.\n\nThe constructor creates a BufferedWriter for the given writeable raw\nstream. If the buffer_size is not given, it defaults to\nDEFAULT_BUFFER_SIZE."),
            (Krait_bufferedRandom_type, "_io.BufferedRandom", true, true, "A buffered interface to random access streams.\n\nThe constructor creates a reader and writer for a seekable stream,\nraw, given in the first argument. If the buffer_size is omitted it\ndefaults to DEFAULT_BUFFER_SIZE."),
        ]
        for (t, name, readable, writable, doc) in types {
            IOBase.define(t, name, base: Krait_bufferedIOBase_type, size: MemoryLayout<KraitBufferedObject>.size, doc: doc,
                          traverse: { o, visit, arg in
                              let b = o!.layout(KraitBufferedObject.self).pointee
                              Trace.visit(b.base.dict, visit, arg)
                              Trace.visit(b.raw, visit, arg)
                              ByteBlocks.visit(b.buffer, visit, arg)
                              return 0
                          })
            t.pointee.tp_finalize = IOBase.finalize
            t.pointee.tp_init = { o, args, kwargs in
                CBoundary.status { () throws(PyException) in
                    let v = Value(o!)
                    let base = ModuleTypes.staticBase(v.type)
                    let name = String(String(cString: base.pointee.tp_name).dropFirst(4))
                    try Buffered.initialize(v, Arguments.from(tuple: args, keywords: kwargs), name,
                                            readable: base != Krait_bufferedWriter_type, writable: base != Krait_bufferedReader_type)
                }
            }
            if readable {
                t.pointee.tp_iternext = { o in
                    ModuleTypes.iternext(o) { v throws(PyException) in
                        let line = try Buffered.readline(try Buffered.open(v, "readline of"), -1)
                        return Bytes.count(line) == 0 ? nil : line
                    }
                }
            }
            t.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try BufferedType.repr(v) } }
            t.pointee.tp_members = MemberDescriptors.memberTable([
                ("raw", Int32(T_KRAIT_VALUE), MemoryLayout<KraitBufferedObject>.offset(of: \.raw)!, true, nil),
            ])
            t.pointee.tp_getset = MemberDescriptors.getSetTable([
                GetSetSpec("closed", get: { o, _ in
                    CBoundary.object { () throws(PyException) in try Protocols.getAttribute(try Buffered.ready(Value(o!)).pointee.raw, "closed") }
                }),
                GetSetSpec("name", get: { o, _ in
                    CBoundary.object { () throws(PyException) in try Protocols.getAttribute(try Buffered.ready(Value(o!)).pointee.raw, "name") }
                }),
                GetSetSpec("mode", get: { o, _ in
                    CBoundary.object { () throws(PyException) in try Protocols.getAttribute(try Buffered.ready(Value(o!)).pointee.raw, "mode") }
                }),
            ])
            let methods = BufferedMethods.table.filter { spec in
                (readable || !readerMethods.contains(spec.name)) && (writable || !writerMethods.contains(spec.name))
            }
            t.pointee.tp_methods = TypeSetup.methodTable(methods)
        }
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let typeName = String(cString: v.type.pointee.tp_name)
        let name: Value?
        do throws(PyException) {
            name = try Protocols.lookupAttribute(v, Str.make("name"))
        } catch where error.matches(Krait_exc_ValueError) {
            // A detached buffer has no raw stream to name.
            name = nil
        }
        guard let name else { return "<\(typeName)>" }
        return "<\(typeName) name=\(try Protocols.reprText(name))>"
    }
}
