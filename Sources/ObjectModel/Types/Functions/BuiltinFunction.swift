import GC
import ObjectLayout

/// `builtin_function_or_method` (a Swift or C function, possibly bound to `self`) and
/// `method_descriptor` (a builtin type's method looked up on the type).
public enum BuiltinFunction {
    /// A function bound to `self` (a module or an instance).
    public static func make(_ method: UnsafeMutablePointer<PyMethodDef>, self bound: Value, module: Value = .empty) -> Value {
        let object = Allocation.object(Krait_builtinFunction_type, size: MemoryLayout<PyCFunctionObject>.size)
        let f = object.layout(PyCFunctionObject.self)
        f.pointee.m_ml = method
        f.pointee.m_self = bound
        f.pointee.m_module = module
        return Value(object)
    }

    public static func descriptor(_ type: TypePointer, _ method: UnsafeMutablePointer<PyMethodDef>) -> Value {
        let isClassMethod = method.pointee.ml_flags & Int32(METH_CLASS) != 0
        let object = Allocation.object(isClassMethod ? Krait_classmethodDescriptor_type : Krait_methodDescriptor_type,
                                       size: MemoryLayout<PyMethodDescrObject>.size)
        let d = object.layout(PyMethodDescrObject.self)
        d.pointee.d_type = type
        d.pointee.d_method = method
        d.pointee.d_name = Interned.get(String(cString: method.pointee.ml_name)).object
        return Value(object)
    }

    /// Calls a method definition with `self` and vectorcall-style arguments.
    static func call(_ method: UnsafeMutablePointer<PyMethodDef>, _ bound: Value, _ args: Arguments) throws(PyException) -> Value {
        guard method.pointee.ml_flags & Int32(METH_KRAIT_VALUES) != 0 else {
            throw PyException.systemError("calling C extension functions is not supported yet")
        }
        let function = unsafeBitCast(method.pointee.ml_meth, to: KraitMethod.self)
        if method.pointee.ml_flags & Int32(METH_KRAIT_CLEAN_STACK) != 0 { Heap.shared.clearStackBelow() }
        return try CBoundary.check(function(bound, args.base, args.count, args.kwnames))
    }

    static func name(_ method: UnsafeMutablePointer<PyMethodDef>) -> String { String(cString: method.pointee.ml_name) }

    /// A module's function (bound to nothing or to its module) rather than a method.
    static func isModuleFunction(_ f: PyCFunctionObject) -> Bool { f.m_self.isEmpty || f.m_self == f.m_module }

    // MARK: builtin_function_or_method

    static func callFunction(_ f: Value, _ args: Arguments) throws(PyException) -> Value {
        let object = f.layout(PyCFunctionObject.self)
        return try call(object.pointee.m_ml, object.pointee.m_self, args)
    }

    static let functionRepr: reprfunc = { object in
        CBoundary.object { () throws(PyException) in
            let f = Value(object!).layout(PyCFunctionObject.self)
            let name = BuiltinFunction.name(f.pointee.m_ml)
            let bound = f.pointee.m_self
            if BuiltinFunction.isModuleFunction(f.pointee) {
                return Str.make("<built-in function \(name)>")
            }
            let address = String(UInt(bitPattern: Boxing.object(bound)), radix: 16)
            return Str.make("<built-in method \(name) of \(TypeObject.fullName(bound.type)) object at 0x\(address)>")
        }
    }

    static let traverseFunction: traverseproc = { object, visit, arg in
        let f = object!.layout(PyCFunctionObject.self)
        Trace.visit(f.pointee.m_self, visit, arg)
        Trace.visit(f.pointee.m_module, visit, arg)
        return 0
    }

    // MARK: method_descriptor

    static func callDescriptor(_ d: Value, _ args: Arguments) throws(PyException) -> Value {
        let descriptor = d.layout(PyMethodDescrObject.self)
        let method = descriptor.pointee.d_method!
        let type = descriptor.pointee.d_type!
        guard args.count >= 1 else {
            throw PyException.typeError("unbound method \(TypeObject.name(type)).\(name(method))() needs an argument")
        }
        let bound = args[0]
        guard TypeObject.isSubtype(bound.type, of: type) else {
            throw PyException.typeError(
                "descriptor '\(name(method))' for '\(TypeObject.name(type))' objects doesn't apply to a '\(TypeObject.name(bound.type))' object")
        }
        return try call(method, bound, Arguments(args.base.unsafelyUnwrapped + 1, args.count - 1, args.kwnames))
    }

    /// Calling a `classmethod_descriptor` directly: `dict.__dict__['fromkeys'](dict, …)`.
    static func callClassDescriptor(_ d: Value, _ args: Arguments) throws(PyException) -> Value {
        let descriptor = d.layout(PyMethodDescrObject.self)
        let method = descriptor.pointee.d_method!
        let type = descriptor.pointee.d_type!
        let name = BuiltinFunction.name(method)
        guard args.count >= 1 else {
            throw PyException.typeError("descriptor '\(name)' of '\(TypeObject.name(type))' object needs an argument")
        }
        let cls = args[0]
        guard TypeObject.isSubtype(cls.type, of: Krait_type_type) else {
            throw PyException.typeError(
                "descriptor '\(name)' for type '\(TypeObject.name(type))' needs a type, not a '\(TypeObject.name(cls.type))' as arg 2")
        }
        guard TypeObject.isSubtype(cls.object.layout(PyTypeObject.self), of: type) else {
            throw PyException.typeError(
                "descriptor '\(name)' requires a subtype of '\(TypeObject.name(type))' but received '\(TypeObject.name(cls.object.layout(PyTypeObject.self)))'")
        }
        return try call(method, cls, Arguments(args.base.unsafelyUnwrapped + 1, args.count - 1, args.kwnames))
    }

    /// `classmethod_descriptor`: a METH_CLASS method of a builtin type.
    static func setUpClassMethodDescriptor() {
        let c = Krait_classmethodDescriptor_type!
        TypeSetup.begin(c, name: "classmethod_descriptor", basicSize: MemoryLayout<PyMethodDescrObject>.size)
        c.pointee.tp_repr = descriptorRepr
        c.pointee.tp_getset = BuiltinAttributes.methodDescriptorGetSet
        c.pointee.tp_descr_get = descriptorGet
        c.pointee.tp_traverse = traverseDescriptor
        c.pointee.kr_call = { d, a, n, k in CBoundary.value { () throws(PyException) in try BuiltinFunction.callClassDescriptor(d, Arguments(a, n, k)) } }
    }

    /// `descriptor.__get__(instance, owner)`: the method bound to the instance, or for a
    /// METH_CLASS method (CPython's `classmethod_descriptor`) bound to the class.
    static let descriptorGet: descrgetfunc = { descriptor, instance, owner in
        CBoundary.object { () throws(PyException) in
            let d = Value(descriptor!)
            let method = d.layout(PyMethodDescrObject.self).pointee.d_method!
            if method.pointee.ml_flags & Int32(METH_CLASS) != 0 {
                return BuiltinFunction.make(method, self: owner.map { Value($0) } ?? Value(instance!).type.asValue)
            }
            // A null instance is access through the class; None is an instance like any other.
            guard let instance else { return d }
            let type = d.layout(PyMethodDescrObject.self).pointee.d_type!
            let bound = Value(instance)
            guard TypeObject.isSubtype(bound.type, of: type) else {
                throw PyException.typeError(
                    "descriptor '\(BuiltinFunction.name(method))' for '\(TypeObject.name(type))' objects doesn't apply to a '\(TypeObject.name(bound.type))' object")
            }
            return BuiltinFunction.make(method, self: bound)
        }
    }

    static let descriptorRepr: reprfunc = { object in
        CBoundary.object { () throws(PyException) in
            let d = Value(object!).layout(PyMethodDescrObject.self)
            return Str.make("<method '\(BuiltinFunction.name(d.pointee.d_method))' of '\(TypeObject.fullName(d.pointee.d_type))' objects>")
        }
    }

    static let traverseDescriptor: traverseproc = { object, visit, arg in
        let d = object!.layout(PyMethodDescrObject.self)
        Trace.visit(d.pointee.d_name, visit, arg)
        Trace.visit(d.pointee.d_qualname, visit, arg)
        return 0
    }
}
