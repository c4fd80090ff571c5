import Compiler
import ObjectLayout
import ObjectModel

/// The `code` type: what Python code can read of a code object.
enum CodeType {
    static func setUp() {
        let t = Krait_code_type!
        TypeSetup.begin(t, name: "code", basicSize: MemoryLayout<KraitCodeObject>.size,
                        doc: "code(argcount, posonlyargcount, kwonlyargcount, nlocals, stacksize,\n     flags, codestring, constants, names, varnames, filename, name,\n     qualname, firstlineno, linetable, exceptiontable, freevars=(),\n     cellvars=(), /)\n--\n\nCreate a code object.  Not for the faint of heart.")
        t.pointee.tp_weaklistoffset = MemoryLayout<KraitCodeObject>.offset(of: \.co_weakreflist)!
        t.pointee.tp_traverse = { o, visit, arg in
            let c = o!.layout(KraitCodeObject.self)
            for v in [c.pointee.co_code, c.pointee.co_consts, c.pointee.co_names, c.pointee.co_localsplusnames,
                      c.pointee.co_localspluskinds, c.pointee.co_filename, c.pointee.co_name, c.pointee.co_qualname,
                      c.pointee.co_positions, c.pointee.co_exceptiontable, c.pointee.co_cell2arg] {
                Trace.visit(v, visit, arg)
            }
            return 0
        }
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let c = o!.layout(KraitCodeObject.self)
                let address = String(UInt(bitPattern: o!), radix: 16)
                return Str.make("<code object \(Str.swiftString(c.pointee.co_name)) at 0x\(address), file \"\(Str.swiftString(c.pointee.co_filename))\", line \(c.pointee.co_firstlineno)>")
            }
        }
        let offset = { (path: KeyPath<KraitCodeObject, KraitValue>) in MemoryLayout<KraitCodeObject>.offset(of: path)! }
        let intOffset = { (path: KeyPath<KraitCodeObject, Int32>) in MemoryLayout<KraitCodeObject>.offset(of: path)! }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("co_consts", Int32(T_KRAIT_VALUE), offset(\.co_consts), true, nil),
            ("co_names", Int32(T_KRAIT_VALUE), offset(\.co_names), true, nil),
            ("co_filename", Int32(T_KRAIT_VALUE), offset(\.co_filename), true, nil),
            ("co_name", Int32(T_KRAIT_VALUE), offset(\.co_name), true, nil),
            ("co_qualname", Int32(T_KRAIT_VALUE), offset(\.co_qualname), true, nil),
            ("co_argcount", Int32(T_INT), intOffset(\.co_argcount), true, nil),
            ("co_posonlyargcount", Int32(T_INT), intOffset(\.co_posonlyargcount), true, nil),
            ("co_kwonlyargcount", Int32(T_INT), intOffset(\.co_kwonlyargcount), true, nil),
            ("co_flags", Int32(T_INT), intOffset(\.co_flags), true, nil),
            ("co_firstlineno", Int32(T_INT), intOffset(\.co_firstlineno), true, nil),
            ("co_nlocals", Int32(T_INT), intOffset(\.co_nlocals), true, nil),
            ("co_stacksize", Int32(T_INT), intOffset(\.co_stacksize), true, nil),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("co_varnames", get: { o, _ in CodeType.names(o!, kind: 0, limit: true).object }),
            GetSetSpec("co_cellvars", get: { o, _ in CodeType.names(o!, kind: 1, limit: false).object }),
            GetSetSpec("co_freevars", get: { o, _ in CodeType.names(o!, kind: 2, limit: false).object }),
        ] + tableGetSet)
        t.pointee.tp_methods = TypeSetup.methodTable(methods)
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard y.isExactly(Krait_code_type), op == CompareOp.eq.rawValue || op == CompareOp.ne.rawValue else { return .notImplemented }
                let equal = x == y ? true : try CodeType.equal(x, y)
                return .bool(equal == (op == CompareOp.eq.rawValue))
            }
        }
        t.pointee.tp_hash = { o in CBoundary.integer { () throws(PyException) in try CodeType.hash(Value(o!)) } }
    }

    /// The names of one kind (0 locals, 1 cells, 2 free) from co_localsplusnames.
    static func names(_ o: ObjectPointer, kind: UInt8, limit: Bool) -> Value {
        let c = o.layout(KraitCodeObject.self)
        let all = c.pointee.co_localsplusnames
        let kinds = Bytes.data(c.pointee.co_localspluskinds).assumingMemoryBound(to: UInt8.self)
        var out: [Value] = []
        for i in 0..<Tuple.count(all) where kinds[i] == kind { out.append(Tuple.item(all, i)) }
        return Tuple.make(out)
    }
}
