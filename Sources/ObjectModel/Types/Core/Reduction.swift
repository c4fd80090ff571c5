import ObjectLayout

/// `object.__reduce_ex__`, `__reduce__` and `__getstate__`: how `pickle` and `copy`
/// take apart an instance (CPython's `reduce_newobj` and `object_getstate`).
enum Reduction {
    /// A class that overrides `__reduce__` decides; otherwise the common reduction.
    static func reduceEx(_ v: Value, protocol: Int) throws(PyException) -> Value {
        let key = Interned.literal("__reduce__")
        if let override = TypeObject.lookup(v.type, key), override != Dict.getItem(Value(Krait_object_type.pointee.tp_dict!), string: key) {
            return try Protocols.call(try Protocols.getAttribute(v, "__reduce__"))
        }
        return try common(v, protocol: `protocol`)
    }

    static func common(_ v: Value, protocol: Int) throws(PyException) -> Value {
        guard let importModule = RuntimeHooks.importModule else { throw PyException.systemError("no import system") }
        let copyreg = try importModule("copyreg")
        if `protocol` < 2 {
            return try Protocols.call(try Protocols.getAttribute(copyreg, "_reduce_ex"), v, IntObject.make(`protocol`))
        }
        return try newObject(v, copyreg)
    }

    /// `(copyreg.__newobj__, (cls, *args), state, listitems, dictitems)`, or
    /// `__newobj_ex__` with `(cls, args, kwargs)` when `__getnewargs_ex__` gives keywords.
    static func newObject(_ v: Value, _ copyreg: Value) throws(PyException) -> Value {
        let type = v.type
        guard type.pointee.tp_new != nil else { throw PyException.typeError("cannot pickle '\(TypeObject.fullName(type))' object") }
        var args: Value?, kwargs: Value?
        if let method = try Protocols.lookupAttribute(v, Interned.literal("__getnewargs_ex__")) {
            let result = try Protocols.call(method)
            guard result.isExactly(Krait_tuple_type) || TypeObject.hasFlag(result.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else {
                throw PyException.typeError("__getnewargs_ex__ should return a tuple, not '\(TypeObject.name(result.type))'")
            }
            guard Tuple.count(result) == 2 else {
                throw PyException.valueError("__getnewargs_ex__ should return a tuple of length 2, not \(Tuple.count(result))")
            }
            let a = Tuple.item(result, 0), k = Tuple.item(result, 1)
            guard TypeObject.hasFlag(a.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else {
                throw PyException.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '\(TypeObject.name(a.type))'")
            }
            guard TypeObject.hasFlag(k.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
                throw PyException.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '\(TypeObject.name(k.type))'")
            }
            args = a
            kwargs = k
        } else if let method = try Protocols.lookupAttribute(v, Interned.literal("__getnewargs__")) {
            let a = try Protocols.call(method)
            guard TypeObject.hasFlag(a.type, UInt(Py_TPFLAGS_TUPLE_SUBCLASS)) else {
                throw PyException.typeError("__getnewargs__ should return a tuple, not '\(TypeObject.name(a.type))'")
            }
            args = a
        }
        let hasArgs = args != nil
        let positional = args ?? Tuple.make([])
        let creator: Value, creatorArgs: Value
        if let kwargs, Dict.count(kwargs) > 0 {
            creator = try Protocols.getAttribute(copyreg, "__newobj_ex__")
            creatorArgs = Tuple.make([Value(type), positional, kwargs])
        } else {
            creator = try Protocols.getAttribute(copyreg, "__newobj__")
            var items = [Value(type)]
            for i in 0..<Tuple.count(positional) { items.append(Tuple.item(positional, i)) }
            creatorArgs = Tuple.make(items)
        }
        let isList = TypeObject.hasFlag(type, UInt(Py_TPFLAGS_LIST_SUBCLASS))
        let isDict = TypeObject.hasFlag(type, UInt(Py_TPFLAGS_DICT_SUBCLASS))
        let state = try self.state(v, required: !(hasArgs || isList || isDict))
        let listItems = isList ? try Protocols.iterator(v) : .none
        let dictItems = isDict ? try Protocols.iterator(try Protocols.callMethod(v, "items")) : .none
        return Tuple.make([creator, creatorArgs, state, listItems, dictItems])
    }

    /// `obj.__getstate__()`, through the default when the class does not override it.
    static func state(_ v: Value, required: Bool) throws(PyException) -> Value {
        let key = Interned.literal("__getstate__")
        if let override = TypeObject.lookup(v.type, key), override != Dict.getItem(Value(Krait_object_type.pointee.tp_dict!), string: key) {
            return try Protocols.call(try Protocols.getAttribute(v, "__getstate__"))
        }
        return try defaultState(v, required: required)
    }

    /// The instance dict (None when empty), paired with a dict of the `__slots__` values
    /// that are set; an object whose layout holds more than that cannot be pickled.
    static func defaultState(_ v: Value, required: Bool) throws(PyException) -> Value {
        let type = v.type
        if required && type.pointee.tp_itemsize != 0 {
            throw PyException.typeError("cannot pickle '\(TypeObject.fullName(type))' object")
        }
        var state = Value.none
        if let dict = Attributes.instanceDict(v, create: false), Dict.count(dict) > 0 { state = try DictType.copy(dict) }
        let slotNames = try self.slotNames(type)
        if required {
            var expected = Krait_object_type.pointee.tp_basicsize
            if type.pointee.tp_dictoffset != 0 { expected += 8 }
            if type.pointee.tp_weaklistoffset != 0 { expected += 8 }
            expected += 8 * List.count(slotNames)
            if type.pointee.tp_basicsize > expected {
                throw PyException.typeError("cannot pickle '\(TypeObject.fullName(type))' object")
            }
        }
        if List.count(slotNames) > 0 {
            let slots = Dict.new()
            for i in 0..<List.count(slotNames) {
                let name = List.item(slotNames, i)
                if let value = try Protocols.lookupAttribute(v, name) { try Dict.setItem(slots, name, value) }
            }
            if Dict.count(slots) > 0 { state = Tuple.make(state, slots) }
        }
        return state
    }

    /// `copyreg._slotnames(cls)`: the `__slots__` names of the class and its bases
    /// (private names mangled, `__dict__` and `__weakref__` left out), cached in
    /// `cls.__slotnames__` as copyreg does.
    static func slotNames(_ type: TypePointer) throws(PyException) -> Value {
        let dict = Value(type.pointee.tp_dict!)
        let cacheKey = Interned.literal("__slotnames__")
        if let cached = try Dict.getItem(dict, cacheKey) {
            guard cached == .none || cached.isExactly(Krait_list_type) else {
                throw PyException.typeError("\(TypeObject.name(type)).__slotnames__ should be a list or None, not \(TypeObject.name(cached.type))")
            }
            return cached == .none ? List.new() : cached
        }
        let names = List.new()
        let mro = Value(type.pointee.tp_mro!)
        for i in 0..<Tuple.count(mro) {
            let base = Tuple.item(mro, i).object.layout(PyTypeObject.self)
            guard let slots = try Dict.getItem(Value(base.pointee.tp_dict!), Interned.literal("__slots__")) else { continue }
            let items = slots.isExactly(Krait_str_type) ? Tuple.make(slots) : slots
            let className = Str.swiftString(TypeAttributes.name(base))
            try Protocols.forEach(items) { item throws(PyException) in
                let name = Str.swiftString(item)
                if name == "__dict__" || name == "__weakref__" { return }
                let mangled = HeapType.mangle(name, in: className)
                List.append(names, mangled == name ? item : Str.make(mangled))
            }
        }
        if HeapType.isHeapType(type) { try Dict.setItem(dict, cacheKey, names) }
        return names
    }
}
