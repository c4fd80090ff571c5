import Compiler
import Interpreter
import ObjectLayout
import ObjectModel

/// Code objects in marshal data, in Krait's own layout (CPython's bytecode is not
/// Krait's): the counts, then the instruction words as the compiler wrote them, then
/// the tables. A loaded code object is checked field by field before it can run.
enum MarshalCode {
    static func write(_ v: Value, _ w: inout MarshalWriter) throws(PyException) {
        let c = CodeObjects.code(v)
        for i in [c.pointee.co_argcount, c.pointee.co_posonlyargcount, c.pointee.co_kwonlyargcount,
                  c.pointee.co_nlocals, c.pointee.co_ncells, c.pointee.co_nfrees, c.pointee.co_stacksize,
                  c.pointee.co_flags, c.pointee.co_firstlineno] {
            w.int32(i)
        }
        try w.temporaryBytes(CodeWords.generic(v))
        for field in [c.pointee.co_consts, c.pointee.co_names, c.pointee.co_localsplusnames, c.pointee.co_localspluskinds,
                      c.pointee.co_filename, c.pointee.co_name, c.pointee.co_qualname, c.pointee.co_positions,
                      c.pointee.co_exceptiontable, c.pointee.co_cell2arg] {
            try w.write(field)
        }
    }

    static func invalid() -> PyException { PyException.valueError("bad marshal data (invalid code object)") }

    /// Reads the fields `write` wrote; `parts` (a list the caller holds) keeps them
    /// reachable until the code object does.
    static func read(_ r: inout MarshalReader) throws(PyException) -> Value {
        var ints: [Int32] = []
        for _ in 0..<9 { ints.append(try r.int32()) }
        let parts = List.new()
        for _ in 0..<11 {
            guard let part = try r.read() else { throw invalid() }
            List.append(parts, part)
        }
        let words = List.item(parts, 0), kinds = List.item(parts, 4), positions = List.item(parts, 8)
        let table = List.item(parts, 9), cell2arg = List.item(parts, 10)
        for i in [0, 4, 8, 9, 10] where !List.item(parts, i).isExactly(Krait_bytes_type) { throw invalid() }
        for i in [1, 2, 3] where !List.item(parts, i).isExactly(Krait_tuple_type) { throw invalid() }
        for i in [5, 6, 7] where !List.item(parts, i).isExactly(Krait_str_type) { throw invalid() }
        let n = Bytes.count(words) / 4
        guard n > 0, Bytes.count(words) % 4 == 0,
              CodeWords.valid(Bytes.data(words).assumingMemoryBound(to: UInt32.self), count: n),
              Bytes.count(positions) == 16 * n, Bytes.count(table) % 16 == 0 else { throw invalid() }
        for i in [2, 3] {
            let names = List.item(parts, i)
            for k in 0..<Tuple.count(names) where !Tuple.item(names, k).isExactly(Krait_str_type) { throw invalid() }
        }
        let localsplus = List.item(parts, 3)
        let count = Tuple.count(localsplus)
        guard Bytes.count(kinds) == count else { throw invalid() }
        var perKind = [0, 0, 0]
        let kindBytes = Bytes.data(kinds).assumingMemoryBound(to: UInt8.self)
        for k in 0..<count {
            guard kindBytes[k] < 3 else { throw invalid() }
            perKind[Int(kindBytes[k])] += 1
        }
        let (argcount, posonly, kwonly, nlocals, ncells, nfrees, stacksize) =
            (ints[0], ints[1], ints[2], Int(ints[3]), Int(ints[4]), Int(ints[5]), ints[6])
        guard argcount >= 0, posonly >= 0, kwonly >= 0, stacksize > 0,
              Int(argcount) + Int(kwonly) <= nlocals, perKind == [nlocals, ncells, nfrees],
              Bytes.count(cell2arg) == 4 * ncells else { throw invalid() }
        let entries = Bytes.data(table).assumingMemoryBound(to: Int32.self)
        for e in 0..<(Bytes.count(table) / 16) {
            let (start, end, handler) = (entries[4 * e], entries[4 * e + 1], entries[4 * e + 2])
            guard start >= 0, start <= end, Int(end) <= n, handler >= 0, Int(handler) < n else { throw invalid() }
        }
        let arguments = Bytes.data(cell2arg).assumingMemoryBound(to: Int32.self)
        for k in 0..<ncells where arguments[k] < -1 || Int(arguments[k]) >= nlocals { throw invalid() }

        let object = Allocation.object(Krait_code_type, size: MemoryLayout<KraitCodeObject>.size)
        let c = object.layout(KraitCodeObject.self)
        c.pointee.co_code = words
        c.pointee.co_consts = List.item(parts, 1)
        c.pointee.co_names = List.item(parts, 2)
        c.pointee.co_localsplusnames = localsplus
        c.pointee.co_localspluskinds = kinds
        c.pointee.co_filename = List.item(parts, 5)
        c.pointee.co_name = List.item(parts, 6)
        c.pointee.co_qualname = List.item(parts, 7)
        c.pointee.co_positions = positions
        c.pointee.co_exceptiontable = table
        c.pointee.co_cell2arg = cell2arg
        c.pointee.co_argcount = argcount
        c.pointee.co_posonlyargcount = posonly
        c.pointee.co_kwonlyargcount = kwonly
        c.pointee.co_nlocals = Int32(nlocals)
        c.pointee.co_ncells = Int32(ncells)
        c.pointee.co_nfrees = Int32(nfrees)
        c.pointee.co_stacksize = stacksize
        c.pointee.co_flags = ints[7]
        c.pointee.co_firstlineno = ints[8]
        c.pointee.co_ninstructions = Int32(n)
        return Value(object)
    }
}
