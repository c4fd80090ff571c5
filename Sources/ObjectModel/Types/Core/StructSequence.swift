import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Struct sequences (`sys.version_info`, `time.struct_time`, `os.stat_result`): tuples
/// whose items also have names. The first `visible` fields are the tuple's items; the
/// rest follow them in the same object, reachable only by name (CPython's layout).
public enum StructSequence {
    /// A new struct sequence type named `name` (`module.type`), with `fields` of which
    /// the first `visible` are tuple items; the fields at `unnamed` (visible ones) have no
    /// name, as CPython's `PyStructSequence_UnnamedField`. `instantiable` types take a
    /// sequence (and a dict of the hidden fields), as `time.struct_time` does; others
    /// cannot be created.
    public static func makeType(_ name: String, fields: [String], visible: Int? = nil, unnamed: Set<Int> = [], doc: String? = nil,
                                instantiable: Bool = false, fieldDocs: [String] = []) throws(PyException) -> TypePointer {
        let t = Allocation.immortal(size: MemoryLayout<PyTypeObject>.size, type: Krait_type_type).layout(PyTypeObject.self)
        let flags = UInt(Py_TPFLAGS_TUPLE_SUBCLASS) | (instantiable ? 0 : UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        TypeSetup.begin(t, name: name, basicSize: MemoryLayout<PyVarObject>.size, itemSize: 8, flags: flags, base: Krait_tuple_type, doc: doc)
        let members = UnsafeMutablePointer<PyMemberDef>.allocate(capacity: fields.count - unnamed.count + 1)
        var named = 0
        for (i, field) in fields.enumerated() where !unnamed.contains(i) {
            members[named] = PyMemberDef(name: UnsafePointer(strdup(field)), type: Int32(T_KRAIT_VALUE),
                                         offset: MemoryLayout<PyVarObject>.size + 8 * i, flags: Int32(READONLY),
                                         doc: i < fieldDocs.count ? UnsafePointer(strdup(fieldDocs[i])) : nil)
            named += 1
        }
        members[named] = PyMemberDef()
        t.pointee.tp_members = members
        t.pointee.tp_traverse = traverse
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(try StructSequence.repr(Value(o!))) } }
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("__reduce__")
                return try StructSequence.reduce(s)
            } },
        ])
        if instantiable {
            t.pointee.tp_new = { type, args, kwargs in
                CBoundary.object { () throws(PyException) in try StructSequence.construct(type!, Arguments.from(tuple: args, keywords: kwargs)) }
            }
        }
        try TypeSetup.ready(t)
        let dict = Value(t.pointee.tp_dict!)
        let dot = name.lastIndex(of: ".")
        // CPython's `sys` struct sequences are static types, whose `__module__` comes from
        // their name; the other modules make heap types, which keep it in their dict.
        if !name.hasPrefix("sys.") {
            try Dict.setItem(dict, Interned.literal("__module__"), Str.make(dot.map { String(name[..<$0]) } ?? "builtins"))
        }
        let shown = visible ?? fields.count
        try Dict.setItem(dict, Interned.literal("n_sequence_fields"), IntObject.make(shown))
        try Dict.setItem(dict, Interned.literal("n_fields"), IntObject.make(fields.count))
        try Dict.setItem(dict, Interned.literal("n_unnamed_fields"), IntObject.make(unnamed.count))
        try Dict.setItem(dict, Interned.literal("__match_args__"), Tuple.make(strings: fields.prefix(shown).indices.filter { !unnamed.contains($0) }.map { fields[$0] }))
        return t
    }

    static func fieldCount(_ type: TypePointer) -> Int { count(type, "n_fields") }

    static func visibleCount(_ type: TypePointer) -> Int { count(type, "n_sequence_fields") }

    static func unnamedCount(_ type: TypePointer) -> Int { count(type, "n_unnamed_fields") }

    /// One of the counts in the type's dict (a subclass finds its base's).
    static func count(_ type: TypePointer, _ name: String) -> Int {
        var t: TypePointer? = type
        while let current = t {
            if let n = current.pointee.tp_dict.flatMap({ Dict.getItem(Value($0), string: Interned.get(name)) }) { return n.smallInt }
            t = current.pointee.tp_base
        }
        return 0
    }

    /// The name of hidden field `i`: its member, as the unnamed fields have none.
    static func hiddenName(_ type: TypePointer, _ i: Int) -> Value {
        Interned.get(String(cString: type.pointee.tp_members![i - unnamedCount(type)].name))
    }

    /// An instance with `values` for all fields (visible ones first). The values must
    /// already be alive elsewhere (a Swift array does not keep them so): build them with
    /// `make(_:building:)` when they are new objects.
    public static func make(_ type: TypePointer, _ values: [Value]) -> Value {
        make(type, list: List.make(values))
    }

    /// An instance whose fields `build` appends to the (rooted) list it is given, so that
    /// each new value is kept alive while the next is made.
    public static func make(_ type: TypePointer, building build: (Value) throws(PyException) -> Void) throws(PyException) -> Value {
        let values = List.new()
        try build(values)
        return make(type, list: values)
    }

    static func make(_ type: TypePointer, list source: Value) -> Value {
        let count = List.count(source)
        let object = Allocation.varObject(type, size: MemoryLayout<PyVarObject>.size + 8 * max(count, 1), count: count)
        Tuple.items(Value(object)).update(from: List.items(source), count: count)
        // Only the visible fields are tuple items.
        object.layout(PyVarObject.self).pointee.ob_size = visibleCount(type)
        return withExtendedLifetime(source) { Value(object) }
    }

    /// Every field, hidden ones too: they follow the items the tuple shows.
    static let traverse: traverseproc = { object, visit, arg in
        let type = object!.pointee.ob_type!
        _ = visit!(type.asObject, arg)
        let items = Tuple.items(Value(object!))
        for i in 0..<fieldCount(type) { Trace.visit(items[i], visit, arg) }
        return 0
    }

    static func repr(_ v: Value) throws(PyException) -> String {
        let type = v.type
        let members = type.pointee.tp_members!
        var parts: [String] = []
        for i in 0..<visibleCount(type) {
            parts.append("\(String(cString: members[i].name))=\(try Protocols.reprText(Tuple.item(v, i)))")
        }
        return "\(String(cString: type.pointee.tp_name))(\(parts.joined(separator: ", ")))"
    }

    static func reduce(_ v: Value) throws(PyException) -> Value {
        let type = v.type
        let visible = visibleCount(type), all = fieldCount(type)
        let hidden = Dict.new()
        let items = Tuple.items(v)
        for i in visible..<all { try Dict.setItem(hidden, hiddenName(type, i), items[i]) }
        return Tuple.make(Value(type), Tuple.make(Tuple.make(UnsafeBufferPointer(start: items, count: visible)), hidden))
    }

    /// `T(sequence, dict=None)`: the visible fields from the sequence (hidden ones may
    /// come after them in it), the rest from the dict or None.
    static func construct(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let name = String(cString: type.pointee.tp_name)
        var sequence: Value?, dict: Value?
        for i in 0..<args.count {
            if i == 0 { sequence = args[0] } else if i == 1 { dict = args[1] } else {
                throw PyException.typeError("\(name)() takes at most 2 arguments (\(args.count) given)")
            }
        }
        for i in 0..<args.keywordCount {
            let key = Str.swiftString(Tuple.item(args.kwnames, i))
            let value = args[args.count + i]
            if key == "sequence" { sequence = value } else if key == "dict" { dict = value } else {
                throw PyException.typeError("\(name)() got an unexpected keyword argument '\(key)'")
            }
        }
        guard let sequence else { throw PyException.typeError("\(name)() missing required argument 'sequence' (pos 1)") }
        let items = try Protocols.call(Value(Krait_tuple_type), sequence)
        let visible = visibleCount(type), all = fieldCount(type), given = Tuple.count(items)
        if given < visible {
            throw PyException.typeError("\(name)() takes \(visible == all ? "a" : "an at least") \(visible)-sequence (\(given)-sequence given)")
        }
        if given > all {
            throw PyException.typeError("\(name)() takes \(visible == all ? "a" : "an at most") \(all)-sequence (\(given)-sequence given)")
        }
        if let dict, dict != .none, !TypeObject.hasFlag(dict.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) {
            throw PyException.typeError("\(name)() takes a dict as second arg, if any")
        }
        let values = List.new()
        for i in 0..<all {
            if i < given {
                List.append(values, Tuple.item(items, i))
            } else if let dict, dict != .none, let v = try Dict.getItem(dict, hiddenName(type, i)) {
                List.append(values, v)
            } else {
                List.append(values, .none)
            }
        }
        return make(type, list: values)
    }
}
