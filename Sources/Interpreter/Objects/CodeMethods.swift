import Compiler
import ObjectLayout
import ObjectModel

/// What Python code reads of a code object beyond its fields: the instruction and
/// location tables (`CodeTables`), `co_lines()`, `co_positions()`,
/// `_varname_from_oparg()`, `replace()`, and equality by contents.
extension CodeType {
    static func code(_ o: ObjectPointer?) -> CodeObjects.Pointer { o!.layout(KraitCodeObject.self) }

    static let tableGetSet: [GetSetSpec] = [
        GetSetSpec("co_code", get: { o, _ in CodeTables.bytecode(CodeType.code(o)).object }),
        GetSetSpec("_co_code_adaptive", get: { o, _ in CodeTables.bytecode(CodeType.code(o)).object }),
        GetSetSpec("co_linetable", get: { o, _ in CodeTables.lineTable(CodeType.code(o)).object }),
        GetSetSpec("co_lnotab", get: { o, _ in CodeTables.lnotab(CodeType.code(o)).object }),
        GetSetSpec("co_exceptiontable", get: { o, _ in CodeTables.exceptionTable(CodeType.code(o)).object }),
    ]

    static let methods: [MethodSpec] = [
        MethodSpec("co_lines") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("code.co_lines")
                return try Protocols.iterator(CodeTables.lines(s.layout(KraitCodeObject.self)))
            }
        },
        MethodSpec("co_positions") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("code.co_positions")
                return try Protocols.iterator(CodeTables.positions(s.layout(KraitCodeObject.self)))
            }
        },
        MethodSpec("_varname_from_oparg", doc: "_varname_from_oparg($self, /, oparg)\n--\n\n(internal-only) Return the local variable name for the given oparg.\n\nWARNING: this method is for internal use only and may change or go away.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let oparg = try args.parse("_varname_from_oparg", ["oparg"], required: 1)[0]!
                let index = Int(try CodeType.cInt(oparg))
                let names = s.layout(KraitCodeObject.self).pointee.co_localsplusnames
                guard index >= 0 && index < Tuple.count(names) else { throw PyException.indexError("tuple index out of range") }
                return Tuple.item(names, index)
            }
        },
        MethodSpec("replace", doc: "replace($self, /, **changes)\n--\n\nReturn a copy of the code object with new values for the specified fields.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try CodeType.replace(s, args) }
        },
    ]

    // MARK: Equality

    /// CPython's `code_richcompare`: the same name, counts, flags, first line,
    /// instructions, constants (of the same types), names and location tables.
    static func equal(_ x: Value, _ y: Value) throws(PyException) -> Bool {
        let a = x.layout(KraitCodeObject.self).pointee, b = y.layout(KraitCodeObject.self).pointee
        guard a.co_argcount == b.co_argcount, a.co_posonlyargcount == b.co_posonlyargcount,
              a.co_kwonlyargcount == b.co_kwonlyargcount, a.co_flags == b.co_flags,
              a.co_firstlineno == b.co_firstlineno, a.co_ninstructions == b.co_ninstructions else { return false }
        for (p, q) in [(a.co_name, b.co_name), (a.co_code, b.co_code), (a.co_names, b.co_names),
                       (a.co_localsplusnames, b.co_localsplusnames), (a.co_positions, b.co_positions),
                       (a.co_exceptiontable, b.co_exceptiontable)] where try !Protocols.equal(p, q) {
            return false
        }
        return try sameConstants(a.co_consts, b.co_consts)
    }

    /// Constants compare with their types (CPython's `_PyCode_ConstantKey`), so the code
    /// of `lambda: 1` differs from that of `lambda: 1.0` and `lambda: True`.
    static func sameConstants(_ a: Value, _ b: Value) throws(PyException) -> Bool {
        guard a.type == b.type else { return false }
        if a.isExactly(Krait_tuple_type) {
            guard Tuple.count(a) == Tuple.count(b) else { return false }
            for i in 0..<Tuple.count(a) where try !sameConstants(Tuple.item(a, i), Tuple.item(b, i)) { return false }
            return true
        }
        if a.isExactly(Krait_code_type) { return try equal(a, b) }
        // -0.0 and 0.0 are different constants.
        if a.isExactly(Krait_float_type) { return FloatObject.value(a).bitPattern == FloatObject.value(b).bitPattern }
        return try Protocols.equal(a, b)
    }

    static func hash(_ v: Value) throws(PyException) -> Int {
        let c = v.layout(KraitCodeObject.self).pointee
        var h = try Protocols.hash(c.co_name) ^ Protocols.hash(c.co_code) ^ Protocols.hash(c.co_names)
        h ^= try Protocols.hash(c.co_localsplusnames) ^ Int(c.co_argcount) ^ Int(c.co_posonlyargcount) << 8
        h ^= Int(c.co_kwonlyargcount) << 16 ^ Int(c.co_flags) << 24 ^ Int(c.co_firstlineno) << 32
        return h == -1 ? -2 : h
    }
}
