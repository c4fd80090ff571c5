import Interpreter
import ObjectLayout
import ObjectModel

/// The builtin functions about objects and namespaces: getattr, id, exec, __import__, …
enum BuiltinIntrospection {
    static let all: [MethodSpec] = [
        MethodSpec("getattr", doc: "Get a named attribute from an object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("getattr", min: 2, max: 3)
                let name = try attributeName(args[1], "getattr")
                if let fallback = args.optional(2) {
                    return try Protocols.lookupAttribute(args[0], name) ?? fallback
                }
                return try Protocols.getAttribute(args[0], name)
            }
        },
        MethodSpec("setattr", doc: "Sets the named attribute on the given object to the specified value.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("setattr", min: 3, max: 3)
                try Protocols.setAttribute(args[0], try attributeName(args[1], "setattr"), args[2])
                return .none
            }
        },
        MethodSpec("delattr", doc: "Deletes the named attribute from the given object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("delattr", min: 2, max: 2)
                try Protocols.setAttribute(args[0], try attributeName(args[1], "delattr"), .empty)
                return .none
            }
        },
        MethodSpec("hasattr", doc: "Return whether the object has an attribute with the given name.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("hasattr", min: 2, max: 2)
                return .bool(try Protocols.lookupAttribute(args[0], try attributeName(args[1], "hasattr")) != nil)
            }
        },
        MethodSpec("id", doc: "Return the identity of an object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                IntObject.make(Int(bitPattern: UInt(bitPattern: Boxing.object(try Arguments(a, n, k).one("id")))))
            }
        },
        MethodSpec("hash", doc: "Return the hash value for the given object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in IntObject.make(try Protocols.hash(try Arguments(a, n, k).one("hash"))) }
        },
        MethodSpec("callable", doc: "Return whether the object is callable (i.e., some kind of function).") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Arguments(a, n, k).one("callable")
                return .bool(v.type.pointee.kr_call != nil || v.type.pointee.tp_call != nil)
            }
        },
        MethodSpec("globals", doc: "Return the dictionary containing the current scope's global variables.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("globals")
                return RuntimeHooks.currentGlobals?() ?? .none
            }
        },
        MethodSpec("vars", doc: "Show vars.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("vars", min: 0, max: 1)
                if args.count == 0 { return RuntimeHooks.currentLocals?() ?? .none }
                guard let d = try Protocols.lookupAttribute(args[0], Interned.get("__dict__")) else {
                    throw PyException.typeError("vars() argument must have __dict__ attribute")
                }
                return d
            }
        },
        MethodSpec("sorted", doc: "Return a new list containing all items from the iterable in ascending order.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                guard args.count == 1 else {
                    throw PyException.typeError("sorted expected 1 argument, got \(args.count)")
                }
                let list = List.new()
                try Protocols.forEach(args[0]) { v throws(PyException) in List.append(list, v) }
                let sort = try Protocols.getAttribute(list, "sort")
                let keywords = Arguments(args.base.map { $0 + args.count }, 0, args.kwnames)
                _ = try Protocols.call(sort, keywords)
                return list
            }
        },
        MethodSpec("exec", doc: "Execute the given source in the context of globals and locals.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                _ = try Execution.run(Arguments(a, n, k), mode: .exec)
                return .none
            }
        },
        MethodSpec("compile", doc: "Compile source into a code object that can be executed by exec() or eval().") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Execution.compileBuiltin(Arguments(a, n, k)) }
        },
        MethodSpec("eval", doc: "Evaluate the given source in the context of globals and locals.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Execution.run(Arguments(a, n, k), mode: .eval) }
        },
        MethodSpec("__import__", doc: "Import a module.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let p = try Arguments(a, n, k).parse("__import__", ["name", "globals", "locals", "fromlist", "level"],
                                                     required: 1)
                let level = try p[4].map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
                return try ImportSystem.importModule(p[0]!, p[1] ?? .none, p[3] ?? .none, IntObject.make(level))
            }
        },
    ]

    static func attributeName(_ v: Value, _ function: String) throws(PyException) -> Value {
        guard TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
            throw PyException.typeError("attribute name must be string, not '\(TypeObject.name(v.type))'")
        }
        return v
    }
}

/// `dir()` and `locals()`.
enum BuiltinNamespaces {
    static let all: [MethodSpec] = [
        MethodSpec("locals", doc: "Return a dictionary containing the current scope's local variables.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("locals")
                return RuntimeHooks.currentLocals?() ?? .none
            }
        },
        MethodSpec("dir", doc: "Show attributes of an object.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("dir", min: 0, max: 1)
                let names: Value
                if args.count == 0 {
                    names = try Protocols.call(Value(Krait_list_type), RuntimeHooks.currentLocals?() ?? Dict.new())
                } else {
                    guard let method = SlotFunctions.lookupSpecial(args[0], "__dir__") else {
                        throw PyException.typeError("object does not provide __dir__")
                    }
                    names = try Protocols.call(Value(Krait_list_type), try SlotFunctions.callUnbound(method, args[0], []))
                }
                _ = try Protocols.callMethod(names, "sort")
                return names
            }
        },
    ]
}
