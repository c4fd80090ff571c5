import ObjectLayout

/// `type`: the metaclass of the builtin types; repr, attribute lookup on classes, calls.
public enum TypeType {
    static func setUp() {
        let t = Krait_type_type!
        // A class is a heap type object followed by its `__slots__` member table;
        // metaclasses find the class dict and weak references where classes keep them.
        TypeSetup.begin(t, name: "type", basicSize: MemoryLayout<PyHeapTypeObject>.size, itemSize: MemoryLayout<PyMemberDef>.stride,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_TYPE_SUBCLASS),
                        doc: "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type")
        t.pointee.tp_dictoffset = MemoryLayout<PyTypeObject>.offset(of: \.tp_dict)!
        t.pointee.tp_weaklistoffset = MemoryLayout<PyTypeObject>.offset(of: \.tp_weaklist)!
        t.pointee.tp_new = TypeNew.typeNew
        t.pointee.tp_init = TypeNew.typeInit
        t.pointee.tp_call = { callable, args, kwargs in
            CBoundary.object { () throws(PyException) in
                try TypeType.call(callable!.layout(PyTypeObject.self), Arguments.from(tuple: args, keywords: kwargs))
            }
        }
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in Str.make("<class '\(TypeType.qualifiedName(o!.layout(PyTypeObject.self)))'>") }
        }
        t.pointee.tp_getattro = { o, name in
            CBoundary.object { () throws(PyException) in try TypeType.getAttribute(o!.layout(PyTypeObject.self), Value(name!)) }
        }
        t.pointee.tp_traverse = TypeObject.traverse
        t.pointee.tp_members = TypeAttributes.members
        t.pointee.tp_getset = TypeAttributes.table
        t.pointee.tp_methods = TypeSetup.methodTable(TypeMethods.table)
        t.pointee.tp_as_number = TypeMethods.numberMethods
        t.pointee.tp_setattro = { o, name, value in
            CBoundary.status { () throws(PyException) in
                try TypeType.setAttribute(o!.layout(PyTypeObject.self), Value(name!), value.map { Value(normalizing: $0) } ?? .empty)
            }
        }
        t.pointee.kr_call = { t, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Recursion.guarded(" while calling a Python object") { () throws(PyException) in
                    try TypeType.call(t.object.layout(PyTypeObject.self), Arguments(a, n, k))
                }
            }
        }
    }

    /// `cls.name = value` (empty value: `del cls.name`): data descriptors of the
    /// metatype first, else the class's own dict; builtin types are immutable.
    static func setAttribute(_ type: TypePointer, _ name: Value, _ value: Value) throws(PyException) {
        try Attributes.checkName(name)
        let meta = Value(type).type
        if let descriptor = TypeObject.lookup(meta, name), let set = descriptor.type.pointee.tp_descr_set {
            try CBoundary.check(status: set(Boxing.object(descriptor), type.asObject, value.isEmpty ? nil : Boxing.object(value)))
            return
        }
        guard !TypeObject.hasFlag(type, UInt(Py_TPFLAGS_IMMUTABLETYPE)) else {
            throw PyException.typeError("cannot set '\(Str.swiftString(name))' attribute of immutable type '\(TypeObject.name(type))'")
        }
        let dict = Value(type.pointee.tp_dict!)
        if value.isEmpty {
            guard try Dict.deleteItem(dict, name) else {
                throw PyException.attributeError("type object '\(TypeObject.name(type))' has no attribute '\(Str.swiftString(name))'")
            }
        } else {
            try Dict.setItem(dict, name, value)
        }
        let text = Str.swiftString(name)
        if text.hasPrefix("__") && text.hasSuffix("__") { SlotFunctions.update(type) }
    }

    /// `module.qualname`, without the module for builtins (as in reprs).
    static func qualifiedName(_ type: TypePointer) -> String {
        guard HeapType.isHeapType(type) else { return String(cString: type.pointee.tp_name) }
        let qualname = Str.swiftString(Value(HeapType.heap(type).pointee.ht_qualname))
        if let dict = type.pointee.tp_dict, let module = Dict.getItem(Value(dict), string: Interned.literal("__module__")),
           module.isExactly(Krait_str_type), Str.swiftString(module) != "builtins" {
            return Str.swiftString(module) + "." + qualname
        }
        return qualname
    }

    /// `type.__getattribute__`: data descriptors of the metatype, then the class's own
    /// MRO (binding with `__get__(None, cls)`), then the metatype's other attributes.
    static func getAttribute(_ type: TypePointer, _ name: Value) throws(PyException) -> Value {
        try Attributes.checkName(name)
        let metatype = Value(type).type
        let metaAttribute = TypeObject.lookup(metatype, name)
        var metaGet: descrgetfunc?
        if let metaAttribute {
            metaGet = metaAttribute.type.pointee.tp_descr_get
            if let metaGet, Attributes.isDataDescriptor(metaAttribute) {
                return try CBoundary.check(metaGet(Boxing.object(metaAttribute), type.asObject, metatype.asObject))
            }
        }
        if let attribute = TypeObject.lookup(type, name) {
            if let get = attribute.type.pointee.tp_descr_get {
                return try CBoundary.check(get(Boxing.object(attribute), nil, type.asObject))
            }
            return attribute
        }
        if let metaAttribute {
            if let metaGet { return try CBoundary.check(metaGet(Boxing.object(metaAttribute), type.asObject, metatype.asObject)) }
            return metaAttribute
        }
        throw PyException.attributeError("type object '\(TypeObject.name(type))' has no attribute '\(Str.swiftString(name))'")
    }

    /// `cls(*args)`: `type(x)`, else `__new__` then `__init__` when `__new__` returned an
    /// instance of the class.
    static func call(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        if type == Krait_type_type {
            if args.count == 1 && args.keywordCount == 0 { return Value(args[0].type) }
            if args.count != 3 { throw PyException.typeError("type() takes 1 or 3 arguments") }
        }
        // Only builtin (static) types have native constructors; classes skip the lookup.
        if !HeapType.isHeapType(type), let native = NativeConstructors.constructor(of: type) {
            return try native(type, args)
        }
        guard let new = type.pointee.tp_new else {
            throw PyException.typeError("cannot create '\(qualifiedName(type))' instances")
        }
        let tuple = Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count))
        let kwargs = try SlotWrapper.keywordDict(args)
        let result = try CBoundary.check(new(type, tuple.object, kwargs?.object))
        // `__init__` runs only on an instance of the class being called.
        if TypeObject.isSubtype(result.type, of: type), let initialize = result.type.pointee.tp_init {
            try CBoundary.check(status: initialize(Boxing.object(result), tuple.object, kwargs?.object))
        }
        return result
    }
}

/// Constructors of builtin types written against `Arguments` (so calls do not build an
/// argument tuple); a type's `kr_constructor` says which.
public enum NativeConstructors {
    public typealias Constructor = (TypePointer, Arguments) throws(PyException) -> Value
    nonisolated(unsafe) static var constructors: [Constructor] = []

    public static func register(_ type: TypePointer, _ constructor: @escaping Constructor) {
        if type.pointee.kr_constructor > 0 {
            constructors[type.pointee.kr_constructor - 1] = constructor
        } else {
            constructors.append(constructor)
            type.pointee.kr_constructor = constructors.count
        }
    }

    @inline(__always)
    static func constructor(of type: TypePointer) -> Constructor? {
        let index = type.pointee.kr_constructor
        return index > 0 ? constructors[index - 1] : nil
    }

    /// The `tp_new` of a builtin type that has only a native constructor: `T.__new__(T, …)`
    /// constructs; a subclass's instance starts empty for the base's `__init__` to fill
    /// (list, dict, super), and bases without an `__init__` cannot be subclassed yet.
    static let new: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            let type = type!
            var base = type
            while HeapType.isHeapType(base), let next = base.pointee.tp_base { base = next }
            if base == type, let native = constructor(of: type) {
                return try native(type, Arguments.from(tuple: args, keywords: kwargs))
            }
            guard unsafeBitCast(base.pointee.tp_init, to: UInt.self) != unsafeBitCast(ObjectType.initialize, to: UInt.self) else {
                throw PyException.typeError("cannot create '\(TypeType.qualifiedName(type))' instances: Krait cannot subclass '\(TypeObject.name(base))' yet")
            }
            return Value(Allocation.object(type, size: type.pointee.tp_basicsize))
        }
    }

    /// The `tp_new` of a builtin type whose native constructor builds instances of any
    /// type it is given: subclasses construct through their static base's constructor.
    public static let newThroughBase: newfunc = { type, args, kwargs in
        CBoundary.object { () throws(PyException) in
            var base = type!
            while HeapType.isHeapType(base), let next = base.pointee.tp_base { base = next }
            guard let construct = constructor(of: base) else {
                throw PyException.typeError("cannot create '\(TypeObject.name(type!))' instances")
            }
            return try construct(type!, Arguments.from(tuple: args, keywords: kwargs))
        }
    }
}
