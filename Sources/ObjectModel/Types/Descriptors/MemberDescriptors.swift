import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// A getter/setter pair of a builtin type as Swift declares it (CPython's `PyGetSetDef`).
public struct GetSetSpec {
    public var name: String
    public var get: getter?
    public var set: setter?
    public var doc: String?

    public init(_ name: String, doc: String? = nil, get: getter?, set: setter? = nil) {
        self.name = name
        self.get = get
        self.set = set
        self.doc = doc
    }
}

/// `member_descriptor` (a field of the instance's layout) and `getset_descriptor`
/// (a computed attribute), as a builtin type's dict holds them.
public enum MemberDescriptors {
    public static func memberTable(_ members: [(name: String, type: Int32, offset: Int, readOnly: Bool, doc: String?)]) -> UnsafeMutablePointer<PyMemberDef> {
        let table = UnsafeMutablePointer<PyMemberDef>.allocate(capacity: members.count + 1)
        for (i, m) in members.enumerated() {
            table[i] = PyMemberDef(name: UnsafePointer(strdup(m.name)), type: m.type, offset: m.offset,
                                   flags: m.readOnly ? Int32(READONLY) : 0, doc: m.doc.map { UnsafePointer(strdup($0)) })
        }
        table[members.count] = PyMemberDef()
        return table
    }

    public static func getSetTable(_ specs: [GetSetSpec]) -> UnsafeMutablePointer<PyGetSetDef> {
        let table = UnsafeMutablePointer<PyGetSetDef>.allocate(capacity: specs.count + 1)
        for (i, s) in specs.enumerated() {
            table[i] = PyGetSetDef(name: UnsafePointer(strdup(s.name)), get: s.get, set: s.set,
                                   doc: s.doc.map { UnsafePointer(strdup($0)) }, closure: nil)
        }
        table[specs.count] = PyGetSetDef()
        return table
    }

    static func makeMember(_ type: TypePointer, _ member: UnsafeMutablePointer<PyMemberDef>) -> Value {
        let object = Allocation.object(Krait_memberDescriptor_type, size: MemoryLayout<PyMemberDescrObject>.size)
        let d = object.layout(PyMemberDescrObject.self)
        d.pointee.d_type = type
        d.pointee.d_member = member
        d.pointee.d_name = Interned.get(String(cString: member.pointee.name)).object
        return Value(object)
    }

    static func makeGetSet(_ type: TypePointer, _ getset: UnsafeMutablePointer<PyGetSetDef>) -> Value {
        let object = Allocation.object(Krait_getsetDescriptor_type, size: MemoryLayout<PyGetSetDescrObject>.size)
        let d = object.layout(PyGetSetDescrObject.self)
        d.pointee.d_type = type
        d.pointee.d_getset = getset
        d.pointee.d_name = Interned.get(String(cString: getset.pointee.name)).object
        return Value(object)
    }

    /// Where `instance` keeps `member`: a class's `__slots__` members move with the code
    /// points of a str subclass's instance (`krait_instance_field_shift`).
    @inline(__always)
    static func fieldAddress(_ member: UnsafeMutablePointer<PyMemberDef>, _ instance: ObjectPointer) -> UnsafeMutableRawPointer {
        let shift = member.pointee.type == Int32(T_KRAIT_VALUE_EX) ? krait_instance_field_shift(instance) : 0
        return UnsafeMutableRawPointer(instance) + member.pointee.offset + shift
    }

    /// Reads a member field of `instance`.
    static func read(_ member: UnsafeMutablePointer<PyMemberDef>, _ instance: ObjectPointer) throws(PyException) -> Value {
        let field = fieldAddress(member, instance)
        switch member.pointee.type {
        case Int32(T_KRAIT_VALUE):
            let v = field.load(as: Value.self)
            return v.isEmpty ? .none : v
        case Int32(T_KRAIT_VALUE_EX):
            let v = field.load(as: Value.self)
            guard !v.isEmpty else {
                throw PyException.attributeError("'\(TypeObject.name(instance.pointee.ob_type))' object has no attribute '\(String(cString: member.pointee.name))'")
            }
            return v
        case Int32(T_OBJECT):
            return field.load(as: ObjectPointer?.self).map { Value($0) } ?? .none
        case Int32(T_OBJECT_EX):
            guard let v = field.load(as: ObjectPointer?.self) else {
                throw PyException.attributeError("'\(TypeObject.name(instance.pointee.ob_type))' object has no attribute '\(String(cString: member.pointee.name))'")
            }
            return Value(normalizing: v)
        case Int32(T_PYSSIZET): return IntObject.make(field.load(as: Int.self))
        case ReportedLayout.memberKind:
            return IntObject.make(ReportedLayout.member(instance.layout(PyTypeObject.self), fieldOffset: member.pointee.offset))
        case Int32(T_INT): return IntObject.make(Int(field.load(as: Int32.self)))
        case Int32(T_DOUBLE): return FloatObject.make(field.load(as: Double.self))
        case Int32(T_BOOL): return .bool(field.load(as: UInt8.self) != 0)
        case Int32(T_CHAR): return Str.make(codePoints: [UInt32(field.load(as: UInt8.self))])
        default:
            throw PyException.systemError("bad memberdescr type for \(String(cString: member.pointee.name))")
        }
    }

    static func write(_ member: UnsafeMutablePointer<PyMemberDef>, _ instance: ObjectPointer, _ value: Value) throws(PyException) {
        let name = String(cString: member.pointee.name)
        if member.pointee.flags & Int32(READONLY) != 0 {
            throw PyException.attributeError("readonly attribute")
        }
        let field = fieldAddress(member, instance)
        switch member.pointee.type {
        case Int32(T_KRAIT_VALUE), Int32(T_KRAIT_VALUE_EX):
            if value.isEmpty && field.load(as: Value.self).isEmpty {
                // Deleting an unset `__slots__` member names just the attribute, as CPython.
                if member.pointee.type == Int32(T_KRAIT_VALUE_EX) { throw PyException.attributeError(name) }
                throw PyException.attributeError("'\(TypeObject.name(instance.pointee.ob_type))' object has no attribute '\(name)'")
            }
            field.storeBytes(of: value, as: Value.self)
        case Int32(T_OBJECT), Int32(T_OBJECT_EX):
            field.storeBytes(of: value.isEmpty ? nil : Boxing.object(value), as: ObjectPointer?.self)
        case Int32(T_BOOL):
            guard !value.isEmpty else { throw PyException.typeError("can't delete numeric/char attribute") }
            guard value == .true || value == .false else { throw PyException.typeError("attribute value type must be bool") }
            field.storeBytes(of: value == .true ? 1 : 0, as: UInt8.self)
        case Int32(T_PYSSIZET):
            guard !value.isEmpty else { throw PyException.typeError("can't delete numeric/char attribute") }
            field.storeBytes(of: try Protocols.index(value, overflow: Krait_exc_OverflowError), as: Int.self)
        default:
            throw PyException.systemError("bad memberdescr type for \(name)")
        }
    }

    static func setUp() {
        let m = Krait_memberDescriptor_type!
        TypeSetup.begin(m, name: "member_descriptor", basicSize: MemoryLayout<PyMemberDescrObject>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        m.pointee.tp_getset = BuiltinAttributes.memberDescriptorGetSet
        m.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let d = o!.layout(PyMemberDescrObject.self)
                return Str.make("<member '\(String(cString: d.pointee.d_member.pointee.name))' of '\(TypeObject.fullName(d.pointee.d_type))' objects>")
            }
        }
        m.pointee.tp_descr_get = { descriptor, instance, _ in
            CBoundary.object { () throws(PyException) in
                guard let instance else { return Value(descriptor!) }
                let d = descriptor!.layout(PyMemberDescrObject.self)
                try MemberDescriptors.check(d.pointee.d_type, String(cString: d.pointee.d_member.pointee.name), instance)
                return try MemberDescriptors.read(d.pointee.d_member, instance)
            }
        }
        m.pointee.tp_descr_set = { descriptor, instance, value in
            CBoundary.status { () throws(PyException) in
                let d = descriptor!.layout(PyMemberDescrObject.self)
                try MemberDescriptors.check(d.pointee.d_type, String(cString: d.pointee.d_member.pointee.name), instance!)
                try MemberDescriptors.write(d.pointee.d_member, instance!, value.map { Value($0) } ?? .empty)
            }
        }
        m.pointee.tp_members = DescriptorAttributes.members
        m.pointee.tp_getset = DescriptorAttributes.memberGetSet
        m.pointee.tp_traverse = { object, visit, arg in
            Trace.visit(object!.layout(PyMemberDescrObject.self).pointee.d_name, visit, arg)
            return 0
        }
        let g = Krait_getsetDescriptor_type!
        TypeSetup.begin(g, name: "getset_descriptor", basicSize: MemoryLayout<PyGetSetDescrObject>.size,
                        flags: UInt(Py_TPFLAGS_DISALLOW_INSTANTIATION))
        g.pointee.tp_getset = BuiltinAttributes.getsetDescriptorGetSet
        g.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let d = o!.layout(PyGetSetDescrObject.self)
                return Str.make("<attribute '\(String(cString: d.pointee.d_getset.pointee.name))' of '\(TypeObject.fullName(d.pointee.d_type))' objects>")
            }
        }
        g.pointee.tp_descr_get = { descriptor, instance, _ in
            CBoundary.object { () throws(PyException) in
                guard let instance else { return Value(descriptor!) }
                let d = descriptor!.layout(PyGetSetDescrObject.self)
                let name = String(cString: d.pointee.d_getset.pointee.name)
                try MemberDescriptors.check(d.pointee.d_type, name, instance)
                guard let get = d.pointee.d_getset.pointee.get else {
                    throw PyException.attributeError("attribute '\(name)' of '\(TypeObject.name(d.pointee.d_type))' objects is not readable")
                }
                return try CBoundary.check(get(instance, d.pointee.d_getset.pointee.closure))
            }
        }
        g.pointee.tp_descr_set = { descriptor, instance, value in
            CBoundary.status { () throws(PyException) in
                let d = descriptor!.layout(PyGetSetDescrObject.self)
                let name = String(cString: d.pointee.d_getset.pointee.name)
                try MemberDescriptors.check(d.pointee.d_type, name, instance!)
                guard let set = d.pointee.d_getset.pointee.set else {
                    throw PyException.attributeError("attribute '\(name)' of '\(TypeObject.fullName(d.pointee.d_type))' objects is not writable")
                }
                try CBoundary.check(status: set(instance, value, d.pointee.d_getset.pointee.closure))
            }
        }
        g.pointee.tp_members = DescriptorAttributes.members
        g.pointee.tp_getset = DescriptorAttributes.getSetGetSet
        g.pointee.tp_traverse = { object, visit, arg in
            Trace.visit(object!.layout(PyGetSetDescrObject.self).pointee.d_name, visit, arg)
            return 0
        }
    }

    static func check(_ type: TypePointer, _ name: String, _ instance: ObjectPointer) throws(PyException) {
        let actual = instance.pointee.ob_type!
        guard TypeObject.isSubtype(actual, of: type) else {
            throw PyException.typeError(
                "descriptor '\(name)' for '\(TypeObject.name(type))' objects doesn't apply to a '\(TypeObject.name(actual))' object")
        }
    }
}
