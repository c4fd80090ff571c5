import ObjectLayout
import ObjectModel

/// `_io.IncrementalNewlineDecoder(decoder, translate, errors='strict')`: wraps a
/// decoder (or None, for str input), records which newlines it saw and, when
/// translating, turns "\r\n" and "\r" into "\n"; a final "\r" is held back until
/// the next call, since it may begin "\r\n".
enum NewlineDecoder {
    typealias Object = UnsafeMutablePointer<KraitNewlineDecoderObject>
    static let lf: Int32 = 1, cr: Int32 = 2, crlf: Int32 = 4

    static func state(_ v: Value) throws(PyException) -> Object {
        let d = v.layout(KraitNewlineDecoderObject.self)
        if d.pointee.ok == 0 { throw PyException.valueError("IncrementalNewlineDecoder.__init__() not called") }
        return d
    }

    static func setUp() {
        let t = Krait_newlineDecoder_type!
        TypeSetup.begin(t, name: "_io.IncrementalNewlineDecoder", basicSize: MemoryLayout<KraitNewlineDecoderObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE), doc: "Codec used when reading a file in universal newlines mode.\n\nIt wraps another incremental decoder, translating \\r\\n and \\r into \\n.\nIt also records the types of newlines encountered.  When used with\ntranslate=False, it ensures that the newline sequence is returned in\none piece. When used with decoder=None, it expects unicode strings as\ndecode input and translates newlines without first invoking an external\ndecoder.")
        t.pointee.tp_traverse = { o, visit, arg in
            let d = o!.layout(KraitNewlineDecoderObject.self).pointee
            Trace.visit(d.decoder, visit, arg)
            Trace.visit(d.errors, visit, arg)
            return 0
        }
        t.pointee.tp_new = IOBase.plainNew
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let p = try Arguments.from(tuple: args, keywords: kwargs).parse("IncrementalNewlineDecoder", ["decoder", "translate", "errors"], required: 2)
                NewlineDecoder.initialize(Value(o!), decoder: p[0]!, translate: try Protocols.isTrue(p[1]!), errors: p[2] ?? Str.make("strict"))
            }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("newlines", get: { o, _ in
                CBoundary.object { () throws(PyException) in NewlineDecoder.newlines(try NewlineDecoder.state(Value(o!)).pointee.seennl) }
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("decode", doc: "decode($self, /, input, final=False)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("decode", ["input", "final"], required: 1)
                    return try NewlineDecoder.decode(s, p[0]!, final: try p[1].map { v throws(PyException) in try Protocols.isTrue(v) } ?? false)
                }
            },
            MethodSpec("getstate", doc: "getstate($self, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("getstate")
                    return try NewlineDecoder.getState(s)
                }
            },
            MethodSpec("setstate", doc: "setstate($self, state, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try NewlineDecoder.setState(s, try args.one("setstate"))
                    return .none
                }
            },
            MethodSpec("reset", doc: "reset($self, /)\n--\n\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("reset")
                    let d = try NewlineDecoder.state(s)
                    d.pointee.seennl = 0
                    d.pointee.pendingcr = 0
                    if d.pointee.decoder != .none { _ = try Protocols.callMethod(d.pointee.decoder, "reset") }
                    return .none
                }
            },
        ])
    }

    static func make(translate: Bool) -> Value {
        let v = Value(ModuleTypes.allocate(Krait_newlineDecoder_type))
        initialize(v, decoder: .none, translate: translate, errors: Str.make("strict"))
        return v
    }

    static func initialize(_ v: Value, decoder: Value, translate: Bool, errors: Value) {
        let d = v.layout(KraitNewlineDecoderObject.self)
        d.pointee.decoder = decoder
        d.pointee.errors = errors
        d.pointee.translate = translate ? 1 : 0
        d.pointee.pendingcr = 0
        d.pointee.seennl = 0
        d.pointee.ok = 1
    }

    /// The newline kinds seen so far, as `newlines` shows them.
    static func newlines(_ seen: Int32) -> Value {
        let names: [(Int32, String)] = [(cr, "\r"), (lf, "\n"), (crlf, "\r\n")]
        let kinds = names.filter { seen & $0.0 != 0 }.map(\.1)
        switch kinds.count {
        case 0: return .none
        case 1: return Str.make(kinds[0])
        default: return Tuple.make(strings: kinds)
        }
    }

    static func decode(_ v: Value, _ input: Value, final: Bool) throws(PyException) -> Value {
        let d = try state(v)
        var output = input
        if d.pointee.decoder != .none {
            output = try Protocols.callMethod(d.pointee.decoder, "decode", input, .bool(final))
        }
        guard ModuleTypes.isStr(output) else {
            throw PyException.typeError("decoder should return a string result, not '\(TypeObject.name(output.type))'")
        }
        return Str.make(codePoints: translate(d, Str.codePoints(output), final: final))
    }

    /// The newline step on decoded code points: a held-back "\r" goes first, a final
    /// "\r" is held back unless `final`, the kinds are recorded, and translated.
    static func translate(_ d: Object, _ input: [UInt32], final: Bool) -> [UInt32] {
        var text = input
        if d.pointee.pendingcr != 0 && (final || !text.isEmpty) {
            text.insert(0x0D, at: 0)
            d.pointee.pendingcr = 0
        }
        if !final, text.last == 0x0D {
            text.removeLast()
            d.pointee.pendingcr = 1
        }
        var out: [UInt32] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            let c = text[i]
            if c == 0x0D {
                if i + 1 < text.count && text[i + 1] == 0x0A {
                    d.pointee.seennl |= crlf
                    if d.pointee.translate != 0 {
                        out.append(0x0A)
                    } else {
                        out.append(0x0D)
                        out.append(0x0A)
                    }
                    i += 2
                    continue
                }
                d.pointee.seennl |= cr
                out.append(d.pointee.translate != 0 ? 0x0A : 0x0D)
            } else {
                if c == 0x0A { d.pointee.seennl |= lf }
                out.append(c)
            }
            i += 1
        }
        return out
    }

    static func getState(_ v: Value) throws(PyException) -> Value {
        let d = try state(v)
        var buffer = Bytes.make([])
        var flag = 0
        if d.pointee.decoder != .none {
            let inner = try Protocols.callMethod(d.pointee.decoder, "getstate")
            guard inner.isExactly(Krait_tuple_type), Tuple.count(inner) == 2 else {
                throw PyException.typeError("illegal decoder state")
            }
            buffer = Tuple.item(inner, 0)
            flag = try ModuleTypes.size(Tuple.item(inner, 1)) << 1
        }
        if d.pointee.pendingcr != 0 { flag |= 1 }
        return Tuple.make(buffer, IntObject.make(flag))
    }

    static func setState(_ v: Value, _ state: Value) throws(PyException) {
        let d = try self.state(v)
        guard TypeObject.isSubtype(state.type, of: Krait_tuple_type) else {
            throw PyException.typeError("state argument must be a tuple")
        }
        guard Tuple.count(state) == 2 else { throw PyException.typeError("illegal state argument") }
        let flag = try ModuleTypes.size(Tuple.item(state, 1))
        d.pointee.pendingcr = Int32(flag & 1)
        if d.pointee.decoder != .none {
            _ = try Protocols.callMethod(d.pointee.decoder, "setstate", Tuple.make(Tuple.item(state, 0), IntObject.make(flag >> 1)))
        }
    }
}
