import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Classes created at run time: `type(name, bases, namespace)` and `class` statements
/// (CPython's `type_new`). A heap type is a collected object with its own slot tables;
/// slots named by the namespace's dunder methods are filled with functions that call
/// those methods (`SlotFunctions`).
public enum HeapType {
    @inline(__always)
    static func heap(_ type: TypePointer) -> UnsafeMutablePointer<PyHeapTypeObject> {
        UnsafeMutableRawPointer(type).assumingMemoryBound(to: PyHeapTypeObject.self)
    }

    static func isHeapType(_ type: TypePointer) -> Bool { TypeObject.hasFlag(type, UInt(Py_TPFLAGS_HEAPTYPE)) }

    /// The most derived metaclass of `metatype` and the bases' metaclasses.
    public static func calculateMetaclass(_ metatype: TypePointer, _ bases: Value) throws(PyException) -> TypePointer {
        var winner = metatype
        for i in 0..<Tuple.count(bases) {
            let baseType = Tuple.item(bases, i).type
            if TypeObject.isSubtype(winner, of: baseType) { continue }
            if TypeObject.isSubtype(baseType, of: winner) { winner = baseType; continue }
            throw PyException.typeError(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
        }
        return winner
    }

    /// The base whose instance layout the new class extends: the one that adds the most
    /// to `object`'s, which every other base's layout must be a prefix of.
    static func solidBase(_ type: TypePointer) -> TypePointer {
        var t = type
        while let base = t.pointee.tp_base {
            let extra = t.pointee.tp_basicsize != base.pointee.tp_basicsize || t.pointee.tp_itemsize != base.pointee.tp_itemsize
            let dictAndWeakrefOnly = isHeapType(t) && t.pointee.tp_basicsize == base.pointee.tp_basicsize + addedSize(t, over: base)
            if extra && !dictAndWeakrefOnly { return t }
            t = base
        }
        return t
    }

    /// The bytes a heap type adds for its `__dict__` and `__weakref__` slots.
    static func addedSize(_ type: TypePointer, over base: TypePointer) -> Int {
        var size = 0
        if type.pointee.tp_dictoffset != 0 && base.pointee.tp_dictoffset == 0 { size += 8 }
        if type.pointee.tp_weaklistoffset != 0 && base.pointee.tp_weaklistoffset == 0 { size += 8 }
        return size
    }

    static func bestBase(_ bases: Value) throws(PyException) -> TypePointer {
        var winner: TypePointer?
        var best: TypePointer?
        for i in 0..<Tuple.count(bases) {
            let base = Tuple.item(bases, i).object.layout(PyTypeObject.self)
            guard TypeObject.hasFlag(base, UInt(Py_TPFLAGS_BASETYPE)) else {
                throw PyException.typeError("type '\(TypeType.qualifiedName(base))' is not an acceptable base type")
            }
            let candidate = solidBase(base)
            if let current = winner {
                if TypeObject.isSubtype(current, of: candidate) {
                    continue
                } else if TypeObject.isSubtype(candidate, of: current) {
                    winner = candidate
                    best = base
                } else {
                    throw PyException.typeError("multiple bases have instance lay-out conflict")
                }
            } else {
                winner = candidate
                best = base
            }
        }
        return best!
    }

    /// `type.__new__(metatype, name, bases, namespace, **keywords)`.
    public static func new(_ metatype: TypePointer, name: Value, bases basesIn: Value, namespace: Value,
                           keywords: Value? = nil) throws(PyException) -> Value {
        guard name.isExactly(Krait_str_type) || TypeObject.hasFlag(name.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("type.__new__() argument 1 must be str, not \(TypeObject.argumentTypeName(name))")
        }
        guard TypeObject.hasFlag(basesIn.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else {
            throw PyException.typeError("type.__new__() argument 2 must be tuple, not \(TypeObject.argumentTypeName(basesIn))")
        }
        guard TypeObject.hasFlag(namespace.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
            throw PyException.typeError("type.__new__() argument 3 must be dict, not \(TypeObject.argumentTypeName(namespace))")
        }
        let bases = Tuple.count(basesIn) == 0 ? Tuple.make(Value(Krait_object_type)) : basesIn
        for i in 0..<Tuple.count(bases) where !TypeObject.isSubtype(Tuple.item(bases, i).type, of: Krait_type_type) {
            throw PyException.typeError("bases must be types")
        }
        let base = try bestBase(bases)
        let dict: Value
        let iterKey = Interned.literal("__iter__")
        if namespace.isExactly(Krait_dict_type) || TypeObject.lookup(namespace.type, iterKey) == TypeObject.lookup(Krait_dict_type, iterKey) {
            dict = try DictType.copy(namespace)
        } else {
            // PyDict_Copy's generic merge: a mapping with its own iteration order (an
            // OrderedDict after move_to_end) gives its keys() in that order.
            dict = Dict.new()
            try DictUpdate.merge(dict, namespace)
        }
        let slots = try Dict.getItem(dict, string: Interned.literal("__slots__")).map { v throws(PyException) in
            try slotLayout(try slotNames(v), base: base, namespace: dict, className: Str.swiftString(name))
        }

        let memberCount = slots?.members.count ?? 0
        let size = MemoryLayout<PyHeapTypeObject>.size + (memberCount + 1) * MemoryLayout<PyMemberDef>.stride
        let object = Allocation.object(metatype, size: size)
        let type = object.layout(PyTypeObject.self)
        let ht = heap(type)
        type.pointee.tp_flags = UInt(Py_TPFLAGS_DEFAULT) | UInt(Py_TPFLAGS_HEAPTYPE) | UInt(Py_TPFLAGS_BASETYPE)
        type.pointee.tp_as_async = withUnsafeMutablePointer(to: &ht.pointee.as_async) { $0 }
        type.pointee.tp_as_number = withUnsafeMutablePointer(to: &ht.pointee.as_number) { $0 }
        type.pointee.tp_as_mapping = withUnsafeMutablePointer(to: &ht.pointee.as_mapping) { $0 }
        type.pointee.tp_as_sequence = withUnsafeMutablePointer(to: &ht.pointee.as_sequence) { $0 }
        type.pointee.tp_as_buffer = withUnsafeMutablePointer(to: &ht.pointee.as_buffer) { $0 }
        setName(type, name)
        ht.pointee.ht_qualname = name.object
        type.pointee.tp_base = base
        type.pointee.tp_bases = bases.object
        type.pointee.tp_dict = dict.object
        Dict.dict(dict).pointee.kr_owner = type

        // Instance layout: the base's, then `__slots__` members, then `__dict__` and
        // `__weakref__` unless `__slots__` leaves them out.
        var basicSize = base.pointee.tp_basicsize
        var wantsDict = base.pointee.tp_dictoffset == 0
        // Items of varying count follow a var-sized base's header (int, tuple, bytes,
        // and str's code points): no weak references or `__slots__` members there, and
        // the dict goes last.
        let varSized = base.pointee.tp_itemsize != 0 || TypeObject.isSubtype(base, of: Krait_str_type)
        var wantsWeakref = base.pointee.tp_weaklistoffset == 0 && !varSized
        if let slots {
            // Krait keeps a str's code points after its header, so a str subclass has no
            // room for members either (CPython's str is not var-sized).
            if varSized && !slots.members.isEmpty {
                throw PyException.typeError("nonempty __slots__ not supported for subtype of '\(TypeObject.name(base))'")
            }
            // As CPython's `type_new_slots_impl`: a secondary base with a dict or weak
            // list gives the class one even when `__slots__` leaves it out.
            let otherBases = (0..<Tuple.count(bases)).map { Tuple.item(bases, $0).object.layout(PyTypeObject.self) }
                .filter { $0 != base }
            wantsDict = wantsDict && (slots.addsDict || otherBases.contains { $0.pointee.tp_dictoffset != 0 })
            wantsWeakref = wantsWeakref && (slots.addsWeakref || otherBases.contains { $0.pointee.tp_weaklistoffset != 0 })
            let members = UnsafeMutableRawPointer(ht + 1).assumingMemoryBound(to: PyMemberDef.self)
            for (m, slot) in slots.members.enumerated() {
                members[m] = PyMemberDef(name: UnsafePointer(strdup(slot)), type: Int32(T_KRAIT_VALUE_EX),
                                         offset: basicSize, flags: 0, doc: nil)
                basicSize += 8
            }
            ht.pointee.ht_member_count = slots.members.count
            type.pointee.tp_members = members
            ht.pointee.ht_slots = Tuple.make(strings: slots.members).object
        }
        if wantsDict {
            type.pointee.tp_dictoffset = varSized ? -8 : basicSize
            basicSize += 8
        }
        if wantsWeakref {
            type.pointee.tp_weaklistoffset = basicSize
            basicSize += 8
        }
        type.pointee.tp_basicsize = basicSize
        type.pointee.tp_itemsize = base.pointee.tp_itemsize
        type.pointee.tp_traverse = SlotFunctions.traverseInstance

        // Before the members go in: a `__classcell__` slot gets its member descriptor.
        try setClassCell(type, dict)
        try prepareNamespace(type, dict, wantsDict: wantsDict, wantsWeakref: wantsWeakref)
        type.pointee.tp_mro = try resolveMRO(type).object
        for i in 0..<Tuple.count(bases) {
            TypeSetup.inheritSlots(type, from: Tuple.item(bases, Tuple.count(bases) - 1 - i).object.layout(PyTypeObject.self))
        }
        TypeSetup.inheritSlots(type, from: base)
        // CPython's rule: instances are collected containers when the base's are or the
        // class adds slots of its own.
        if TypeObject.hasFlag(base, UInt(Py_TPFLAGS_HAVE_GC)) || basicSize > base.pointee.tp_basicsize {
            type.pointee.tp_flags |= UInt(Py_TPFLAGS_HAVE_GC)
        }
        SlotFunctions.fixUp(type)
        type.pointee.tp_flags |= UInt(Py_TPFLAGS_READY)
        for i in 0..<Tuple.count(bases) { try Subclasses.add(type, to: Tuple.item(bases, i).object.layout(PyTypeObject.self)) }
        try callSetName(type)
        try initSubclass(type, keywords: keywords)
        return Value(type)
    }

    /// `__name__` and the C name (`tp_name`) it backs.
    static func setName(_ type: TypePointer, _ name: Value) {
        let ht = heap(type)
        ht.pointee.ht_name = name.object
        var utf8 = Array(Str.swiftString(name).utf8)
        utf8.append(0)
        let nameBytes = Bytes.make(utf8)
        ht.pointee.ht_tpname_bytes = nameBytes.object
        type.pointee.tp_name = UnsafePointer(Bytes.data(nameBytes).assumingMemoryBound(to: CChar.self))
    }

    /// The MRO: C3, or what a metaclass's own `mro()` returns.
    static func resolveMRO(_ type: TypePointer) throws(PyException) -> Value {
        let metatype = Value(type).type
        if metatype != Krait_type_type, let custom = TypeObject.lookup(metatype, Interned.literal("mro")),
           custom != TypeObject.lookup(Krait_type_type, Interned.literal("mro")) {
            TypeVersions.markUncacheable(type)
            let result = try SlotFunctions.callUnbound(custom, Value(type), [])
            let mro = try Protocols.call(Value(Krait_tuple_type), result)
            for i in 0..<Tuple.count(mro) where !Protocols.isType(Tuple.item(mro, i)) {
                throw PyException.typeError("mro() returned a non-class ('\(TypeObject.name(Tuple.item(mro, i).type))')")
            }
            return mro
        }
        return try TypeObject.computeMRO(type)
    }

    /// `cls.__bases__ = bases`: same instance layout, a consistent MRO, then the
    /// subclass lists and slots follow the new bases.
    static func setBases(_ type: TypePointer, _ bases: Value) throws(PyException) {
        let name = TypeObject.name(type)
        guard bases.isExactly(Krait_tuple_type) else {
            throw PyException.typeError("can only assign tuple to \(name).__bases__, not \(TypeObject.name(bases.type))")
        }
        guard Tuple.count(bases) > 0 else { throw PyException.typeError("can only assign non-empty tuple to \(name).__bases__, not ()") }
        for i in 0..<Tuple.count(bases) {
            let item = Tuple.item(bases, i)
            guard Protocols.isType(item) else {
                throw PyException.typeError("\(name).__bases__ must be tuple of classes, not '\(TypeObject.name(item.type))'")
            }
            // A custom mro() may reenter here before the MROs are updated, but after
            // `tp_base` was: a cycle through that chain must be refused too.
            let base = item.object.layout(PyTypeObject.self)
            if TypeObject.isSubtype(base, of: type) || (base.pointee.tp_mro != nil && baseChain(of: base, reaches: type)) {
                throw PyException.typeError("a __bases__ item causes an inheritance cycle")
            }
        }
        let newBase = try bestBase(bases)
        guard solidBase(newBase) == solidBase(type.pointee.tp_base!) else {
            throw PyException.typeError("__bases__ assignment: '\(TypeObject.name(newBase))' object layout differs from '\(TypeObject.name(type.pointee.tp_base!))'")
        }
        let oldBases = Value(type.pointee.tp_bases!), oldBase = type.pointee.tp_base, oldMRO = type.pointee.tp_mro
        TypeVersions.modified(type)
        type.pointee.tp_bases = bases.object
        type.pointee.tp_base = newBase
        // A custom mro() may assign `__bases__` again (reentrance, as CPython's
        // `type_set_bases` and `mro_internal` allow): the innermost assignment's
        // bases and MRO stand, and only the assignment still in place updates the
        // subclass lists or restores the old bases after an error.
        let saved = List.new()
        do {
            let mro = try resolveMRO(type)
            if type.pointee.tp_mro == oldMRO { type.pointee.tp_mro = mro.object }
            try updateSubclassMROs(type, saved)
        } catch {
            for i in stride(from: List.count(saved) - 1, through: 0, by: -1) {
                let entry = List.item(saved, i), old = Tuple.item(entry, 1)
                let subclass = Tuple.item(entry, 0).object.layout(PyTypeObject.self)
                subclass.pointee.tp_mro = old == .none ? nil : old.object
                TypeVersions.modified(subclass)
            }
            if type.pointee.tp_bases == bases.object {
                type.pointee.tp_bases = oldBases.object
                type.pointee.tp_base = oldBase
                type.pointee.tp_mro = oldMRO
            }
            throw error
        }
        guard type.pointee.tp_bases == bases.object else { return }
        for i in 0..<Tuple.count(oldBases) { try Subclasses.remove(type, from: Tuple.item(oldBases, i).object.layout(PyTypeObject.self)) }
        for i in 0..<Tuple.count(bases) { try Subclasses.add(type, to: Tuple.item(bases, i).object.layout(PyTypeObject.self)) }
        SlotFunctions.fixUp(type)
    }

    /// The `__class__` cell the class body passed as `__classcell__` holds the class
    /// from here on, so `__set_name__` and `__init_subclass__` may use `super()`
    /// (CPython's `type_new_set_classcell`); the name leaves the class dict.
    static func setClassCell(_ type: TypePointer, _ dict: Value) throws(PyException) {
        let key = Interned.literal("__classcell__")
        guard let cell = Dict.getItem(dict, string: key) else { return }
        guard cell.isExactly(Krait_cell_type) else {
            throw PyException.typeError("__classcell__ must be a nonlocal cell, not \(try Protocols.reprText(Value(cell.type)))")
        }
        cell.layout(PyCellObject.self).pointee.ob_ref = Value(type)
        _ = try Dict.removeItem(dict, key, hash: Str.hash(key))
    }

    /// Whether `type`'s `tp_base` chain reaches `target` (CPython's `type_is_subtype_base_chain`).
    static func baseChain(of type: TypePointer, reaches target: TypePointer) -> Bool {
        var current: TypePointer? = type
        while let t = current {
            if t == target { return true }
            current = t.pointee.tp_base
        }
        return target == Krait_object_type
    }

    /// Recomputes the MRO of every class below `type`, depth first (CPython's
    /// `mro_hierarchy`), noting each old MRO in `saved` so a failure can restore them.
    static func updateSubclassMROs(_ type: TypePointer, _ saved: Value) throws(PyException) {
        let subclasses = Subclasses.list(type)
        for i in 0..<List.count(subclasses) {
            let subclass = List.item(subclasses, i).object.layout(PyTypeObject.self)
            let old = subclass.pointee.tp_mro
            List.append(saved, Tuple.make([Value(subclass), old.map { Value($0) } ?? .none]))
            let mro = try resolveMRO(subclass)
            if subclass.pointee.tp_mro == old { subclass.pointee.tp_mro = mro.object }
            TypeVersions.modified(subclass)
            SlotFunctions.fixUp(subclass)
            try updateSubclassMROs(subclass, saved)
        }
    }

    /// A private name (`__x`) as the class's code sees it (`_Class__x`).
    static func mangle(_ name: String, in className: String) -> String {
        guard name.hasPrefix("__"), !name.hasSuffix("__") else { return name }
        let stripped = className.drop(while: { $0 == "_" })
        return stripped.isEmpty ? name : "_\(stripped)\(name)"
    }

    /// Fills in what CPython's `type_new` adds to the namespace: `__module__`,
    /// `__qualname__` (moved to the type), `__doc__`, implicit static/class methods,
    /// `__dict__`/`__weakref__` descriptors, and `__hash__ = None` next to a new `__eq__`.
    static func prepareNamespace(_ type: TypePointer, _ dict: Value, wantsDict: Bool, wantsWeakref: Bool) throws(PyException) {
        let ht = heap(type)
        let moduleKey = Interned.literal("__module__")
        if Dict.getItem(dict, string: moduleKey) == nil, let globals = RuntimeHooks.currentGlobals?(),
           let name = try Dict.getItem(globals, Interned.literal("__name__")) {
            try Dict.setItem(dict, moduleKey, name)
        }
        let qualnameKey = Interned.literal("__qualname__")
        if let qualname = Dict.getItem(dict, string: qualnameKey) {
            guard qualname.isExactly(Krait_str_type) else {
                throw PyException.typeError("type __qualname__ must be a str, not \(TypeObject.name(qualname.type))")
            }
            ht.pointee.ht_qualname = qualname.object
            _ = try Dict.removeItem(dict, qualnameKey, hash: Str.hash(qualnameKey))
        }
        for name in ["__init_subclass__", "__class_getitem__"] {
            let key = Interned.get(name)
            if let f = Dict.getItem(dict, string: key), RuntimeHooks.isPythonFunction(f) {
                try Dict.setItem(dict, key, try Protocols.call(Value(Krait_classmethod_type), f))
            }
        }
        let newKey = Interned.literal("__new__")
        if let f = Dict.getItem(dict, string: newKey), RuntimeHooks.isPythonFunction(f) {
            try Dict.setItem(dict, newKey, try Protocols.call(Value(Krait_staticmethod_type), f))
        }
        // Members, then the `__dict__` and `__weakref__` descriptors, as CPython's
        // `type_ready` adds them; a repeated slot name keeps its first member.
        if let members = type.pointee.tp_members {
            for i in 0..<ht.pointee.ht_member_count {
                let member = members + i
                let key = Interned.get(String(cString: member.pointee.name))
                if Dict.getItem(dict, string: key) == nil { try Dict.setItem(dict, key, MemberDescriptors.makeMember(type, member)) }
            }
        }
        // A class body's own `__dict__` or `__weakref__` (a property, say) stays.
        let dictKey = Interned.literal("__dict__"), weakrefKey = Interned.literal("__weakref__")
        if wantsDict && Dict.getItem(dict, string: dictKey) == nil {
            try Dict.setItem(dict, dictKey, MemberDescriptors.makeGetSet(type, SlotFunctions.dictGetSet))
        }
        if wantsWeakref && Dict.getItem(dict, string: weakrefKey) == nil {
            try Dict.setItem(dict, weakrefKey, MemberDescriptors.makeGetSet(type, SlotFunctions.weakrefGetSet))
        }
        let docKey = Interned.literal("__doc__")
        if Dict.getItem(dict, string: docKey) == nil { try Dict.setItem(dict, docKey, .none) }
        let hashKey = Interned.literal("__hash__")
        if Dict.getItem(dict, string: Interned.literal("__eq__")) != nil && Dict.getItem(dict, string: hashKey) == nil {
            try Dict.setItem(dict, hashKey, .none)
        }
    }

    /// `value.__set_name__(owner, name)` for each namespace value that has one, over a
    /// copy of the class dict (the calls may change it). An error is wrapped in a
    /// RuntimeError naming the value, the name and the class, as CPython 3.11 does.
    static func callSetName(_ type: TypePointer) throws(PyException) {
        let dict = try DictType.copy(Value(type.pointee.tp_dict!))
        var position = 0
        let setName = Interned.literal("__set_name__")
        while let (key, value, next) = Dict.next(dict, from: position) {
            position = next
            guard let method = TypeObject.lookup(value.type, setName) else { continue }
            do {
                _ = try SlotFunctions.callUnbound(method, value, [Value(type), key])
            } catch {
                let message = "Error calling __set_name__ on '\(TypeObject.name(value.type))' instance \(try Protocols.reprText(key)) in '\(TypeObject.name(type))'"
                throw PyException.fromCause(error, Krait_exc_RuntimeError, message)
            }
        }
    }

    /// `super(type, type).__init_subclass__(**keywords)`.
    static func initSubclass(_ type: TypePointer, keywords: Value?) throws(PyException) {
        let mro = Value(type.pointee.tp_mro!)
        // A custom mro() may leave the class out of its own MRO; CPython's super()
        // then refuses the type as its own subtype.
        guard let start = (0..<Tuple.count(mro)).first(where: { Tuple.item(mro, $0) == Value(type) }) else {
            throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type")
        }
        let key = Interned.literal("__init_subclass__")
        for i in (start + 1)..<Tuple.count(mro) {
            let base = Tuple.item(mro, i).object.layout(PyTypeObject.self)
            guard let dict = base.pointee.tp_dict, let f = Dict.getItem(Value(dict), string: key) else { continue }
            var bound = f
            if let get = f.type.pointee.tp_descr_get {
                bound = try CBoundary.check(get(Boxing.object(f), nil, type.asObject))
            }
            if let keywords, Dict.count(keywords) > 0 {
                _ = try Protocols.callWithKeywords(bound, [], keywords)
            } else {
                _ = try Protocols.call(bound)
            }
            return
        }
    }
}
