import Compiler
import ObjectLayout
import ObjectModel

/// `function` (a `def` or `lambda`) and `cell` (a variable shared with nested scopes).
public enum Functions {
    @inline(__always)
    public static func function(_ v: Value) -> UnsafeMutablePointer<PyFunctionObject> { v.layout(PyFunctionObject.self) }

    public static func make(code: Value, globals: Value, builtins: Value) -> Value {
        let object = Allocation.object(Krait_function_type, size: MemoryLayout<PyFunctionObject>.size)
        let f = object.layout(PyFunctionObject.self)
        let c = CodeObjects.code(code)
        f.pointee.func_code = code
        f.pointee.func_globals = globals
        f.pointee.func_builtins = builtins
        f.pointee.func_name = c.pointee.co_name
        f.pointee.func_qualname = c.pointee.co_qualname
        let consts = c.pointee.co_consts
        f.pointee.func_doc = Tuple.count(consts) > 0 && Tuple.item(consts, 0).isExactly(Krait_str_type) && c.pointee.co_flags & KRAIT_CO_OPTIMIZED != 0
            ? Tuple.item(consts, 0) : .none
        f.pointee.func_module = Dict.getItem(globals, string: Interned.literal("__name__")) ?? .none
        return Value(object)
    }

    public static func makeCell(_ value: Value) -> Value {
        let object = Allocation.object(Krait_cell_type, size: MemoryLayout<PyCellObject>.size)
        object.layout(PyCellObject.self).pointee.ob_ref = value
        return Value(object)
    }

    static func setUp() {
        let t = Krait_function_type!
        TypeSetup.begin(t, name: "function", basicSize: MemoryLayout<PyFunctionObject>.size,
                        flags: UInt(Py_TPFLAGS_METHOD_DESCRIPTOR),
                        doc: "function(code, globals, name=None, argdefs=None, closure=None)\n--\n\nCreate a function object.\n\n  code\n    a code object\n  globals\n    the globals dictionary\n  name\n    a string that overrides the name from the code object\n  argdefs\n    a tuple that specifies the default argument values\n  closure\n    a tuple that supplies the bindings for free variables")
        t.pointee.tp_dictoffset = MemoryLayout<PyFunctionObject>.offset(of: \.func_dict)!
        t.pointee.tp_weaklistoffset = MemoryLayout<PyFunctionObject>.offset(of: \.func_weakreflist)!
        t.pointee.kr_call = { f, a, n, k in
            CBoundary.value { () throws(PyException) in try Interpreter.callFunction(f, Arguments(a, n, k)) }
        }
        NativeConstructors.register(t) { _, args throws(PyException) in try Functions.construct(args) }
        t.pointee.tp_descr_get = { f, instance, _ in
            guard let instance, Value(instance) != .none else { return f }
            return ClassMethods.bind(Value(f!), Value(instance)).object
        }
        t.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let f = Functions.function(Value(o!))
                let address = String(UInt(bitPattern: o!), radix: 16)
                return Str.make("<function \(Str.swiftString(f.pointee.func_qualname)) at 0x\(address)>")
            }
        }
        t.pointee.tp_traverse = { o, visit, arg in
            let f = o!.layout(PyFunctionObject.self)
            for v in [f.pointee.func_code, f.pointee.func_globals, f.pointee.func_builtins, f.pointee.func_name,
                      f.pointee.func_qualname, f.pointee.func_defaults, f.pointee.func_kwdefaults, f.pointee.func_closure,
                      f.pointee.func_doc, f.pointee.func_dict, f.pointee.func_module, f.pointee.func_annotations] {
                Trace.visit(v, visit, arg)
            }
            return 0
        }
        let offset = { (path: KeyPath<PyFunctionObject, KraitValue>) in MemoryLayout<PyFunctionObject>.offset(of: path)! }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("__closure__", Int32(T_KRAIT_VALUE), offset(\.func_closure), true, nil),
            ("__doc__", Int32(T_KRAIT_VALUE), offset(\.func_doc), false, nil),
            ("__globals__", Int32(T_KRAIT_VALUE), offset(\.func_globals), true, nil),
            ("__module__", Int32(T_KRAIT_VALUE), offset(\.func_module), false, nil),
            ("__builtins__", Int32(T_KRAIT_VALUE), offset(\.func_builtins), true, nil),
        ])
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("__code__", get: { o, _ in Functions.function(Value(o!)).pointee.func_code.object }, set: { o, v, _ in
                CBoundary.status { () throws(PyException) in try Functions.setCode(Value(o!), v.map { Value($0) }) }
            }),
            GetSetSpec("__name__", get: { o, _ in Functions.function(Value(o!)).pointee.func_name.object }, set: { o, v, _ in
                Functions.setString(o, v, \.func_name, "__name__")
            }),
            GetSetSpec("__qualname__", get: { o, _ in Functions.function(Value(o!)).pointee.func_qualname.object }, set: { o, v, _ in
                Functions.setString(o, v, \.func_qualname, "__qualname__")
            }),
            GetSetSpec("__defaults__", get: { o, _ in Functions.orNone(Functions.function(Value(o!)).pointee.func_defaults) }, set: { o, v, _ in
                Functions.setOptional(o, v, \.func_defaults, Krait_tuple_type, "__defaults__ must be set to a tuple object")
            }),
            GetSetSpec("__kwdefaults__", get: { o, _ in Functions.orNone(Functions.function(Value(o!)).pointee.func_kwdefaults) }, set: { o, v, _ in
                Functions.setOptional(o, v, \.func_kwdefaults, Krait_dict_type, "__kwdefaults__ must be set to a dict object")
            }),
            GetSetSpec("__annotations__", get: { o, _ in
                let f = Functions.function(Value(o!))
                if f.pointee.func_annotations.isEmpty { f.pointee.func_annotations = Dict.new() }
                return f.pointee.func_annotations.object
            }, set: { o, v, _ in
                Functions.setOptional(o, v, \.func_annotations, Krait_dict_type, "__annotations__ must be set to a dict object")
            }),
            GetSetSpec("__dict__", get: { o, _ in
                let f = Functions.function(Value(o!))
                if f.pointee.func_dict.isEmpty { f.pointee.func_dict = Dict.new() }
                return f.pointee.func_dict.object
            }, set: { o, v, _ in
                CBoundary.status { () throws(PyException) in
                    guard let v else { throw PyException.typeError("cannot delete __dict__") }
                    guard TypeObject.hasFlag(Value(v).type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
                        throw PyException.typeError("__dict__ must be set to a dictionary, not a '\(TypeObject.name(Value(v).type))'")
                    }
                    Functions.function(Value(o!)).pointee.func_dict = Value(v)
                }
            }),
        ])

        let cell = Krait_cell_type!
        TypeSetup.begin(cell, name: "cell", basicSize: MemoryLayout<PyCellObject>.size,
                        doc: "cell([contents])\n--\n\nCreate a new cell object.\n\n  contents\n    the contents of the cell. If not specified, the cell will be empty,\n    and \n further attempts to access its cell_contents attribute will\n    raise a ValueError.")
        cell.pointee.tp_traverse = { o, visit, arg in
            Trace.visit(o!.layout(PyCellObject.self).pointee.ob_ref, visit, arg)
            return 0
        }
        cell.pointee.tp_repr = { o in
            CBoundary.object { () throws(PyException) in
                let content = o!.layout(PyCellObject.self).pointee.ob_ref
                let address = String(UInt(bitPattern: o!), radix: 16)
                if content.isEmpty { return Str.make("<cell at 0x\(address): empty>") }
                let inner = String(UInt(bitPattern: Boxing.object(content)), radix: 16)
                return Str.make("<cell at 0x\(address): \(TypeObject.name(content.type)) object at 0x\(inner)>")
            }
        }
        cell.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("cell_contents", get: { o, _ in
                let content = o!.layout(PyCellObject.self).pointee.ob_ref
                if content.isEmpty {
                    CBoundary.setPending(PyException(Krait_exc_ValueError, "Cell is empty"))
                    return nil
                }
                return Boxing.object(content)
            }, set: { o, v, _ in
                o!.layout(PyCellObject.self).pointee.ob_ref = v.map { Value($0) } ?? .empty
                return 0
            }),
        ])
        // Cells compare by contents, an empty cell before any other; so they are unhashable.
        cell.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                guard Value(b!).type == Krait_cell_type, let op = CompareOp(rawValue: op) else { return .notImplemented }
                let x = a!.layout(PyCellObject.self).pointee.ob_ref, y = b!.layout(PyCellObject.self).pointee.ob_ref
                if !x.isEmpty && !y.isEmpty { return try Protocols.richCompare(x, y, op) }
                return try Protocols.richCompare(.bool(y.isEmpty), .bool(x.isEmpty), op)
            }
        }
        cell.pointee.tp_hash = Hashing.notImplemented
        NativeConstructors.register(cell) { _, args throws(PyException) in
            try args.noKeywords("cell")
            guard args.count <= 1 else { throw PyException.typeError("cell expected at most 1 argument, got \(args.count)") }
            let object = Allocation.object(Krait_cell_type, size: MemoryLayout<PyCellObject>.size)
            object.layout(PyCellObject.self).pointee.ob_ref = args.optional(0) ?? .empty
            return Value(object)
        }
    }

    static func orNone(_ v: Value) -> ObjectPointer { v.isEmpty ? Krait_None : Boxing.object(v) }

    /// A field that None or deleting clears, else must be an instance of `type`.
    static func setOptional(_ o: ObjectPointer?, _ v: ObjectPointer?, _ path: WritableKeyPath<PyFunctionObject, KraitValue>,
                            _ type: TypePointer, _ message: String) -> Int32 {
        CBoundary.status { () throws(PyException) in
            let value = v.map { Value($0) } ?? .none
            if value != .none && !TypeObject.isSubtype(value.type, of: type) { throw PyException.typeError(message) }
            Functions.function(Value(o!)).pointee[keyPath: path] = value == .none ? .empty : value
        }
    }

    /// `f.__code__ = code`: a code object with as many free variables as the closure has cells.
    static func setCode(_ f: Value, _ code: Value?) throws(PyException) {
        guard let code, code.isExactly(Krait_code_type) else { throw PyException.typeError("__code__ must be set to a code object") }
        let function = Functions.function(f)
        let cells = function.pointee.func_closure.isEmpty || function.pointee.func_closure == .none ? 0 : Tuple.count(function.pointee.func_closure)
        let free = Int(CodeObjects.code(code).pointee.co_nfrees)
        if cells != free {
            throw PyException.valueError("\(Str.swiftString(function.pointee.func_name))() requires a code object with \(cells) free vars, not \(free)")
        }
        function.pointee.func_code = code
    }

    static func setString(_ o: ObjectPointer?, _ v: ObjectPointer?, _ path: WritableKeyPath<PyFunctionObject, KraitValue>, _ name: String) -> Int32 {
        CBoundary.status { () throws(PyException) in
            guard let v, Value(v).isExactly(Krait_str_type) else {
                throw PyException.typeError("\(name) must be set to a string object")
            }
            let f = Functions.function(Value(o!))
            f.pointee[keyPath: path] = Value(v)
        }
    }
}
