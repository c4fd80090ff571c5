import ObjectLayout

/// Queries on type objects: names, subtyping, the MRO and attribute lookup along it.
public enum TypeObject {
    @inline(__always)
    /// How CPython's argument parsers (`_PyArg_BadArgument`, `converterr`) name the type
    /// of a wrong argument: "None" for None, else its type's name.
    public static func argumentTypeName(_ v: Value) -> String { v == .none ? "None" : name(v.type) }

    /// `type.__qualname__`. A method bound to a class names it so in its complaints
    /// about arguments (`C.mro() takes no arguments`), as CPython's builtin methods do.
    static func qualname(_ type: TypePointer) -> String {
        HeapType.isHeapType(type) ? Str.swiftString(Value(HeapType.heap(type).pointee.ht_qualname)) : name(type)
    }

    public static func name(_ type: TypePointer) -> String {
        let full = String(cString: type.pointee.tp_name)
        // Static types spell their module in tp_name ("collections.deque"); the
        // class's own name is the part after the last dot.
        if type.pointee.tp_flags & UInt(Py_TPFLAGS_HEAPTYPE) == 0, let dot = full.lastIndex(of: ".") {
            return String(full[full.index(after: dot)...])
        }
        return full
    }

    /// The type's `tp_name` as CPython's error messages print it ("collections.deque").
    public static func fullName(_ type: TypePointer) -> String { String(cString: type.pointee.tp_name) }

    /// `issubclass(a, b)` for types, by the MRO (or the base chain before it exists).
    public static func isSubtype(_ a: TypePointer, of b: TypePointer) -> Bool {
        if a == b { return true }
        if let mro = a.pointee.tp_mro {
            let m = Value(mro)
            for i in 0..<Tuple.count(m) where Tuple.item(m, i).bits == Value(b).bits { return true }
            return false
        }
        var t = a.pointee.tp_base
        while let current = t {
            if current == b { return true }
            t = current.pointee.tp_base
        }
        return b == Krait_object_type
    }

    @inline(__always)
    public static func hasFlag(_ type: TypePointer, _ flag: UInt) -> Bool { type.pointee.tp_flags & flag != 0 }

    public static func lookup(_ type: TypePointer, _ name: String) -> Value? {
        lookup(type, Interned.get(name))
    }

    /// The C3 linearisation of `type` from its bases (CPython's `mro_implementation`).
    static func computeMRO(_ type: TypePointer) throws(PyException) -> Value {
        let bases = Value(type.pointee.tp_bases!)
        for i in 0..<Tuple.count(bases) {
            for j in (i + 1)..<Swift.max(i + 1, Tuple.count(bases)) where Tuple.item(bases, j) == Tuple.item(bases, i) {
                throw PyException.typeError("duplicate base class \(name(Tuple.item(bases, i).object.layout(PyTypeObject.self)))")
            }
        }
        var sequences: [[TypePointer]] = []
        for i in 0..<Tuple.count(bases) {
            let base = Tuple.item(bases, i).object.layout(PyTypeObject.self)
            // A base whose own `mro()` is still running (a metaclass creating a subclass).
            guard let baseMRO = base.pointee.tp_mro else {
                throw PyException.typeError("Cannot extend an incomplete type '\(name(base))'")
            }
            let mro = Value(baseMRO)
            sequences.append((0..<Tuple.count(mro)).map { Tuple.item(mro, $0).object.layout(PyTypeObject.self) })
        }
        sequences.append((0..<Tuple.count(bases)).map { Tuple.item(bases, $0).object.layout(PyTypeObject.self) })
        var result: [TypePointer] = [type]
        while sequences.contains(where: { !$0.isEmpty }) {
            var chosen: TypePointer?
            for sequence in sequences where !sequence.isEmpty {
                let candidate = sequence[0]
                if !sequences.contains(where: { $0.dropFirst().contains(candidate) }) {
                    chosen = candidate
                    break
                }
            }
            guard let next = chosen else {
                let remaining = sequences.filter { !$0.isEmpty }.map { $0[0] }
                var names: [String] = []
                for t in remaining where !names.contains(name(t)) { names.append(name(t)) }
                throw PyException.typeError(
                    "Cannot create a consistent method resolution\norder (MRO) for bases " + names.joined(separator: ", "))
            }
            result.append(next)
            for i in sequences.indices where sequences[i].first == next { sequences[i].removeFirst() }
        }
        return Tuple.make(result.map { Value($0) })
    }

    static let traverse: traverseproc = { object, visit, arg in
        let type = object!.layout(PyTypeObject.self)
        Trace.visit(type.pointee.tp_dict, visit, arg)
        Trace.visit(type.pointee.tp_bases, visit, arg)
        Trace.visit(type.pointee.tp_mro, visit, arg)
        Trace.visit(type.pointee.tp_base, visit, arg)
        Trace.visit(type.pointee.tp_subclasses, visit, arg)
        Trace.visit(type.pointee.kr_shared_keys, visit, arg)
        if HeapType.isHeapType(type) {
            let ht = HeapType.heap(type)
            Trace.visit(ht.pointee.ht_name, visit, arg)
            Trace.visit(ht.pointee.ht_qualname, visit, arg)
            Trace.visit(ht.pointee.ht_slots, visit, arg)
            Trace.visit(ht.pointee.ht_module, visit, arg)
            Trace.visit(ht.pointee.ht_tpname_bytes, visit, arg)
            _ = visit!(type.pointee.ob_base.ob_base.ob_type.asObject, arg)
        }
        return 0
    }
}
