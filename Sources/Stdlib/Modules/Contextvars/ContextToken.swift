import ObjectLayout
import ObjectModel

/// `contextvars.Token`, which `ContextVar.set` returns so `reset` can undo it, and
/// `Token.MISSING`, the old value of a variable that had none.
enum ContextToken {
    typealias Layout = KraitContextTokenObject

    /// The one `Token.MISSING` object (immortal).
    nonisolated(unsafe) static var missing: Value = .empty

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    static func isToken(_ v: Value) -> Bool { v.isObject && v.type == Krait_contextToken_type }

    static func make(_ ctx: Value, _ variable: Value, _ old: Value) -> Value {
        let v = Value(ModuleTypes.allocate(Krait_contextToken_type))
        state(v).pointee.context = ctx
        state(v).pointee.var = variable
        state(v).pointee.old_value = old
        return v
    }

    static func setUp() {
        let t = Krait_contextToken_type!
        TypeSetup.begin(t, name: "_contextvars.Token", basicSize: MemoryLayout<Layout>.size)
        t.pointee.tp_traverse = { o, visit, arg in
            let s = o!.layout(Layout.self).pointee
            Trace.visit(s.context, visit, arg)
            Trace.visit(s.var, visit, arg)
            Trace.visit(s.old_value, visit, arg)
            return 0
        }
        t.pointee.tp_new = { _, _, _ in
            CBoundary.object { () throws(PyException) in
                throw PyException(Krait_exc_RuntimeError, "Tokens can only be created by ContextVars")
            }
        }
        t.pointee.tp_hash = Hashing.notImplemented
        t.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                let s = ContextToken.state(v).pointee
                return "<Token\(s.used != 0 ? " used" : "") var=\(try Protocols.reprText(s.var)) at 0x\(String(UInt(bitPattern: v.object), radix: 16))>"
            }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("var", get: { o, _ in Boxing.object(ContextToken.state(Value(o!)).pointee.var) }),
            GetSetSpec("old_value", get: { o, _ in
                let old = ContextToken.state(Value(o!)).pointee.old_value
                return Boxing.object(old.isEmpty ? ContextToken.missing : old)
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([GenericAlias.classGetItem])

        let m = Krait_tokenMissing_type!
        TypeSetup.begin(m, name: "Token.MISSING", basicSize: MemoryLayout<PyObject>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        m.pointee.tp_repr = { _ in Boxing.object(Str.make("<Token.MISSING>")) }
    }

    /// Makes `Token.MISSING` once its types are ready.
    static func addMissing() throws(PyException) {
        let object = Allocation.object(Krait_tokenMissing_type, size: MemoryLayout<PyObject>.size)
        Allocation.makeImmortal(object)
        missing = Value(object)
        try Dict.setItem(Value(Krait_contextToken_type.pointee.tp_dict!), Str.make("MISSING"), missing)
    }
}
