import Compiler
import ObjectLayout
import ObjectModel

extension Interpreter {
    /// `__build_class__(body, name, *bases, metaclass=…, **keywords)`: runs the class
    /// body in the namespace `__prepare__` gives and calls the metaclass.
    public static func buildClass(_ args: Arguments) throws(PyException) -> Value {
        guard args.count >= 2 else { throw PyException.typeError("__build_class__: not enough arguments") }
        let body = args[0], name = args[1]
        guard body.isExactly(Krait_function_type) else { throw PyException.typeError("__build_class__: func must be a function") }
        guard name.isExactly(Krait_str_type) else { throw PyException.typeError("__build_class__: name is not a string") }
        let originalBases = Tuple.make(UnsafeBufferPointer(start: args.base! + 2, count: args.count - 2))
        let bases = try resolveMROEntries(originalBases)
        var metaclass: Value?
        let keywords = Dict.new()
        for i in 0..<args.keywordCount {
            let key = Tuple.item(args.kwnames, i)
            let value = args[args.count + i]
            if Str.swiftString(key) == "metaclass" { metaclass = value } else { try Dict.setItem(keywords, key, value) }
        }
        var meta = metaclass ?? (Tuple.count(bases) > 0 ? Value(Tuple.item(bases, 0).type) : Value(Krait_type_type))
        if TypeObject.hasFlag(meta.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) || meta == Value(Krait_type_type) {
            if meta.isObject && TypeObject.hasFlag(meta.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) {
                meta = Value(try HeapType.calculateMetaclass(meta.object.layout(PyTypeObject.self), bases))
            }
        }
        let namespace: Value
        if let prepare = try Protocols.lookupAttribute(meta, Interned.literal("__prepare__")) {
            namespace = try Protocols.callWithKeywords(prepare, [name, bases], keywords)
            if namespace.type.pointee.tp_as_mapping?.pointee.mp_subscript == nil {
                let owner = meta.isObject && TypeObject.hasFlag(meta.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) ? String(cString: meta.object.layout(PyTypeObject.self).pointee.tp_name) : "<metaclass>"
                throw PyException.typeError(
                    "\(owner).__prepare__() must return a mapping, not \(String(cString: namespace.type.pointee.tp_name))")
            }
        } else {
            namespace = Dict.new()
        }
        let f = Functions.function(body)
        let cell = try runCode(f.pointee.func_code, globals: f.pointee.func_globals, locals: namespace,
                               builtins: f.pointee.func_builtins, closure: f.pointee.func_closure)
        if bases != originalBases { try Protocols.setItem(namespace, Interned.literal("__orig_bases__"), originalBases) }
        let cls = try Protocols.callWithKeywords(meta, [name, bases, namespace], keywords)
        // type.__new__ filled the cell; a metaclass that kept `__classcell__` from it,
        // or returned another class, is an error (as CPython's `builtin___build_class__`).
        if cell.isExactly(Krait_cell_type), TypeObject.isSubtype(cls.type, of: Krait_type_type) {
            let held = cell.layout(PyCellObject.self).pointee.ob_ref
            if held.isEmpty {
                let message = "__class__ not set defining \(try Protocols.reprText(name)) as \(try Protocols.reprText(cls)). Was __classcell__ propagated to type.__new__?"
                throw PyException(Krait_exc_RuntimeError, message)
            }
            if held != cls {
                throw PyException.typeError("__class__ set to \(try Protocols.reprText(held)) defining \(try Protocols.reprText(name)) as \(try Protocols.reprText(cls))")
            }
        }
        return cls
    }

    /// PEP 560: a base that is not a class names the classes it stands for through
    /// `__mro_entries__(original_bases)` (`class A(list[int])` derives from list).
    static func resolveMROEntries(_ bases: Value) throws(PyException) -> Value {
        var resolved: [Value] = []
        var changed = false
        for i in 0..<Tuple.count(bases) {
            let base = Tuple.item(bases, i)
            if TypeObject.hasFlag(base.type, UInt(Py_TPFLAGS_TYPE_SUBCLASS)) {
                resolved.append(base)
                continue
            }
            guard let entries = try Protocols.lookupAttribute(base, Interned.literal("__mro_entries__")) else {
                resolved.append(base)
                continue
            }
            let result = try Protocols.call(entries, bases)
            guard result.isExactly(Krait_tuple_type) else { throw PyException.typeError("__mro_entries__ must return a tuple") }
            for j in 0..<Tuple.count(result) { resolved.append(Tuple.item(result, j)) }
            changed = true
        }
        return changed ? Tuple.make(resolved) : bases
    }
}
