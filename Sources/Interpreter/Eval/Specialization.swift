import Compiler
import ObjectLayout
import ObjectModel

/// PEP 659 quickening: a generic attribute or global instruction that has run looks at
/// what it worked on and rewrites itself into a specialised form whose inline cache
/// (`Opcode.attributeCacheWords` words after it) holds what the form's guard checks and
/// what it loads. A form whose guard fails turns back into the generic instruction,
/// which waits `backoff` runs before it tries again. Specialising only reads (no Python
/// code runs), so any instruction boundary stays a place to resume.
///
/// Cache words: 0 a type's version tag or a dict's keys version; 1 an entry hint, a slot
/// offset, a second keys version, or the generic form's countdown; 2–3 a borrowed object
/// (valid while the version in word 0 holds) or an entry index. Instance attribute forms
/// keep up to two more type tags in 2 and 3, method forms one more in 1: a method of a
/// base class sees instances of several subclasses, which share the attribute's entry.
enum Specialization {
    static let backoff: UInt32 = 52

    typealias Cache = UnsafeMutablePointer<UInt32>

    @inline(__always)
    static func object(_ cache: Cache) -> Value { Value(bits: UInt64(cache[2]) | UInt64(cache[3]) << 32) }

    static func rewrite(_ instruction: Cache, _ op: Opcode) {
        instruction.pointee = (instruction.pointee & ~0xFF) | UInt32(op.rawValue)
    }

    static func store(_ cache: Cache, version: UInt32, index: UInt32, object: Value = .empty) {
        cache[0] = version
        cache[1] = index
        cache[2] = UInt32(truncatingIfNeeded: object.bits)
        cache[3] = UInt32(truncatingIfNeeded: object.bits >> 32)
    }

    /// A specialised form's guard failed: back to the generic instruction for a while.
    @inline(never)
    static func deoptimize(_ instruction: Cache, _ generic: Opcode) {
        rewrite(instruction, generic)
        instruction[2] = backoff
    }

    /// Whether the generic instruction should try to specialise now (counting down).
    @inline(__always)
    static func due(_ cache: Cache) -> Bool {
        if cache[1] == 0 { return true }
        cache[1] -= 1
        return false
    }

    @inline(__always)
    static func hasGenericGetAttribute(_ type: TypePointer) -> Bool {
        unsafeBitCast(type.pointee.tp_getattro, to: UInt.self) == unsafeBitCast(Krait_object_type.pointee.tp_getattro, to: UInt.self)
    }

    @inline(__always)
    static func hasGenericSetAttribute(_ type: TypePointer) -> Bool {
        unsafeBitCast(type.pointee.tp_setattro, to: UInt.self) == unsafeBitCast(Krait_object_type.pointee.tp_setattro, to: UInt.self)
    }

    /// The offset of a `__slots__` member that `descriptor` is, if it is one.
    static func slotOffset(_ descriptor: Value) -> UInt32? {
        guard descriptor.isExactly(Krait_memberDescriptor_type) else { return nil }
        let d = descriptor.layout(PyMemberDescrObject.self).pointee
        let member = d.d_member!
        guard member.pointee.type == Int32(T_KRAIT_VALUE_EX), member.pointee.flags & Int32(READONLY) == 0 else { return nil }
        // A str subclass's members sit past the code points, at no fixed offset.
        if let owner = d.d_type, TypeObject.hasFlag(owner, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) { return nil }
        return UInt32(member.pointee.offset)
    }

    /// The entry of `name` in the instance dict of `owner`, if it holds that very key.
    static func instanceHint(_ owner: Value, _ type: TypePointer, _ name: Value) -> UInt32? {
        guard type.pointee.tp_dictoffset > 0 else { return nil }
        let dict = krait_instance_dict(owner, type.pointee.tp_dictoffset)
        guard !dict.isEmpty, let ix = Dict.entryIndex(dict, string: name), ix < Int(UInt16.max),
              krait_dict_hinted_value(dict, UInt32(ix), name) != nil else { return nil }
        return UInt32(ix)
    }

    /// The entry of `name` in the keys the instances of `type` share, when `owner`'s
    /// dict is missing or split over them: a store there is a write to its values.
    static func sharedIndex(_ owner: Value, _ type: TypePointer, _ name: Value) -> UInt32? {
        guard type.pointee.tp_dictoffset > 0, let keys = type.pointee.kr_shared_keys,
              let ix = Dict.entryIndex(keysOf: keys, string: name) else { return nil }
        let dict = krait_instance_dict(owner, type.pointee.tp_dictoffset)
        guard dict.isEmpty || krait_dict_shares_keys(dict, keys) != 0 else { return nil }
        return UInt32(ix)
    }

    /// Whether `owner`'s instance dict (if it has one) lacks `name`, and the keys the
    /// instances of its type share lack it too: a form that relies on this guards on
    /// the type's tag, which changes when a key joins the shared keys, and then checks
    /// it with `lacksUnderTag`.
    static func instanceLacks(_ owner: Value, _ type: TypePointer, _ name: Value) -> Bool {
        if let keys = type.pointee.kr_shared_keys, Dict.entryIndex(keysOf: keys, string: name) != nil { return false }
        let offset = type.pointee.tp_dictoffset
        if offset == 0 { return true }
        // A negative offset counts from the end of a var-sized object (str, int and
        // tuple subclasses); the general lookup finds that dict.
        let dict = offset > 0 ? krait_instance_dict(owner, offset) : Attributes.instanceDict(owner, create: false) ?? .empty
        return dict.isEmpty || Dict.getItem(dict, string: name) == nil
    }

    /// `instanceLacks` while the tag it was checked under holds: an instance dict split
    /// over the type's shared keys lacks the name without a probe.
    @inline(__always)
    static func lacksUnderTag(_ owner: Value, _ type: TypePointer, _ name: Value) -> Bool {
        let offset = type.pointee.tp_dictoffset
        if offset == 0 { return true }
        if offset > 0 {
            let dict = krait_instance_dict(owner, offset)
            return dict.isEmpty || krait_dict_shares_keys(dict, type.pointee.kr_shared_keys) != 0
                || Dict.getItem(dict, string: name) == nil
        }
        return instanceLacks(owner, type, name)
    }

    /// The entry of `name` in a module's (or globals) dict, with the keys version.
    static func versionedEntry(_ dict: Value, _ name: Value) -> (version: UInt32, index: UInt32)? {
        guard dict.isExactly(Krait_dict_type), let ix = Dict.entryIndex(dict, string: name) else { return nil }
        let version = Dict.keysVersion(dict)
        guard version != 0 else { return nil }
        return (version, UInt32(ix))
    }

    // MARK: Attribute loads

    static func loadAttr(_ owner: Value, _ name: Value, _ instruction: Cache) {
        let cache = instruction + 1
        if specializeModuleOrClass(owner, name, instruction, module: .loadAttrModule, class: .loadAttrClass) { return }
        if let (version, attribute) = instanceAttribute(owner, name, storing: false) {
            switch attribute {
            case .slot(let offset):
                store(cache, version: version, index: offset)
                rewrite(instruction, .loadAttrSlot)
            case .entry(let hint), .shared(let hint):
                store(cache, version: version, index: hint)
                rewrite(instruction, .loadAttrInstance)
            case .classValue(let value):
                store(cache, version: version, index: 0, object: value)
                rewrite(instruction, .loadAttrClassValue)
            }
            return
        }
        cache[1] = backoff
    }

    /// Where an attribute of an instance (of a class with the generic lookup) is: a
    /// `__slots__` member, an entry of the instance dict, (stores only) an entry of the
    /// keys its type's instances share, or (loads only) a plain class attribute no
    /// instance dict shadows.
    enum InstanceAttribute {
        case slot(UInt32), entry(UInt32), shared(UInt32), classValue(Value)
    }

    static func instanceAttribute(_ owner: Value, _ name: Value, storing: Bool) -> (UInt32, InstanceAttribute)? {
        guard owner.isObject else { return nil }
        let type = owner.type
        let version = TypeVersions.tag(type)
        guard version != 0, storing ? hasGenericSetAttribute(type) : hasGenericGetAttribute(type) else { return nil }
        let descriptor = TypeObject.lookup(type, name)
        if let descriptor, descriptor.type.pointee.tp_descr_set != nil {
            return slotOffset(descriptor).map { (version, .slot($0)) }
        }
        if storing, let ix = sharedIndex(owner, type, name) { return (version, .shared(ix)) }
        if let hint = instanceHint(owner, type, name) { return (version, .entry(hint)) }
        if !storing, let descriptor, descriptor.type.pointee.tp_descr_get == nil, instanceLacks(owner, type, name) {
            return (version, .classValue(descriptor))
        }
        return nil
    }

    /// The forms attribute and method loads share: an entry of a module's dict, or an
    /// attribute of a class needing no binding. True when `instruction` was rewritten.
    static func specializeModuleOrClass(_ owner: Value, _ name: Value, _ instruction: Cache,
                                        module: Opcode, class: Opcode) -> Bool {
        let cache = instruction + 1
        if owner.isExactly(Krait_module_type), let (version, index) = moduleEntry(owner, name) {
            store(cache, version: version, index: 0, object: Value(bits: UInt64(index)))
            rewrite(instruction, module)
            return true
        }
        if let (version, value) = classAttribute(owner, name) {
            store(cache, version: version, index: 0, object: value)
            rewrite(instruction, `class`)
            return true
        }
        return false
    }

    /// `module.name` found in the module's dict (and no data descriptor of module type).
    static func moduleEntry(_ module: Value, _ name: Value) -> (UInt32, UInt32)? {
        if let descriptor = TypeObject.lookup(Krait_module_type, name), descriptor.type.pointee.tp_descr_set != nil { return nil }
        return versionedEntry(module.layout(PyModuleObject.self).pointee.md_dict, name)
    }

    /// `Class.name` for a class whose metaclass is `type` itself, when the attribute
    /// needs no binding (a plain value or function); keyed by the class's own tag.
    static func classAttribute(_ owner: Value, _ name: Value) -> (UInt32, Value)? {
        guard owner.isObject, owner.type == Krait_type_type else { return nil }
        let cls = owner.object.layout(PyTypeObject.self)
        if let meta = TypeObject.lookup(Krait_type_type, name), meta.type.pointee.tp_descr_set != nil { return nil }
        let version = TypeVersions.tag(cls)
        guard version != 0, let value = TypeObject.lookup(cls, name) else { return nil }
        guard value.type.pointee.tp_descr_get == nil || value.isExactly(Krait_function_type) else { return nil }
        return (version, value)
    }

    /// One more type at an instance attribute site whose entry is at the same hint (of
    /// the instance dict, or with `shared` of the type's shared keys): true when
    /// `owner`'s type was added to the cache's tags.
    static func addInstanceType(_ owner: Value, _ name: Value, _ cache: Cache, storing: Bool, shared: Bool = false) -> Bool {
        guard owner.isObject else { return false }
        let type = owner.type
        let version = TypeVersions.tag(type)
        guard version != 0, cache[2] == 0 || cache[3] == 0,
              storing ? hasGenericSetAttribute(type) : hasGenericGetAttribute(type) else { return false }
        if let descriptor = TypeObject.lookup(type, name), descriptor.type.pointee.tp_descr_set != nil { return false }
        guard (shared ? sharedIndex(owner, type, name) : instanceHint(owner, type, name)) == cache[1] else { return false }
        if cache[2] == 0 { cache[2] = version } else { cache[3] = version }
        return true
    }

    /// For a type none of a site's tags stands for (a site that sees more classes
    /// than its cache holds): whether `name` on instances of `type` is read from or
    /// written to the instance dict first, as the generic lookup does, with no data
    /// descriptor in the way. The method cache makes the lookup cheap.
    static func instanceDictFirst(_ owner: Value, _ name: Value, storing: Bool) -> Bool {
        guard owner.isObject else { return false }
        let type = owner.type
        guard type.pointee.tp_dictoffset > 0, storing ? hasGenericSetAttribute(type) : hasGenericGetAttribute(type) else { return false }
        if let descriptor = TypeObject.lookup(type, name), descriptor.type.pointee.tp_descr_set != nil { return false }
        return true
    }

    /// For a type none of a method site's tags stands for: whether the lookup of
    /// `name` on `owner` finds the cached method.
    static func findsMethod(_ owner: Value, _ name: Value, _ cache: Cache) -> Bool {
        let type = owner.type
        return hasGenericGetAttribute(type) && TypeObject.lookup(type, name) == object(cache) && instanceLacks(owner, type, name)
    }

    /// One more type at a method site that finds the same method: true when added.
    static func addMethodType(_ owner: Value, _ name: Value, _ cache: Cache, withDict: Bool) -> Bool {
        let type = owner.type
        let version = TypeVersions.tag(type)
        guard version != 0, cache[1] == 0, hasGenericGetAttribute(type), (type.pointee.tp_dictoffset == 0) != withDict,
              TypeObject.lookup(type, name) == object(cache), instanceLacks(owner, type, name) else { return false }
        cache[1] = version
        return true
    }

    // MARK: Method loads

    static func loadMethod(_ owner: Value, _ name: Value, _ instruction: Cache) {
        let cache = instruction + 1
        if specializeModuleOrClass(owner, name, instruction, module: .loadMethodModule, class: .loadMethodClass) { return }
        let type = owner.type
        let version = TypeVersions.tag(type)
        if version != 0 && hasGenericGetAttribute(type), let method = TypeObject.lookup(type, name),
           method.isExactly(Krait_function_type) || method.isExactly(Krait_methodDescriptor_type),
           instanceLacks(owner, type, name) {
            store(cache, version: version, index: 0, object: method)
            rewrite(instruction, type.pointee.tp_dictoffset == 0 ? .loadMethodNoDict : .loadMethodWithDict)
            return
        }
        cache[1] = backoff
    }

    // MARK: Attribute stores

    static func storeAttr(_ owner: Value, _ name: Value, _ instruction: Cache) {
        let cache = instruction + 1
        switch instanceAttribute(owner, name, storing: true) {
        case let (version, .slot(offset))?:
            store(cache, version: version, index: offset)
            rewrite(instruction, .storeAttrSlot)
        case let (version, .shared(ix))?:
            store(cache, version: version, index: ix)
            rewrite(instruction, .storeAttrInstance)
        case let (version, .entry(hint))?:
            store(cache, version: version, index: hint)
            rewrite(instruction, .storeAttrWithHint)
        default:
            cache[1] = backoff
        }
    }

    // MARK: Global loads

    static func loadGlobal(_ globals: Value, _ builtins: Value, _ name: Value, _ instruction: Cache) {
        let cache = instruction + 1
        if let (version, index) = versionedEntry(globals, name) {
            store(cache, version: version, index: 0, object: Value(bits: UInt64(index)))
            rewrite(instruction, .loadGlobalModule)
            return
        }
        if globals.isExactly(Krait_dict_type), let (builtinsVersion, index) = versionedEntry(builtins, name) {
            let version = Dict.keysVersion(globals)
            if version != 0 {
                store(cache, version: version, index: builtinsVersion, object: Value(bits: UInt64(index)))
                rewrite(instruction, .loadGlobalBuiltin)
                return
            }
        }
        cache[1] = backoff
    }
}
