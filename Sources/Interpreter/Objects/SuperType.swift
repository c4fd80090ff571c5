import Compiler
import ObjectLayout
import ObjectModel

/// `super`: `super(type, obj)` and the zero-argument form, which reads the calling
/// frame's first argument and its `__class__` cell.
enum Super {
    static func make(_ args: Arguments) throws(PyException) -> Value {
        let object = Allocation.object(Krait_super_type, size: MemoryLayout<KraitSuperObject>.size)
        try initialize(Value(object), args, vectorcall: true)
        return Value(object)
    }

    /// `super.__init__`, which CPython also runs again on an existing super object: it
    /// reads the arguments (or the calling frame) and, when they are valid, repoints it.
    /// A call `super(…)` is CPython's `super_vectorcall`, whose type complaint is worded
    /// apart from `super_init`'s argument parsing.
    static func initialize(_ v: Value, _ args: Arguments, vectorcall: Bool = false) throws(PyException) {
        try args.noKeywords("super")
        var type: Value, obj: Value
        switch args.count {
        case 0: (type, obj) = try fromFrame()
        case 1: type = args[0]; obj = .empty
        case 2: type = args[0]; obj = args[1]
        default:
            if vectorcall { throw PyException.typeError("super() expected at most 2 arguments, got \(args.count)") }
            throw PyException.typeError("super() takes at most 2 arguments (\(args.count) given)")
        }
        guard type.isObject, TypeObject.hasFlag(type.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) else {
            if vectorcall { throw PyException.typeError("super() argument 1 must be a type, not \(TypeObject.name(type.type))") }
            throw PyException.typeError("super() argument 1 must be type, not \(TypeObject.argumentTypeName(type))")
        }
        let objType = obj.isEmpty ? Value.empty : try objectType(type, obj)
        let s = v.layout(KraitSuperObject.self)
        s.pointee.type = type
        s.pointee.obj = obj
        s.pointee.obj_type = objType
    }

    static func asType(_ v: Value) -> TypePointer { v.object.layout(PyTypeObject.self) }

    /// The type whose MRO is searched: obj's type, or obj itself when it is a subclass.
    static func objectType(_ type: Value, _ obj: Value) throws(PyException) -> Value {
        let t = asType(type)
        if obj.isObject && TypeObject.hasFlag(obj.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) && TypeObject.isSubtype(asType(obj), of: t) {
            return obj
        }
        if TypeObject.isSubtype(obj.type, of: t) { return Value(obj.type) }
        // A proxy may claim another class through `__class__` (CPython's `supercheck`).
        if let claimed = try Protocols.lookupAttribute(obj, Interned.literal("__class__")), claimed.isObject,
           TypeObject.hasFlag(claimed.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)), claimed != Value(obj.type),
           TypeObject.isSubtype(asType(claimed), of: t) {
            return claimed
        }
        throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type")
    }

    static func fromFrame() throws(PyException) -> (Value, Value) {
        guard let raw = krait_thread_state().pointee.current_frame else { throw PyException(Krait_exc_RuntimeError, "super(): no current frame") }
        let frame = raw.assumingMemoryBound(to: KraitFrame.self)
        let code = CodeObjects.code(frame.pointee.f_code)
        guard code.pointee.co_argcount > 0 else { throw PyException(Krait_exc_RuntimeError, "super(): no arguments") }
        let locals = Interpreter.localsplus(frame)
        let names = code.pointee.co_localsplusnames
        let kinds = Bytes.data(code.pointee.co_localspluskinds).assumingMemoryBound(to: UInt8.self)
        var obj = locals[0]
        // A first argument that is also a cell lives in its cell.
        let cell2arg = Bytes.data(code.pointee.co_cell2arg).assumingMemoryBound(to: Int32.self)
        for i in 0..<Int(code.pointee.co_ncells) where cell2arg[i] == 0 {
            obj = locals[Int(code.pointee.co_nlocals) + i].layout(PyCellObject.self).pointee.ob_ref
        }
        if obj.isEmpty { throw PyException(Krait_exc_RuntimeError, "super(): arg[0] deleted") }
        for i in 0..<Tuple.count(names) where kinds[i] == 2 && Str.swiftString(Tuple.item(names, i)) == "__class__" {
            let cls = locals[i].layout(PyCellObject.self).pointee.ob_ref
            if cls.isEmpty { throw PyException(Krait_exc_RuntimeError, "super(): empty __class__ cell") }
            guard cls.isObject, TypeObject.hasFlag(cls.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) else {
                throw PyException(Krait_exc_RuntimeError, "super(): __class__ is not a type (\(TypeObject.name(cls.type)))")
            }
            return (cls, obj)
        }
        throw PyException(Krait_exc_RuntimeError, "super(): __class__ cell not found")
    }

    static func getAttribute(_ v: Value, _ name: Value) throws(PyException) -> Value {
        let s = v.layout(KraitSuperObject.self)
        // Any name is looked up in the dicts first (an unhashable one fails there, as in
        // CPython's `super_getattro`); the generic lookup at the end refuses non-strings.
        let isStr = TypeObject.hasFlag(name.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS))
        let skip = isStr && Str.swiftString(name) == "__class__"
        // A type whose MRO is still being computed has none to search yet.
        if !s.pointee.obj_type.isEmpty && !skip, let startMRO = asType(s.pointee.obj_type).pointee.tp_mro {
            let mro = Value(startMRO)
            let n = Tuple.count(mro)
            var i = 0
            while i < n && Tuple.item(mro, i) != s.pointee.type { i += 1 }
            i += 1
            while i < n {
                let base = asType(Tuple.item(mro, i))
                if let dict = base.pointee.tp_dict,
                   let found = name.isExactly(Krait_str_type) ? Dict.getItem(Value(dict), string: name) : try Dict.getItem(Value(dict), name) {
                    guard let get = found.type.pointee.tp_descr_get else { return found }
                    let instance = s.pointee.obj == s.pointee.obj_type ? nil : Boxing.object(s.pointee.obj)
                    return try CBoundary.check(get(Boxing.object(found), instance, Boxing.object(s.pointee.obj_type)))
                }
                i += 1
            }
        }
        return try Attributes.genericGet(v, name)
    }

    /// `super.__get__`: an unbound super bound to `instance`; a bound one stays as it is.
    static func bind(_ v: Value, _ instance: Value) throws(PyException) -> Value {
        let s = v.layout(KraitSuperObject.self)
        if instance == .none || !s.pointee.obj.isEmpty { return v }
        // A subclass of super is called to bind, as CPython's `super_descr_get` does.
        if v.type != Krait_super_type { return try Protocols.call(Value(v.type), s.pointee.type, instance) }
        let object = Allocation.object(Krait_super_type, size: MemoryLayout<KraitSuperObject>.size)
        let bound = object.layout(KraitSuperObject.self)
        bound.pointee.type = s.pointee.type
        bound.pointee.obj = instance
        bound.pointee.obj_type = try objectType(s.pointee.type, instance)
        return Value(object)
    }

    static func setUp() {
        let t = Krait_super_type!
        TypeSetup.begin(t, name: "super", basicSize: MemoryLayout<KraitSuperObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "super() -> same as super(__class__, <first argument>)\nsuper(type) -> unbound super object\nsuper(type, obj) -> bound super object; requires isinstance(obj, type)\nsuper(type, type2) -> bound super object; requires issubclass(type2, type)\nTypical use to call a cooperative superclass method:\nclass C(B):\n    def meth(self, arg):\n        super().meth(arg)\nThis works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n        super().cmeth(arg)\n")
        NativeConstructors.register(t) { _, args throws(PyException) in try Super.make(args) }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in try Super.initialize(Value(o!), Arguments.from(tuple: args, keywords: kwargs)) }
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("__thisclass__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitSuperObject>.offset(of: \.type)!, true, "the class invoking super()"),
            ("__self__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitSuperObject>.offset(of: \.obj)!, true, "the instance invoking super(); may be None"),
            ("__self_class__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitSuperObject>.offset(of: \.obj_type)!, true, "the type of the instance invoking super(); may be None"),
        ])
        t.pointee.tp_getattro = { o, name in
            CBoundary.object { () throws(PyException) in try Super.getAttribute(Value(o!), Value(name!)) }
        }
        t.pointee.tp_traverse = { o, visit, arg in
            let s = o!.layout(KraitSuperObject.self)
            for v in [s.pointee.type, s.pointee.obj, s.pointee.obj_type] { Trace.visit(v, visit, arg) }
            return 0
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("__thisclass__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitSuperObject>.offset(of: \.type)!, true, "the class invoking super()"),
            ("__self__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitSuperObject>.offset(of: \.obj)!, true, "the instance invoking super(); may be None"),
            ("__self_class__", Int32(T_KRAIT_VALUE), MemoryLayout<KraitSuperObject>.offset(of: \.obj_type)!, true, "the type of the instance invoking super(); may be None"),
        ])
        t.pointee.tp_descr_get = { o, instance, _ in
            CBoundary.object { () throws(PyException) in try Super.bind(Value(o!), instance.map { Value($0) } ?? .none) }
        }
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let s = o!.layout(KraitSuperObject.self)
                let typeName = TypeObject.name(Super.asType(s.pointee.type))
                if s.pointee.obj_type.isEmpty { return Str.make("<super: <class '\(typeName)'>, NULL>") }
                return Str.make("<super: <class '\(typeName)'>, <\(TypeObject.name(Super.asType(s.pointee.obj_type))) object>>")
            }
        }
    }
}
