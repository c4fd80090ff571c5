import ObjectLayout
import ObjectModel
import Parser

/// Code objects in the heap: made from the compiler's units, read by the interpreter.
public enum CodeObjects {
    public typealias Pointer = UnsafeMutablePointer<KraitCodeObject>

    @inline(__always)
    public static func code(_ v: Value) -> Pointer { v.layout(KraitCodeObject.self) }

    /// The module's code object (with every nested one among its constants).
    public static func materialize(_ module: CompiledModule) throws(PyException) -> Value {
        try make(module.units, 0, filename: Str.make(module.filename))
    }

    static func make(_ units: [CodeUnit], _ index: Int, filename: Value) throws(PyException) -> Value {
        let u = units[index]
        let exceptionTable = u.finish()
        let object = Allocation.object(Krait_code_type, size: MemoryLayout<KraitCodeObject>.size)
        let c = object.layout(KraitCodeObject.self)
        c.pointee.co_filename = filename
        c.pointee.co_name = Interned.get(u.name)
        c.pointee.co_qualname = Str.make(u.qualname)
        c.pointee.co_code = u.code.withUnsafeBytes { Bytes.make($0) }
        var positions: [Int32] = []
        positions.reserveCapacity(u.positions.count * 4)
        for p in u.positions { positions += [p.lineno, p.endLineno, p.colOffset, p.endColOffset] }
        c.pointee.co_positions = positions.withUnsafeBytes { Bytes.make($0) }
        c.pointee.co_exceptiontable = exceptionTable.withUnsafeBytes { Bytes.make($0) }
        c.pointee.co_cell2arg = u.cell2arg.withUnsafeBytes { Bytes.make($0) }
        c.pointee.co_localspluskinds = Bytes.make(u.kinds)
        c.pointee.co_names = Tuple.allocate(count: u.names.count)
        for (i, n) in u.names.enumerated() { Tuple.items(c.pointee.co_names)[i] = Interned.get(n) }
        c.pointee.co_localsplusnames = Tuple.allocate(count: u.localsplus.count)
        for (i, n) in u.localsplus.enumerated() { Tuple.items(c.pointee.co_localsplusnames)[i] = Interned.get(n) }
        // Filled one at a time: the tuple is reachable from the code object throughout.
        c.pointee.co_consts = Tuple.allocate(count: u.constants.count)
        for (i, key) in u.constants.enumerated() {
            let v = try constant(key, units, filename: filename)
            Tuple.items(c.pointee.co_consts)[i] = v
        }
        c.pointee.co_argcount = Int32(u.argcount)
        c.pointee.co_posonlyargcount = Int32(u.posonlyargcount)
        c.pointee.co_kwonlyargcount = Int32(u.kwonlyargcount)
        c.pointee.co_flags = u.flags
        c.pointee.co_firstlineno = u.firstLine
        c.pointee.co_nlocals = Int32(u.nlocals)
        c.pointee.co_ncells = Int32(u.ncells)
        c.pointee.co_nfrees = Int32(u.nfrees)
        c.pointee.co_stacksize = Int32(u.maxDepth + 1)
        c.pointee.co_ninstructions = Int32(u.code.count)
        return Value(object)
    }

    static func constant(_ key: ConstantKey, _ units: [CodeUnit], filename: Value) throws(PyException) -> Value {
        switch key {
        case .none: return .none
        case .ellipsis: return .ellipsis
        case .bool(let b): return .bool(b)
        case .int(let i): return IntObject.make(Int(i))
        case .bigInt(let limbs, let negative): return IntObject.make(limbs: limbs, negative: negative)
        case .float(let bits): return FloatObject.make(Double(bitPattern: bits))
        case .imaginary(let bits): return ComplexObject.make(0, Double(bitPattern: bits))
        case .complex(let real, let imag): return ComplexObject.make(Double(bitPattern: real), Double(bitPattern: imag))
        case .str(let utf8):
            let s = Str.make(codePoints: PyStringValue(utf8: utf8).scalars)
            // CPython interns constants made only of name characters (`all_name_chars`),
            // so equal ones are one object across code objects (and marshal says so).
            return utf8.allSatisfy(isNameCharacter) ? Interned.intern(s) : s
        case .bytes(let b): return Bytes.make(b)
        case .names(let names): return Tuple.make(names.map { Interned.get($0) })
        case .tuple(let items):
            let t = Tuple.allocate(count: items.count)
            for (i, item) in items.enumerated() { Tuple.items(t)[i] = try constant(item, units, filename: filename) }
            return t
        case .frozenset(let items):
            // Built as PyFrozenSet_New builds it from the display's tuple: items in order.
            let set = Sets.new(type: Krait_frozenset_type)
            for item in items { try Sets.add(set, try constant(item, units, filename: filename)) }
            return set
        case .code(let index): return try make(units, index, filename: filename)
        }
    }
}

/// ASCII letters, digits and '_': CPython's test for interning a str constant.
func isNameCharacter(_ byte: UInt8) -> Bool {
    (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
}
