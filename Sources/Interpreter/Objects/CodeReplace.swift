import Compiler
import ObjectLayout
import ObjectModel

/// `code.replace(**changes)`: a copy with new values for some fields, converted and
/// checked as CPython 3.11's Argument Clinic and `code_replace` do. Krait runs its own
/// instructions, so the instruction and location tables can only be given back as
/// they are, and the number of local, cell and free variables cannot change.
extension CodeType {
    static let intFields = ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
                            "co_flags", "co_firstlineno"]
    static let bytesFields = ["co_code", "co_linetable", "co_exceptiontable"]
    static let tupleFields = ["co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars"]
    static let strFields = ["co_filename", "co_name", "co_qualname"]

    /// `_PyLong_AsInt`: an index that fits a C int.
    static func cInt(_ v: Value) throws(PyException) -> Int32 {
        guard let i = IntObject.machineValue(try Protocols.indexValue(v)), let small = Int32(exactly: i) else {
            throw PyException.overflowError("Python int too large to convert to C int")
        }
        return small
    }

    static func replace(_ v: Value, _ args: Arguments) throws(PyException) -> Value {
        if args.count > 0 { throw PyException.typeError("replace() takes no positional arguments") }
        let order = intFields + ["co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
                                 "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"]
        var given: [String: Value] = [:]
        for k in 0..<args.keywordCount {
            let name = Str.swiftString(Tuple.item(args.kwnames, k))
            guard order.contains(name) else { throw PyException.typeError("'\(name)' is an invalid keyword argument for replace()") }
            given[name] = args.base.unsafelyUnwrapped[k]
        }
        // Conversions in the order of the parameters, as Clinic makes them.
        var ints: [String: Int32] = [:]
        for name in order {
            guard let value = given[name] else { continue }
            if intFields.contains(name) {
                ints[name] = try cInt(value)
                continue
            }
            let (type, typeName) = bytesFields.contains(name) ? (Krait_bytes_type!, "bytes")
                : tupleFields.contains(name) ? (Krait_tuple_type!, "tuple") : (Krait_str_type!, "str")
            guard value.isObject, TypeObject.isSubtype(value.type, of: type) else {
                throw PyException.typeError("replace() argument '\(name)' must be \(typeName), not \(TypeObject.name(value.type))")
            }
        }
        for name in ["co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_flags", "co_firstlineno"] {
            if let i = ints[name], i < 0 { throw PyException.valueError("\(name) must be a positive integer") }
        }
        let c = v.layout(KraitCodeObject.self)
        for name in bytesFields {
            guard let value = given[name] else { continue }
            let current = name == "co_code" ? CodeTables.bytecode(c) : name == "co_linetable" ? CodeTables.lineTable(c) : CodeTables.exceptionTable(c)
            if try !Protocols.equal(value, current) { throw PyException.valueError("Krait cannot run a code object with a replaced \(name)") }
        }
        if let stack = ints["co_stacksize"], stack < c.pointee.co_stacksize {
            throw PyException.valueError("Krait cannot lower co_stacksize")
        }
        let copy = Allocation.object(Krait_code_type, size: MemoryLayout<KraitCodeObject>.size)
        let header = MemoryLayout<PyObject>.size
        UnsafeMutableRawPointer(copy).advanced(by: header)
            .copyMemory(from: UnsafeRawPointer(c).advanced(by: header), byteCount: MemoryLayout<KraitCodeObject>.size - header)
        let r = copy.layout(KraitCodeObject.self)
        r.pointee.co_weakreflist = nil
        try replaceNames(r, given, nlocals: ints["co_nlocals"])
        if let names = given["co_names"] {
            try requireStrings(names)
            r.pointee.co_names = names
        }
        if let consts = given["co_consts"] { r.pointee.co_consts = consts }
        if let filename = given["co_filename"] { r.pointee.co_filename = filename }
        if let name = given["co_name"] { r.pointee.co_name = name }
        if let qualname = given["co_qualname"] { r.pointee.co_qualname = qualname }
        if let i = ints["co_argcount"] { r.pointee.co_argcount = i }
        if let i = ints["co_posonlyargcount"] { r.pointee.co_posonlyargcount = i }
        if let i = ints["co_kwonlyargcount"] { r.pointee.co_kwonlyargcount = i }
        if let i = ints["co_stacksize"] { r.pointee.co_stacksize = i }
        if let i = ints["co_flags"] { r.pointee.co_flags = i }
        if let line = ints["co_firstlineno"], line != c.pointee.co_firstlineno { shiftLines(r, by: Int32(line) - c.pointee.co_firstlineno) }
        return Value(copy)
    }

    /// `code_replace`'s intern step refuses names that are not strings.
    static func requireStrings(_ names: Value) throws(PyException) {
        for i in 0..<Tuple.count(names) where !Tuple.item(names, i).isExactly(Krait_str_type) {
            throw PyException.systemError("non-string found in code slot")
        }
    }

    /// New local, cell and free names, each kind keeping its count.
    static func replaceNames(_ r: CodeObjects.Pointer, _ given: [String: Value], nlocals: Int32?) throws(PyException) {
        let kinds = Bytes.data(r.pointee.co_localspluskinds).assumingMemoryBound(to: UInt8.self)
        var names = r.pointee.co_localsplusnames
        let total = Tuple.count(names)
        for (field, kind) in [("co_varnames", UInt8(0)), ("co_cellvars", 1), ("co_freevars", 2)] {
            let current = (0..<total).filter { kinds[$0] == kind }
            let replacement = given[field]
            if kind == 0 && Int(nlocals ?? r.pointee.co_nlocals) != (replacement.map { Tuple.count($0) } ?? current.count) {
                throw PyException.valueError("code: co_nlocals != len(co_varnames)")
            }
            guard let replacement else { continue }
            try requireStrings(replacement)
            guard Tuple.count(replacement) == current.count else {
                throw PyException.valueError("Krait cannot change the number of \(field)")
            }
            if names == r.pointee.co_localsplusnames { names = Tuple.make(UnsafeBufferPointer(start: Tuple.items(names), count: total)) }
            for (k, i) in current.enumerated() { Tuple.items(names)[i] = Tuple.item(replacement, k) }
        }
        r.pointee.co_localsplusnames = names
    }

    /// A new first line moves every location with it, as CPython's relative table does.
    static func shiftLines(_ r: CodeObjects.Pointer, by delta: Int32) {
        let source = r.pointee.co_positions
        let shifted = Bytes.make(UnsafeRawBufferPointer(start: Bytes.data(source), count: Bytes.count(source)))
        let p = Bytes.data(shifted).assumingMemoryBound(to: Int32.self)
        for i in 0..<Int(r.pointee.co_ninstructions) where p[i * 4] > 0 {
            p[i * 4] += delta
            if p[i * 4 + 1] > 0 { p[i * 4 + 1] += delta }
        }
        r.pointee.co_positions = shifted
        r.pointee.co_firstlineno += delta
    }
}
