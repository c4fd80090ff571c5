import ObjectLayout
import ObjectModel

/// The `_io.TextIOWrapper` type: construction, attributes and repr.
enum TextIOType {
    static func setUp() {
        let t = Krait_textIOWrapper_type!
        IOBase.define(t, "_io.TextIOWrapper", base: Krait_textIOBase_type, size: MemoryLayout<KraitTextIOObject>.size,
                      doc: "Character and line based layer over a BufferedIOBase object, buffer.\n\nencoding gives the name of the encoding that the stream will be\ndecoded or encoded with. It defaults to locale.getencoding().\n\nerrors determines the strictness of encoding and decoding (see\nhelp(codecs.Codec) or the documentation for codecs.register) and\ndefaults to \"strict\".\n\nnewline controls how line endings are handled. It can be None, '',\n'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf line_buffering is True, a call to flush is implied when a call to\nwrite contains a newline character.",
                      traverse: { o, visit, arg in
                          let s = o!.layout(KraitTextIOObject.self).pointee
                          for v in [s.base.dict, s.buffer, s.encoding, s.errors, s.readnl, s.writenl, s.decoded, s.ends, s.pending,
                                    s.decoder, s.encoder, s.dec_flags] {
                              Trace.visit(v, visit, arg)
                          }
                          return 0
                      })
        t.pointee.tp_finalize = IOBase.finalize
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try TextIOType.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_iternext = { o in
            ModuleTypes.iternext(o) { v throws(PyException) in
                let line = try TextIO.readline(try TextIO.open(v), -1)
                return Str.length(line) == 0 ? nil : line
            }
        }
        t.pointee.tp_repr = { o in ModuleTypes.repr(o) { v throws(PyException) in try TextIOType.repr(v) } }
        let offset = { (path: PartialKeyPath<KraitTextIOObject>) in MemoryLayout<KraitTextIOObject>.offset(of: path)! }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("encoding", Int32(T_KRAIT_VALUE), offset(\.encoding), true, nil),
            ("buffer", Int32(T_KRAIT_VALUE), offset(\.buffer), true, nil),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("errors", get: { o, _ in CBoundary.object { () throws(PyException) in try TextIO.ready(Value(o!)).pointee.errors } }),
            GetSetSpec("line_buffering", get: { o, _ in
                CBoundary.object { () throws(PyException) in .bool(try TextIO.ready(Value(o!)).pointee.line_buffering != 0) }
            }),
            GetSetSpec("write_through", get: { o, _ in
                CBoundary.object { () throws(PyException) in .bool(try TextIO.ready(Value(o!)).pointee.write_through != 0) }
            }),
            GetSetSpec("closed", get: { o, _ in
                CBoundary.object { () throws(PyException) in try Protocols.getAttribute(try TextIO.ready(Value(o!)).pointee.buffer, "closed") }
            }),
            GetSetSpec("name", get: { o, _ in
                CBoundary.object { () throws(PyException) in try Protocols.getAttribute(try TextIO.ready(Value(o!)).pointee.buffer, "name") }
            }),
            GetSetSpec("newlines", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    let t = try TextIO.ready(Value(o!))
                    if t.pointee.codec == TextIO.registryCodec {
                        if t.pointee.decoder.isEmpty { return .none }
                        return try Protocols.lookupAttribute(t.pointee.decoder, Str.make("newlines")) ?? .none
                    }
                    return t.pointee.readuniversal != 0 ? NewlineDecoder.newlines(t.pointee.seennl) : .none
                }
            }),
            GetSetSpec("_CHUNK_SIZE", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(try TextIO.ready(Value(o!)).pointee.chunk_size) }
            }, set: { o, value, _ in
                Int32(CBoundary.integer { () throws(PyException) in
                    let t = try TextIO.ready(Value(o!))
                    guard let value else { throw PyException.attributeError("cannot delete attribute") }
                    let size = try ModuleTypes.size(Value(value))
                    if size <= 0 { throw PyException.valueError("a strictly positive integer is required") }
                    t.pointee.chunk_size = size
                    return 0
                })
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(TextIOMethods.table)
    }

    /// `TextIOWrapper(buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False)`.
    static func initialize(_ v: Value, _ args: Arguments) throws(PyException) {
        let p = try args.parse("TextIOWrapper", ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], required: 1)
        for (i, name) in [(1, "encoding"), (2, "errors"), (3, "newline")] {
            if let x = p[i], x != .none, !ModuleTypes.isStr(x) {
                throw PyException.typeError("TextIOWrapper() argument '\(name)' must be str or None, not \(TypeObject.argumentTypeName(x))")
            }
        }
        let newline = p[3] ?? .none
        if newline != .none && !["", "\n", "\r", "\r\n"].contains(Str.swiftString(newline)) {
            throw PyException.valueError("illegal newline value: \(Str.swiftString(newline))")
        }
        let t = TextIO.object(v)
        t.pointee.ok = 0
        t.pointee.detached = 0
        // The locale's encoding is UTF-8 wherever Krait runs (CPython: locale.getencoding()).
        var encoding = p[1] ?? .none
        if encoding == .none || Str.swiftString(encoding) == "locale" { encoding = Str.make("UTF-8") }
        t.pointee.buffer = p[0]!
        t.pointee.encoding = encoding
        t.pointee.errors = p[2].flatMap { $0 == .none ? nil : $0 } ?? Str.make("strict")
        t.pointee.decoder = .empty
        t.pointee.encoder = .empty
        t.pointee.dec_flags = .empty
        let native = TextIO.nativeErrors(t.pointee.errors) ? TextCodecs.native(encoding) : nil
        t.pointee.codec = native?.index ?? TextIO.registryCodec
        t.pointee.readuniversal = newline == .none || Str.length(newline) == 0 ? 1 : 0
        t.pointee.readtranslate = newline == .none ? 1 : 0
        t.pointee.readnl = newline == .none ? .empty : newline
        t.pointee.writenl = newline != .none && Str.length(newline) > 0 && Str.swiftString(newline) != "\n" ? newline : .empty
        t.pointee.line_buffering = try p[4].map { x throws(PyException) in try Protocols.isTrue(x) } ?? false ? 1 : 0
        t.pointee.write_through = try p[5].map { x throws(PyException) in try Protocols.isTrue(x) } ?? false ? 1 : 0
        t.pointee.chunk_size = IOBaseClasses.defaultBufferSize
        t.pointee.seennl = 0
        TextIO.reset(t, at: 0)
        t.pointee.can_read = try Protocols.isTrue(try Protocols.callMethod(t.pointee.buffer, "readable")) ? 1 : 0
        if native == nil { try TextIO.setUpRegistryCodec(t, encoding) }
        t.pointee.ok = 1
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let t = try TextIO.ready(v)
        var text = "<\(String(cString: v.type.pointee.tp_name))"
        for name in ["name", "mode"] {
            do throws(PyException) {
                if let value = try Protocols.lookupAttribute(v, Str.make(name)) { text += " \(name)=\(try Protocols.reprText(value))" }
            } catch where error.matches(Krait_exc_ValueError) {
                // A closed file still shows its encoding.
            }
        }
        return text + " encoding=\(try Protocols.reprText(t.pointee.encoding))>"
    }
}
