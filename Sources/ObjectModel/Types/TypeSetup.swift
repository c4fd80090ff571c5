import GC
import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// A builtin method as Swift declares it: CPython's `PyMethodDef` with a
/// `METH_KRAIT_VALUES` function.
public struct MethodSpec {
    public var name: String
    public var function: KraitMethod
    /// Extra METH_* flags (METH_CLASS, METH_STATIC).
    public var flags: Int32
    public var doc: String?

    public init(_ name: String, flags: Int32 = 0, doc: String? = nil, _ function: KraitMethod) {
        self.name = name
        self.function = function
        self.flags = flags
        self.doc = doc
    }
}

extension MethodSpec {
    /// The body of a method: `body` with the call's arguments, its error made pending.
    /// (A `KraitMethod` is a C function pointer, so it cannot capture; each method's
    /// closure calls this with its own non-capturing body.)
    @inline(__always)
    public static func run(_ s: Value, _ a: UnsafePointer<Value>?, _ n: Int, _ k: Value,
                           _ body: (Value, Arguments) throws(PyException) -> Value) -> Value {
        CBoundary.value { () throws(PyException) in try body(s, Arguments(a, n, k)) }
    }
}

/// Builds and readies the builtin (static) types at start-up, as CPython's
/// `PyType_Ready`: bases, MRO, inherited slots, and the type's dict of descriptors.
public enum TypeSetup {
    /// Fills the basic fields of a static type; slots are set by the caller before `ready`.
    public static func begin(
        _ type: TypePointer, name: String, basicSize: Int, itemSize: Int = 0,
        flags: UInt = 0, base: TypePointer? = nil, doc: String? = nil
    ) {
        type.pointee.tp_name = UnsafePointer(strdup(name))
        type.pointee.tp_basicsize = basicSize
        type.pointee.tp_itemsize = itemSize
        type.pointee.tp_flags = UInt(Py_TPFLAGS_DEFAULT) | UInt(Py_TPFLAGS_IMMUTABLETYPE) | flags
        type.pointee.tp_base = base
        if let doc { type.pointee.tp_doc = UnsafePointer(strdup(doc)) }
    }

    /// A method table for `tp_methods`, in memory that lives as long as the process.
    public static func methodTable(_ specs: [MethodSpec]) -> UnsafeMutablePointer<PyMethodDef> {
        let table = UnsafeMutablePointer<PyMethodDef>.allocate(capacity: specs.count + 1)
        for (i, spec) in specs.enumerated() {
            table[i] = PyMethodDef(
                ml_name: UnsafePointer(strdup(spec.name)),
                ml_meth: unsafeBitCast(spec.function, to: PyCFunction.self),
                ml_flags: Int32(METH_KRAIT_VALUES) | spec.flags,
                ml_doc: spec.doc.map { UnsafePointer(strdup($0)) })
        }
        table[specs.count] = PyMethodDef()
        return table
    }

    /// Adds methods after those a type's set-up declared (for methods that several types
    /// share, such as `__class_getitem__`), before the type is readied.
    static func appendMethods(_ type: TypePointer, _ specs: [MethodSpec]) {
        var count = 0
        if let existing = type.pointee.tp_methods { while existing[count].ml_name != nil { count += 1 } }
        let added = methodTable(specs)
        let table = UnsafeMutablePointer<PyMethodDef>.allocate(capacity: count + specs.count + 1)
        if let existing = type.pointee.tp_methods { table.initialize(from: existing, count: count) }
        (table + count).initialize(from: added, count: specs.count + 1)
        type.pointee.tp_methods = table
    }

    /// Completes a type: base and MRO, inherited slots, its dict.
    public static func ready(_ type: TypePointer) throws(PyException) {
        if type.pointee.tp_flags & UInt(Py_TPFLAGS_READY) != 0 { return }
        if type.pointee.ob_base.ob_base.ob_type == nil { type.pointee.ob_base.ob_base.ob_type = Krait_type_type }
        if type != Krait_object_type && type.pointee.tp_base == nil { type.pointee.tp_base = Krait_object_type }
        if type.pointee.ob_base.ob_base.ob_refcnt == 0 { Allocation.makeImmortal(type.asObject) }
        if let base = type.pointee.tp_base {
            try ready(base)
            if type.pointee.tp_bases == nil { type.pointee.tp_bases = Tuple.make(Value(base)).object }
            let bases = Value(type.pointee.tp_bases!)
            for i in 0..<Tuple.count(bases) {
                TypeVersions.recordStatic(type, base: Tuple.item(bases, i).object.layout(PyTypeObject.self))
            }
            type.pointee.tp_mro = try TypeObject.computeMRO(type).object
        } else {
            type.pointee.tp_bases = Tuple.make([]).object
            type.pointee.tp_mro = Tuple.make(Value(type)).object
        }
        // Types called through `kr_call` get the `tp_call` that `__call__` wraps.
        if type.pointee.kr_call != nil && type.pointee.tp_call == nil { type.pointee.tp_call = callThroughKraitCall }
        if type.pointee.tp_new == nil && type.pointee.kr_constructor > 0 {
            type.pointee.tp_new = NativeConstructors.new
        }
        // A builtin type directly below object that makes no instances of its own cannot
        // be called (generators, code objects, builtin functions), as CPython's `inherit_special`.
        if type.pointee.tp_new == nil && type.pointee.tp_base == Krait_object_type && !HeapType.isHeapType(type) {
            type.pointee.tp_flags |= UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION)
        }
        // The dict describes the type's own slots, so it is filled before inheritance.
        GenericAttributeSlots.name(type)
        let dict = Dict.new()
        Dict.dict(dict).pointee.kr_owner = type
        type.pointee.tp_dict = dict.object
        try fillDict(type)
        if let base = type.pointee.tp_base { inheritSlots(type, from: base) }
        if type.pointee.tp_traverse != nil && !untracked.contains(type) { type.pointee.tp_flags |= UInt(Py_TPFLAGS_HAVE_GC) }
        type.pointee.tp_flags |= UInt(Py_TPFLAGS_READY)
    }

    /// Types that hold references but are not containers CPython's collector tracks:
    /// str, bytes and bytearray (whose cached forms and buffers Krait keeps in the heap),
    /// code and range objects, and Krait's own item blocks, which CPython keeps in
    /// malloc'd memory. `Py_TPFLAGS_HAVE_GC` goes to every other type with `tp_traverse`.
    static var untracked: [TypePointer] {
        [Krait_str_type, Krait_bytes_type, Krait_bytearray_type, Krait_code_type, Krait_range_type,
         Krait_rangeIterator_type, Krait_valueArray_type, Krait_dictKeys_type, Krait_setTable_type, Krait_byteBlock_type]
    }

    static let callThroughKraitCall: ternaryfunc = { callable, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let a = Arguments.from(tuple: args, keywords: kwargs)
            let call = TypeSetup.nativeCall(of: callable!.pointee.ob_type)
            return try CBoundary.check(call(Value(callable!), a.base, a.count, a.kwnames))
        }
    }

    /// The `kr_call` that `callThroughKraitCall` stands for: that of the nearest type up
    /// the base chain still calling through it. A subclass defining `__call__` has its
    /// own `kr_call` (which looks `__call__` up), and `super().__call__()` from there must
    /// reach the builtin's, not come back.
    static func nativeCall(of type: UnsafeMutablePointer<PyTypeObject>) -> KraitCallFunction {
        let through = unsafeBitCast(callThroughKraitCall, to: UnsafeRawPointer.self)
        var t: UnsafeMutablePointer<PyTypeObject>? = type
        while let current = t {
            if let call = current.pointee.tp_call, unsafeBitCast(call, to: UnsafeRawPointer.self) == through,
               let native = current.pointee.kr_call {
                return native
            }
            t = current.pointee.tp_base
        }
        return type.pointee.kr_call!
    }

    /// Slots a type leaves empty come from its base, as CPython's `inherit_slots`.
    static func inheritSlots(_ type: TypePointer, from base: TypePointer) {
        let b = base.pointee
        func inherit<T>(_ path: WritableKeyPath<PyTypeObject, T?>) {
            if type.pointee[keyPath: path] == nil { type.pointee[keyPath: path] = b[keyPath: path] }
        }
        inherit(\.tp_getattro)
        inherit(\.tp_setattro)
        inherit(\.tp_repr)
        inherit(\.tp_str)
        inherit(\.tp_call)
        inherit(\.kr_call)
        inherit(\.tp_iter)
        inherit(\.tp_iternext)
        inherit(\.tp_descr_get)
        inherit(\.tp_descr_set)
        inherit(\.tp_init)
        inherit(\.tp_alloc)
        inherit(\.tp_free)
        inherit(\.tp_finalize)
        if type.pointee.tp_flags & UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION) == 0 { inherit(\.tp_new) }
        // Comparison and hashing are inherited together, or neither is.
        if type.pointee.tp_richcompare == nil && type.pointee.tp_hash == nil {
            type.pointee.tp_richcompare = b.tp_richcompare
            type.pointee.tp_hash = b.tp_hash
        }
        if type.pointee.tp_traverse == nil { type.pointee.tp_traverse = b.tp_traverse }
        // Offsets into the instance are the layout's, which only the primary base shares
        // (CPython's `inherit_special`): a secondary base's would point past the object.
        if type.pointee.tp_base == base {
            if type.pointee.tp_dictoffset == 0 { type.pointee.tp_dictoffset = b.tp_dictoffset }
            if type.pointee.tp_weaklistoffset == 0 { type.pointee.tp_weaklistoffset = b.tp_weaklistoffset }
        }
        // A type without a table of its own shares its base's (`type_ready_inherit_as_structs`).
        inherit(\.tp_as_number)
        inherit(\.tp_as_sequence)
        inherit(\.tp_as_mapping)
        if let mine = type.pointee.tp_as_number, let theirs = b.tp_as_number, mine != theirs {
            inheritTable(mine, theirs)
        }
        if let mine = type.pointee.tp_as_sequence, let theirs = b.tp_as_sequence, mine != theirs {
            inheritTable(mine, theirs)
        }
        if let mine = type.pointee.tp_as_mapping, let theirs = b.tp_as_mapping, mine != theirs {
            inheritTable(mine, theirs)
        }
        // `case int(x)` matches the subject itself for subclasses too (CPython's `inherit_special`).
        type.pointee.tp_flags |= b.tp_flags & (subclassFlags | UInt(Py_TPFLAGS_MATCH_SELF))
        // Pattern matching's sequence/mapping kind, unless the type chose one itself.
        let collectionFlags = UInt(Py_TPFLAGS_SEQUENCE) | UInt(Py_TPFLAGS_MAPPING)
        if type.pointee.tp_flags & collectionFlags == 0 { type.pointee.tp_flags |= b.tp_flags & collectionFlags }
    }

    static let subclassFlags = UInt(Py_TPFLAGS_LONG_SUBCLASS) | UInt(Py_TPFLAGS_LIST_SUBCLASS)
        | UInt(Py_TPFLAGS_TUPLE_SUBCLASS) | UInt(Py_TPFLAGS_BYTES_SUBCLASS) | UInt(Py_TPFLAGS_UNICODE_SUBCLASS)
        | UInt(Py_TPFLAGS_DICT_SUBCLASS) | UInt(Py_TPFLAGS_BASE_EXC_SUBCLASS) | UInt(Py_TPFLAGS_TYPE_SUBCLASS)

    /// Copies each empty function pointer of a slot table from the base's table.
    static func inheritTable<T>(_ mine: UnsafeMutablePointer<T>, _ theirs: UnsafeMutablePointer<T>) {
        let words = MemoryLayout<T>.size / 8
        let m = UnsafeMutableRawPointer(mine).assumingMemoryBound(to: UInt.self)
        let t = UnsafeMutableRawPointer(theirs).assumingMemoryBound(to: UInt.self)
        for i in 0..<words where m[i] == 0 { m[i] = t[i] }
    }

    /// A method's entry in its type's dict, as CPython's `type_add_method`: a static
    /// method is a function bound to the type; others (METH_CLASS ones too, which bind
    /// the class as `self`) are method descriptors.
    static func methodEntry(_ type: TypePointer, _ method: UnsafeMutablePointer<PyMethodDef>) -> Value {
        if method.pointee.ml_flags & Int32(METH_STATIC) != 0 {
            return ClassMethods.make(Krait_staticmethod_type, BuiltinFunction.make(method, self: Value(type)))
        }
        return BuiltinFunction.descriptor(type, method)
    }

    /// The type's dict, in CPython's order: `__new__`, slot wrappers, methods, members, getsets, `__doc__`.
    static func fillDict(_ type: TypePointer) throws(PyException) {
        let dict = Value(type.pointee.tp_dict!)
        if type.pointee.tp_new != nil { try Dict.setItem(dict, Interned.literal("__new__"), TypeNew.wrapper(for: type)) }
        try SlotWrapper.addWrappers(type, to: dict)
        if var method = type.pointee.tp_methods {
            while let name = method.pointee.ml_name {
                let key = Interned.get(String(cString: name))
                // METH_COEXIST methods replace the slot wrapper of the same name.
                if Dict.getItem(dict, string: key) == nil || method.pointee.ml_flags & Int32(METH_COEXIST) != 0 {
                    try Dict.setItem(dict, key, methodEntry(type, method))
                }
                method += 1
            }
        }
        if var member = type.pointee.tp_members {
            while let name = member.pointee.name {
                let key = Interned.get(String(cString: name))
                if Dict.getItem(dict, string: key) == nil { try Dict.setItem(dict, key, MemberDescriptors.makeMember(type, member)) }
                member += 1
            }
        }
        if var getset = type.pointee.tp_getset {
            while let name = getset.pointee.name {
                let key = Interned.get(String(cString: name))
                if Dict.getItem(dict, string: key) == nil { try Dict.setItem(dict, key, MemberDescriptors.makeGetSet(type, getset)) }
                getset += 1
            }
        }
        let docKey = Interned.literal("__doc__")
        if Dict.getItem(dict, string: docKey) == nil {
            let doc = type.pointee.tp_doc.map { Str.make(docWithoutSignature(TypeObject.name(type), String(cString: $0))) } ?? .none
            try Dict.setItem(dict, docKey, doc)
        }
    }

    /// CPython's `_PyType_DocWithoutSignature`: a doc that begins with the type's name,
    /// a parenthesised signature and `)\n--\n\n` loses that block.
    static func docWithoutSignature(_ name: String, _ doc: String) -> String {
        let text = Array(doc.utf8), prefix = Array((name + "(").utf8), marker = Array(")\n--\n\n".utf8)
        guard text.starts(with: prefix) else { return doc }
        var i = prefix.count - 1
        while i < text.count {
            if text[i...].starts(with: marker) { return String(decoding: text[(i + marker.count)...], as: UTF8.self) }
            // A blank line first means there is no signature block.
            if text[i] == 0x0A && i + 1 < text.count && text[i + 1] == 0x0A { return doc }
            i += 1
        }
        return doc
    }
}
