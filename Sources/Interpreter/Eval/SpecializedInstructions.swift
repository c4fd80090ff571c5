import Compiler
import ObjectLayout
import ObjectModel

/// The specialised instructions' bodies (see `Specialization`): a guard on the inline
/// cache, the load or store it allows, and otherwise a return to the generic form with
/// the generic operation. Separate functions keep the eval loop's own frame small in
/// unoptimised builds; optimised builds inline them.
extension Interpreter {
    typealias Cache = Specialization.Cache

    @inline(__always)
    static func loadGlobalModule(_ globals: Value, _ builtins: Value, _ name: Value, _ cache: Cache) throws(PyException) -> Value {
        let v = krait_dict_versioned_value(globals, cache[0], cache[2])
        if !v.isEmpty { return v }
        Specialization.deoptimize(cache - 1, .loadGlobal)
        return try loadGlobalSlowly(globals, builtins, name)
    }

    @inline(__always)
    static func loadGlobalBuiltin(_ globals: Value, _ builtins: Value, _ name: Value, _ cache: Cache) throws(PyException) -> Value {
        if globals.layout(PyDictObject.self).pointee.ma_keys.pointee.dk_version == cache[0] {
            let v = krait_dict_versioned_value(builtins, cache[1], cache[2])
            if !v.isEmpty { return v }
        }
        Specialization.deoptimize(cache - 1, .loadGlobal)
        return try loadGlobalSlowly(globals, builtins, name)
    }

    /// Whether the type's tag is one an instance attribute cache holds (word 0, 2 or 3).
    @inline(__always)
    static func instanceTypeMatches(_ type: TypePointer, _ cache: Cache) -> Bool {
        let tag = type.pointee.tp_version_tag
        return tag == cache[0] || (tag != 0 && (tag == cache[2] || tag == cache[3]))
    }

    @inline(__always)
    static func loadAttrInstance(_ owner: Value, _ name: Value, _ cache: Cache) throws(PyException) -> Value {
        let type = owner.type
        if instanceTypeMatches(type, cache) || Specialization.addInstanceType(owner, name, cache, storing: false)
            || Specialization.instanceDictFirst(owner, name, storing: false),
           let slot = krait_dict_hinted_value(krait_instance_dict(owner, type.pointee.tp_dictoffset), cache[1], name) {
            return slot.pointee
        }
        Specialization.deoptimize(cache - 1, .loadAttr)
        return try Protocols.getAttribute(owner, name)
    }

    @inline(__always)
    static func loadAttrSlot(_ owner: Value, _ name: Value, _ cache: Cache) throws(PyException) -> Value {
        if owner.type.pointee.tp_version_tag == cache[0] {
            let v = (UnsafeMutableRawPointer(owner.object) + Int(cache[1])).load(as: Value.self)
            if !v.isEmpty { return v }
        }
        Specialization.deoptimize(cache - 1, .loadAttr)
        return try Protocols.getAttribute(owner, name)
    }

    @inline(__always)
    static func loadAttrModule(_ owner: Value, _ name: Value, _ cache: Cache, generic: Opcode) throws(PyException) -> Value {
        if owner.isExactly(Krait_module_type) {
            let v = krait_dict_versioned_value(owner.layout(PyModuleObject.self).pointee.md_dict, cache[0], cache[2])
            if !v.isEmpty { return v }
        }
        Specialization.deoptimize(cache - 1, generic)
        return try Protocols.getAttribute(owner, name)
    }

    @inline(__always)
    static func loadAttrClass(_ owner: Value, _ name: Value, _ cache: Cache, generic: Opcode) throws(PyException) -> Value {
        if owner.isObject && owner.type == Krait_type_type && owner.layout(PyTypeObject.self).pointee.tp_version_tag == cache[0] {
            return Specialization.object(cache)
        }
        Specialization.deoptimize(cache - 1, generic)
        return try Protocols.getAttribute(owner, name)
    }

    @inline(__always)
    static func loadAttrClassValue(_ owner: Value, _ name: Value, _ cache: Cache) throws(PyException) -> Value {
        let type = owner.type
        if type.pointee.tp_version_tag == cache[0] && Specialization.lacksUnderTag(owner, type, name) {
            return Specialization.object(cache)
        }
        Specialization.deoptimize(cache - 1, .loadAttr)
        return try Protocols.getAttribute(owner, name)
    }

    /// A store into the values of a dict split over the type's shared keys (made if
    /// the instance has none yet), at the entry the cache holds.
    @inline(__always)
    static func storeAttrInstance(_ owner: Value, _ value: Value, _ name: Value, _ cache: Cache) throws(PyException) {
        let type = owner.type
        if instanceTypeMatches(type, cache) || Specialization.addInstanceType(owner, name, cache, storing: true, shared: true)
            || Specialization.instanceDictFirst(owner, name, storing: true) && Specialization.sharedIndex(owner, type, name) == cache[1] {
            let slot = (UnsafeMutableRawPointer(owner.object) + type.pointee.tp_dictoffset).assumingMemoryBound(to: Value.self)
            if SplitDict.store(slot, type, Int(cache[1]), value) { return }
        }
        Specialization.deoptimize(cache - 1, .storeAttr)
        try Protocols.setAttribute(owner, name, value)
    }

    @inline(__always)
    static func storeAttrWithHint(_ owner: Value, _ value: Value, _ name: Value, _ cache: Cache) throws(PyException) {
        let type = owner.type
        if instanceTypeMatches(type, cache) || Specialization.addInstanceType(owner, name, cache, storing: true)
            || Specialization.instanceDictFirst(owner, name, storing: true) {
            let dict = krait_instance_dict(owner, type.pointee.tp_dictoffset)
            if let slot = krait_dict_hinted_value(dict, cache[1], name) {
                slot.pointee = value
                dict.layout(PyDictObject.self).pointee.ma_version_tag &+= 1
                return
            }
        }
        Specialization.deoptimize(cache - 1, .storeAttr)
        try Protocols.setAttribute(owner, name, value)
    }

    @inline(__always)
    static func storeAttrSlot(_ owner: Value, _ value: Value, _ name: Value, _ cache: Cache) throws(PyException) {
        if owner.type.pointee.tp_version_tag == cache[0] {
            (UnsafeMutableRawPointer(owner.object) + Int(cache[1])).storeBytes(of: value, as: Value.self)
            return
        }
        Specialization.deoptimize(cache - 1, .storeAttr)
        try Protocols.setAttribute(owner, name, value)
    }

    /// LOAD_METHOD's generic form: owner -> (method, owner) or (empty, attribute).
    @inline(__always)
    static func loadMethodGenerically(_ sp: inout UnsafeMutablePointer<Value>, _ name: Value) throws(PyException) {
        let owner = sp[-1]
        if let method = methodFor(owner, name) {
            sp[-1] = method
            push(&sp, owner)
        } else {
            sp[-1] = .empty
            push(&sp, try Protocols.getAttribute(owner, name))
        }
    }

    @inline(__always)
    static func loadMethodNoDict(_ sp: inout UnsafeMutablePointer<Value>, _ name: Value, _ cache: Cache) throws(PyException) {
        let owner = sp[-1]
        let tag = owner.type.pointee.tp_version_tag
        if tag == cache[0] || (tag != 0 && tag == cache[1]) || Specialization.addMethodType(owner, name, cache, withDict: false)
            || Specialization.findsMethod(owner, name, cache) {
            sp[-1] = Specialization.object(cache)
            push(&sp, owner)
            return
        }
        Specialization.deoptimize(cache - 1, .loadMethod)
        try loadMethodGenerically(&sp, name)
    }

    @inline(__always)
    static func loadMethodWithDict(_ sp: inout UnsafeMutablePointer<Value>, _ name: Value, _ cache: Cache) throws(PyException) {
        let owner = sp[-1], type = owner.type
        let tag = type.pointee.tp_version_tag
        if ((tag == cache[0] || (tag != 0 && tag == cache[1])) && Specialization.lacksUnderTag(owner, type, name))
            || Specialization.addMethodType(owner, name, cache, withDict: true) || Specialization.findsMethod(owner, name, cache) {
            sp[-1] = Specialization.object(cache)
            push(&sp, owner)
            return
        }
        Specialization.deoptimize(cache - 1, .loadMethod)
        try loadMethodGenerically(&sp, name)
    }
}
