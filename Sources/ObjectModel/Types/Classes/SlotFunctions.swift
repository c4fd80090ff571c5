import GC
import ObjectLayout

/// The slot functions of classes defined in Python: each looks up the dunder method on
/// the instance's type and calls it (CPython's `slot_*` functions), so the interpreter,
/// the C API and builtins reach Python-defined behaviour through the same slots.
public enum SlotFunctions {
    // MARK: Calling dunders

    /// `name` looked up on the type of `v` (not the instance), as special methods are.
    @inline(__always)
    public static func lookupSpecial(_ v: Value, _ name: StaticString) -> Value? {
        TypeObject.lookup(v.type, Interned.literal(name))
    }

    /// Calls `method` (found on a type) for `instance` with `args`: functions are called
    /// with the instance first; other descriptors are bound first.
    public static func callUnbound(_ method: Value, _ instance: Value, _ args: [Value]) throws(PyException) -> Value {
        if RuntimeHooks.isPythonFunction(method) || method.isExactly(Krait_methodDescriptor_type) || method.isExactly(Krait_wrapperDescriptor_type) {
            return try Protocols.callArray(method, [instance] + args)
        }
        var bound = method
        if let get = method.type.pointee.tp_descr_get {
            bound = try CBoundary.check(get(Boxing.object(method), Boxing.object(instance), instance.type.asObject))
        }
        return try Protocols.callArray(bound, args)
    }

    /// Calls the special method `name` of `v`, or returns nil when its type has none.
    public static func callSpecial(_ v: Value, _ name: StaticString, _ args: [Value]) throws(PyException) -> Value? {
        guard let method = lookupSpecial(v, name) else { return nil }
        return try callUnbound(method, v, args)
    }

    /// What `__len__` returned, as a size (`slot_sq_length`): a negative int is a
    /// ValueError before a too-big one is an OverflowError.
    static func lengthResult(_ result: Value) throws(PyException) -> Int {
        let n = try Protocols.indexValue(result)
        if IntObject.sign(n) < 0 { throw PyException.valueError("__len__() should return >= 0") }
        return try Protocols.index(n, overflow: Krait_exc_OverflowError)
    }

    static func require(_ v: Value, _ name: StaticString, _ args: [Value]) throws(PyException) -> Value {
        guard let result = try callSpecial(v, name, args) else {
            throw PyException.attributeError(name.description)
        }
        return result
    }

    // MARK: Fixing up slots

    /// After a dunder of a class is set or deleted: the class's slots and those of all
    /// its subclasses, bases first, are recomputed (CPython's `update_slot`), so a
    /// deleted dunder empties the slots it filled.
    static func update(_ type: TypePointer) {
        fixUp(type, resetting: true)
        let subclasses = Subclasses.list(type)
        for i in 0..<List.count(subclasses) { update(List.item(subclasses, i).object.layout(PyTypeObject.self)) }
    }

    /// The slot definitions by the slot they fill, with their interned dunder names and
    /// the slot's generic function: computed once, as every class creation needs them.
    private static let slotGroups: [(definitions: [SlotDefinition], names: [Value], generic: UnsafeRawPointer)] = {
        var byLocation: [Int: [SlotDefinition]] = [:]
        for definition in SlotDefinitions.all { byLocation[definition.locationKey, default: []].append(definition) }
        return byLocation.keys.sorted().compactMap { key in
            let definitions = byLocation[key]!
            guard let generic = genericFunction(for: definitions[0]) else { return nil }
            return (definitions, definitions.map { Interned.get($0.name) }, generic)
        }
    }()

    /// Points each slot of a new class at the generic function when its dunder is
    /// defined in Python somewhere on the MRO, keeps a builtin slot when the dunder is
    /// that builtin's own wrapper, and honours `__hash__ = None`. When `resetting`, a
    /// slot none of whose dunders is on the MRO any more goes back to the base's.
    static func fixUp(_ type: TypePointer, resetting: Bool = false) {
        let slotGroups = SlotFunctions.slotGroups
        // The collector must hear when a class that may have instances gains a finalizer.
        let hadFinalizer = type.pointee.tp_finalize != nil
        defer { if !hadFinalizer && type.pointee.tp_finalize != nil { Heap.shared.finalizerAdded() } }
        for group in slotGroups {
            let definitions = group.definitions, generic = group.generic
            var found = false
            var native: UnsafeRawPointer?
            var allNative = true
            for (definition, name) in zip(definitions, group.names) {
                guard let descriptor = TypeObject.lookup(type, name) else { continue }
                found = true
                if descriptor.isExactly(Krait_wrapperDescriptor_type) {
                    let d = descriptor.layout(KraitWrapperDescrObject.self)
                    let wrapped = UnsafeRawPointer(d.pointee.d_wrapped)
                    // Only a wrapper of a base's slot may stand in for it (bpo-37619): a
                    // foreign one goes through the generic slot, whose call checks self.
                    if SlotDefinitions.all[d.pointee.d_slot].locationKey == definition.locationKey && (native == nil || native == wrapped),
                       let owner = d.pointee.d_type, TypeObject.isSubtype(type, of: owner) {
                        native = wrapped
                        continue
                    }
                }
                if definition.kind.isHash && descriptor == .none {
                    native = UnsafeRawPointer(bitPattern: unsafeBitCast(Hashing.notImplemented, to: UInt.self))
                    continue
                }
                allNative = false
            }
            guard found else {
                if resetting, let base = type.pointee.tp_base { definitions[0].store(definitions[0].function(in: base), in: type) }
                continue
            }
            definitions[0].store(allNative ? native : generic, in: type)
        }
        TypeNew.fixUpNew(type)
        // `__getattr__` has no slot wrapper of its own (CPython's slotdefs list it without
        // one); defining it routes attribute lookup through the generic hook.
        if TypeObject.lookup(type, Interned.literal("__getattr__")) != nil {
            type.pointee.tp_getattro = getAttribute
        }
        let pythonCall = type.pointee.tp_call != nil
            && TypeObject.lookup(type, Interned.literal("__call__")).map({ !$0.isExactly(Krait_wrapperDescriptor_type) }) == true
        if !pythonCall && resetting { type.pointee.kr_call = type.pointee.tp_base?.pointee.kr_call }
        if pythonCall {
            type.pointee.kr_call = { callable, a, n, k in
                // CPython reaches `slot_tp_call` through `_PyObject_Call`, which counts
                // the recursion: `__call__` may be an instance of the same class.
                CBoundary.value { () throws(PyException) in
                    try Recursion.guarded(" while calling a Python object") { () throws(PyException) in
                        guard let method = SlotFunctions.lookupSpecial(callable, "__call__") else {
                            throw PyException.typeError("'\(TypeObject.name(callable.type))' object is not callable")
                        }
                        return try SlotFunctions.callUnbound(method, callable, Array(UnsafeBufferPointer(start: a, count: n)),
                                                              keywordNames: k, keywordValues: a.map { $0 + n })
                    }
                }
            }
        }
    }

    /// Calls with keyword arguments given vectorcall-style.
    static func callUnbound(_ method: Value, _ instance: Value, _ args: [Value], keywordNames: Value,
                            keywordValues: UnsafePointer<Value>?) throws(PyException) -> Value {
        guard !keywordNames.isEmpty, Tuple.count(keywordNames) > 0 else { return try callUnbound(method, instance, args) }
        var all = [instance] + args
        for i in 0..<Tuple.count(keywordNames) { all.append(keywordValues![i]) }
        let bound: Value
        var positional = args.count + 1
        if RuntimeHooks.isPythonFunction(method) || method.isExactly(Krait_methodDescriptor_type) {
            bound = method
        } else {
            var b = method
            if let get = method.type.pointee.tp_descr_get {
                b = try CBoundary.check(get(Boxing.object(method), Boxing.object(instance), instance.type.asObject))
            }
            bound = b
            all.removeFirst()
            positional -= 1
        }
        return try all.withUnsafeBufferPointer { buffer throws(PyException) in
            try Protocols.call(bound, Arguments(buffer.baseAddress, positional, keywordNames))
        }
    }

    // MARK: Tracing instances

    /// Instances of Python classes: the base layout's references, the words the class
    /// added (`__slots__` members, `__dict__`), and the class itself.
    static let traverseInstance: traverseproc = { object, visit, arg in
        let type = object!.pointee.ob_type!
        _ = visit!(type.asObject, arg)
        var base = type
        while HeapType.isHeapType(base), let next = base.pointee.tp_base { base = next }
        if let traverse = base.pointee.tp_traverse { _ = traverse(object, visit, arg) }
        if type.pointee.tp_dictoffset < 0 {
            // A var-sized base: the class added only the dict, which follows the items.
            Trace.visit(Attributes.dictSlot(object!)!.pointee, visit, arg)
            return 0
        }
        let start = base.pointee.tp_basicsize, end = type.pointee.tp_basicsize
        let words = UnsafeMutableRawPointer(object!)
        // The weak reference list is not traced: weak references are weak.
        let weaklist = type.pointee.tp_weaklistoffset
        var offset = start
        while offset < end {
            if offset != weaklist { Trace.visit(words.load(fromByteOffset: offset, as: Value.self), visit, arg) }
            offset += 8
        }
        return 0
    }

    // MARK: __dict__ and __weakref__

    /// The nearest builtin type `o`'s class derives from.
    static func builtinBase(_ o: ObjectPointer) -> TypePointer {
        var base = o.pointee.ob_type!
        while TypeObject.hasFlag(base, UInt(Py_TPFLAGS_HEAPTYPE)), let next = base.pointee.tp_base { base = next }
        return base
    }

    /// The `__dict__` descriptor of the builtin base when it keeps a dict of its own
    /// with its own rules (a class's namespace, a module's), which a class's `__dict__`
    /// descriptor defers to (CPython's `get_builtin_base_with_dict`).
    static func builtinDictDescriptor(_ o: ObjectPointer) -> Value? {
        let base = builtinBase(o)
        guard base.pointee.tp_dictoffset != 0, let own = TypeObject.lookup(base, Interned.literal("__dict__")),
              own.isExactly(Krait_getsetDescriptor_type),
              let getset = own.layout(PyGetSetDescrObject.self).pointee.d_getset,
              unsafeBitCast(getset.pointee.get, to: UInt.self) != unsafeBitCast(dictGetSet.pointee.get, to: UInt.self) else { return nil }
        return own
    }

    public static let dictGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__dict__", doc: "dictionary for instance variables", get: { o, _ in
            CBoundary.object { () throws(PyException) in
                if let own = SlotFunctions.builtinDictDescriptor(o!), let get = own.type.pointee.tp_descr_get {
                    return try CBoundary.check(get(Boxing.object(own), o, Boxing.object(Value(o!.pointee.ob_type!))))
                }
                guard let dict = Attributes.instanceDict(Value(o!), create: true) else {
                    throw PyException.attributeError("This object has no __dict__")
                }
                return dict
            }
        }, set: { o, value, _ in
            CBoundary.status { () throws(PyException) in
                // A dict that a class added may be replaced or go (CPython's
                // `subtype_setdict`); a builtin base's own follows that base's rules.
                if let own = SlotFunctions.builtinDictDescriptor(o!) {
                    guard let set = own.type.pointee.tp_descr_set else {
                        throw PyException.attributeError("attribute '__dict__' of '\(TypeObject.name(SlotFunctions.builtinBase(o!)))' objects is not writable")
                    }
                    try CBoundary.check(status: set(Boxing.object(own), o, value))
                    return
                }
                guard let value else {
                    guard SlotFunctions.builtinBase(o!).pointee.tp_dictoffset == 0 else { throw PyException.typeError("cannot delete __dict__") }
                    Attributes.dictSlot(o!)!.pointee = .empty
                    return
                }
                guard TypeObject.hasFlag(Value(value).type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
                    throw PyException.typeError("__dict__ must be set to a dictionary, not a '\(TypeObject.name(Value(value).type))'")
                }
                Attributes.dictSlot(o!)!.pointee = Value(value)
            }
        }),
    ])

    static let weakrefGetSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__weakref__", doc: "list of weak references to the object", get: { o, _ in
            let offset = o!.pointee.ob_type.pointee.tp_weaklistoffset
            let v = (UnsafeMutableRawPointer(o!) + offset).load(as: Value.self)
            return v.isEmpty ? Krait_None : Boxing.object(v)
        }),
    ])
}

extension SlotDefinition {
    /// Slots that share storage (`__setattr__`/`__delattr__` both use tp_setattro).
    var locationKey: Int {
        switch table {
        case .type: return offset
        case .async: return 10_000 + offset
        case .number: return 20_000 + offset
        case .sequence: return 30_000 + offset
        case .mapping: return 40_000 + offset
        }
    }

    /// Writes a function pointer into the slot of `type`'s own tables.
    func store(_ function: UnsafeRawPointer?, in type: TypePointer) {
        let base: UnsafeMutableRawPointer?
        switch table {
        case .type: base = UnsafeMutableRawPointer(type)
        case .async: base = type.pointee.tp_as_async.map { UnsafeMutableRawPointer($0) }
        case .number: base = type.pointee.tp_as_number.map { UnsafeMutableRawPointer($0) }
        case .sequence: base = type.pointee.tp_as_sequence.map { UnsafeMutableRawPointer($0) }
        case .mapping: base = type.pointee.tp_as_mapping.map { UnsafeMutableRawPointer($0) }
        }
        base?.storeBytes(of: function, toByteOffset: offset, as: UnsafeRawPointer?.self)
    }
}
