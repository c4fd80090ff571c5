import GC
import ObjectLayout

/// `object`: the root of every class; default repr, hash, comparison and attribute access.
enum ObjectType {
    static func setUp() {
        let t = Krait_object_type!
        TypeSetup.begin(t, name: "object", basicSize: MemoryLayout<PyObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "object()\n--\n\nThe base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in try ObjectType.defaultRepr(Value(o!)) } }
        t.pointee.tp_str = { o in CBoundary.object { () throws(PyException) in try Protocols.repr(Value(o!)) } }
        t.pointee.tp_hash = { o in Hashing.pointer(Int(bitPattern: o)) }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in try ObjectType.richCompare(Value(a!), Value(b!), CompareOp(rawValue: op)!) }
        }
        t.pointee.tp_getattro = { o, name in
            CBoundary.object { () throws(PyException) in try Attributes.genericGet(Value(o!), Value(name!)) }
        }
        t.pointee.tp_getset = ObjectType.getSet
        t.pointee.tp_setattro = { o, name, value in
            CBoundary.status { () throws(PyException) in
                try Attributes.genericSet(Value(o!), Value(name!), value.map { Value($0) } ?? .empty)
            }
        }
        t.pointee.tp_init = initialize
        t.pointee.tp_methods = TypeSetup.methodTable(ObjectMethods.table + FormatMethods.object + ObjectMethods.afterFormat)
        t.pointee.tp_new = new
    }

    static let initialize: initproc = { o, args, kwargs in
        CBoundary.status { () throws(PyException) in try ObjectType.checkNoArguments(Value(o!), args, kwargs) }
    }

    static let new: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let type = type!
            if hasArguments(args, kwargs) {
                if !TypeNew.sameFunction(type.pointee.tp_new, ObjectType.new) {
                    throw PyException.typeError("object.__new__() takes exactly one argument (the type to instantiate)")
                }
                if unsafeBitCast(type.pointee.tp_init, to: UInt.self) == unsafeBitCast(ObjectType.initialize, to: UInt.self) {
                    throw PyException.typeError("\(String(cString: type.pointee.tp_name))() takes no arguments")
                }
            }
            if TypeObject.hasFlag(type, UInt(Py_TPFLAGS_IS_ABSTRACT)) { try ObjectType.rejectAbstract(type) }
            return Value(Allocation.object(type, size: type.pointee.tp_basicsize))
        }
    }

    static func hasArguments(_ args: ObjectPointer?, _ kwargs: ObjectPointer?) -> Bool {
        (args.map { Tuple.count(Value($0)) } ?? 0) > 0 || (kwargs.map { Dict.count(Value($0)) } ?? 0) > 0
    }

    /// `Can't instantiate abstract class A with abstract methods f, g`, names sorted.
    static func rejectAbstract(_ type: TypePointer) throws(PyException) {
        let abstract = try Protocols.getAttribute(Value(type), "__abstractmethods__")
        let sorted = try Protocols.call(Value(Krait_list_type), abstract)
        _ = try Protocols.callMethod(sorted, "sort")
        let names = try Protocols.callMethod(Str.make(", "), "join", sorted)
        let count = List.count(sorted)
        throw PyException.typeError(
            "Can't instantiate abstract class \(String(cString: type.pointee.tp_name)) with abstract method\(count == 1 ? "" : "s") \(Str.swiftString(names))")
    }

    /// `__class__`: the object's type; assignable between classes of the same layout.
    static let getSet: UnsafeMutablePointer<PyGetSetDef> = MemberDescriptors.getSetTable([
        GetSetSpec("__class__", doc: "the object's class", get: { o, _ in Value(o!).type.asObject }, set: { o, v, _ in
            CBoundary.status { () throws(PyException) in
                guard let v else { throw PyException.typeError("can't delete __class__ attribute") }
                let newValue = Value(v)
                guard TypeObject.hasFlag(newValue.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) else {
                    throw PyException.typeError("__class__ must be set to a class, not '\(TypeObject.name(newValue.type))' object")
                }
                let new = v.layout(PyTypeObject.self), old = Value(o!).type
                guard HeapType.isHeapType(new) && HeapType.isHeapType(old) else {
                    throw PyException.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses")
                }
                guard ObjectType.compatibleForAssignment(old, new) else {
                    throw PyException.typeError("__class__ assignment: '\(TypeObject.name(new))' object layout differs from '\(TypeObject.name(old))'")
                }
                o!.pointee.ob_type = new
                Heap.shared.typeChanged(of: o!)
            }
        }),
    ])

    /// CPython's `compatible_for_assignment`: below the classes that add nothing to
    /// their base's layout, both reach the same type, or siblings adding the same slots.
    static func compatibleForAssignment(_ old: TypePointer, _ new: TypePointer) -> Bool {
        func layoutOwner(_ type: TypePointer) -> TypePointer {
            var t = type
            while let parent = t.pointee.tp_base, t.pointee.tp_basicsize == parent.pointee.tp_basicsize,
                  t.pointee.tp_itemsize == parent.pointee.tp_itemsize, t.pointee.tp_dictoffset == parent.pointee.tp_dictoffset,
                  t.pointee.tp_weaklistoffset == parent.pointee.tp_weaklistoffset {
                t = parent
            }
            return t
        }
        let a = layoutOwner(new), b = layoutOwner(old)
        return a == b || (a.pointee.tp_base == b.pointee.tp_base && sameSlotsAdded(a, b))
    }

    /// CPython's `same_slots_added`: the same `__slots__` members (by name) and the same
    /// `__dict__` and `__weakref__` slots on top of a common base.
    private static func sameSlotsAdded(_ a: TypePointer, _ b: TypePointer) -> Bool {
        guard let base = a.pointee.tp_base, HeapType.isHeapType(a), HeapType.isHeapType(b) else { return false }
        var size = base.pointee.tp_basicsize
        if a.pointee.tp_dictoffset == size && b.pointee.tp_dictoffset == size { size += 8 }
        if a.pointee.tp_weaklistoffset == size && b.pointee.tp_weaklistoffset == size { size += 8 }
        func memberNames(_ t: TypePointer) -> [String] {
            guard let members = t.pointee.tp_members else { return [] }
            return (0..<HeapType.heap(t).pointee.ht_member_count).map { String(cString: members[$0].name) }.sorted()
        }
        let names = memberNames(a)
        guard names == memberNames(b) else { return false }
        size += 8 * names.count
        return size == a.pointee.tp_basicsize && size == b.pointee.tp_basicsize
    }

    /// `object.__init__` takes no arguments (unless the class overrides `__new__` but
    /// not `__init__`, as CPython's excess-argument rule allows).
    static func checkNoArguments(_ v: Value, _ args: ObjectPointer?, _ kwargs: ObjectPointer?) throws(PyException) {
        let count = args.map { Tuple.count(Value($0)) } ?? 0
        let keywords = kwargs.map { Dict.count(Value($0)) } ?? 0
        guard count > 0 || keywords > 0 else { return }
        let type = v.type
        let initOverridden = unsafeBitCast(type.pointee.tp_init, to: UInt.self) != unsafeBitCast(initialize, to: UInt.self)
        // A builtin type with a native constructor has a `__new__` of its own in CPython.
        let newOverridden = !TypeNew.sameFunction(type.pointee.tp_new, new) || type.pointee.kr_constructor > 0
        if initOverridden {
            throw PyException.typeError("object.__init__() takes exactly one argument (the instance to initialize)")
        }
        if !newOverridden {
            throw PyException.typeError("\(TypeObject.name(type)).__init__() takes exactly one argument (the instance to initialize)")
        }
    }

    /// `<module.Name object at 0x…>`.
    static func defaultRepr(_ v: Value) throws(PyException) -> Value {
        let address = String(UInt(bitPattern: Boxing.object(v)), radix: 16)
        return Str.make("<\(TypeType.qualifiedName(v.type)) object at 0x\(address)>")
    }

    /// `object.__eq__` is identity; `__ne__` inverts `__eq__`; orderings are not defined.
    static func richCompare(_ a: Value, _ b: Value, _ op: CompareOp) throws(PyException) -> Value {
        switch op {
        case .eq:
            return a == b ? .true : .notImplemented
        case .ne:
            guard let eq = a.type.pointee.tp_richcompare else { return .notImplemented }
            let result = try CBoundary.check(eq(Boxing.object(a), Boxing.object(b), CompareOp.eq.rawValue))
            if result == .notImplemented { return result }
            return .bool(!(try Protocols.isTrue(result)))
        default:
            return .notImplemented
        }
    }
}
