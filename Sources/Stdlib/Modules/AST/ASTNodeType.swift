import ObjectLayout
import ObjectModel

/// `ast.AST`, the base of every node class (Python-ast.c's `AST_type`): instances
/// keep their fields in their dict; `__init__` takes them by `_fields` position or
/// by keyword.
enum ASTNodeType {
    static let traverse: traverseproc = { o, visit, arg in
        Trace.visit(o!.layout(KraitASTObject.self).pointee.dict, visit, arg)
        return 0
    }

    static func setUp() throws(PyException) {
        let t = Krait_astNode_type!
        TypeSetup.begin(t, name: "ast.AST", basicSize: MemoryLayout<KraitASTObject>.size, flags: UInt(Py_TPFLAGS_BASETYPE))
        // CPython's AST is a heap type, so its attributes may be set.
        t.pointee.tp_flags &= ~UInt(Py_TPFLAGS_IMMUTABLETYPE)
        t.pointee.tp_traverse = traverse
        t.pointee.tp_new = { type, _, _ in ModuleTypes.allocate(type!) }
        t.pointee.tp_init = initialize
        // Its own, as CPython's heap type spec lists them (they show in its dict).
        t.pointee.tp_getattro = Krait_object_type.pointee.tp_getattro
        t.pointee.tp_setattro = Krait_object_type.pointee.tp_setattro
        t.pointee.tp_dictoffset = MemoryLayout<KraitASTObject>.offset(of: \.dict)!
        t.pointee.tp_getset = SlotFunctions.dictGetSet
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("AST.__reduce__")
                    return try ASTNodeType.reduce(s)
                }
            },
        ])
        try TypeSetup.ready(t)
        let dict = Value(t.pointee.tp_dict!)
        try Dict.setItem(dict, Interned.literal("__module__"), Interned.literal("ast"))
        let empty = Tuple.make([])
        for name in ["_fields", "__match_args__", "_attributes"] { try Dict.setItem(dict, Interned.get(name), empty) }
    }

    /// `ast_type_init`: positional arguments name `_fields` in order; keywords may
    /// name anything, but not a field a positional argument already set.
    static let initialize: initproc = { o, args, kwargs in
        CBoundary.status { () throws(PyException) in
            let node = Value(o!)
            let type = node.type
            let fields = try Protocols.lookupAttribute(Value(type), Interned.literal("_fields"))
            let count = try fields.map { f throws(PyException) in try Protocols.length(f) } ?? 0
            let positional = Value(args!)
            let given = Tuple.count(positional)
            if count < given {
                throw PyException.typeError("\(TypeObject.name(type)) constructor takes at most \(count) positional argument\(count == 1 ? "" : "s")")
            }
            for i in 0..<given {
                try Protocols.setAttribute(node, try Protocols.getItem(fields!, IntObject.make(i)), Tuple.item(positional, i))
            }
            guard let kwargs else { return }
            var position = 0
            while let (key, value, next) = Dict.next(Value(kwargs), from: position) {
                position = next
                if let fields, try Protocols.contains(fields, key) {
                    let index = try Protocols.callMethod(fields, "index", key)
                    if try IntObject.machineValue(Protocols.indexValue(index)).map({ $0 < given }) ?? false {
                        throw PyException.typeError("\(TypeObject.fullName(type)) got multiple values for argument '\(Str.swiftString(key))'")
                    }
                }
                try Protocols.setAttribute(node, key, value)
            }
        }
    }

    /// `ast_type_reduce`: the class, no arguments, and the instance dict as the state.
    static func reduce(_ node: Value) throws(PyException) -> Value {
        let type = Value(node.type)
        let noArguments = Tuple.make([])
        if let dict = try Protocols.lookupAttribute(node, Interned.literal("__dict__")) {
            return Tuple.make([type, noArguments, dict])
        }
        return Tuple.make(type, noArguments)
    }
}
