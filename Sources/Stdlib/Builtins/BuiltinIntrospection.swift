import Interpreter
import ObjectLayout
import ObjectModel

/// The builtin functions about objects and namespaces: getattr, id, exec, __import__, …
enum BuiltinIntrospection {
    static let all: [MethodSpec] = [
        MethodSpec("getattr", doc: "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.") { _, a, n, k in
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
        MethodSpec("setattr", doc: "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value.\n\nsetattr(x, 'y', v) is equivalent to ``x.y = v``") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("setattr", min: 3, max: 3)
                try Protocols.setAttribute(args[0], try attributeName(args[1], "setattr"), args[2])
                return .none
            }
        },
        MethodSpec("delattr", doc: "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object.\n\ndelattr(x, 'y') is equivalent to ``del x.y``") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("delattr", min: 2, max: 2)
                try Protocols.setAttribute(args[0], try attributeName(args[1], "delattr"), .empty)
                return .none
            }
        },
        MethodSpec("hasattr", doc: "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name.\n\nThis is done by calling getattr(obj, name) and catching AttributeError.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("hasattr", min: 2, max: 2)
                return .bool(try Protocols.lookupAttribute(args[0], try attributeName(args[1], "hasattr")) != nil)
            }
        },
        MethodSpec("id", doc: "id($module, obj, /)\n--\n\nReturn the identity of an object.\n\nThis is guaranteed to be unique among simultaneously existing objects.\n(CPython uses the object's memory address.)") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                IntObject.make(Int(bitPattern: UInt(bitPattern: Boxing.object(try Arguments(a, n, k).one("id")))))
            }
        },
        MethodSpec("hash", doc: "hash($module, obj, /)\n--\n\nReturn the hash value for the given object.\n\nTwo objects that compare equal must also have the same hash value, but the\nreverse is not necessarily true.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in IntObject.make(try Protocols.hash(try Arguments(a, n, k).one("hash"))) }
        },
        MethodSpec("callable", doc: "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function).\n\nNote that classes are callable, as are instances of classes with a\n__call__() method.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let v = try Arguments(a, n, k).one("callable")
                return .bool(v.type.pointee.kr_call != nil || v.type.pointee.tp_call != nil)
            }
        },
        MethodSpec("globals", doc: "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables.\n\nNOTE: Updates to this dictionary *will* affect name lookups in the current\nglobal scope and vice-versa.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("globals")
                return RuntimeHooks.currentGlobals?() ?? .none
            }
        },
        MethodSpec("vars", doc: "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("vars", min: 0, max: 1)
                if args.count == 0 { return RuntimeHooks.currentLocals?() ?? .none }
                guard let d = try Protocols.lookupAttribute(args[0], Interned.literal("__dict__")) else {
                    throw PyException.typeError("vars() argument must have __dict__ attribute")
                }
                return d
            }
        },
        MethodSpec("sorted", doc: "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order.\n\nA custom key function can be supplied to customize the sort order, and the\nreverse flag can be set to request the result in descending order.") { _, a, n, k in
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
        MethodSpec("exec", doc: "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals.\n\nThe source may be a string representing one or more Python statements\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.\nThe closure must be a tuple of cellvars, and can only be used\nwhen source is a code object requiring exactly that many cellvars.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                _ = try Execution.run(Arguments(a, n, k), mode: .exec)
                return .none
            }
        },
        MethodSpec("compile", doc: "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval().\n\nThe source code may represent a Python module, statement or expression.\nThe filename will be used for run-time error messages.\nThe mode must be 'exec' to compile a module, 'single' to compile a\nsingle (interactive) statement, or 'eval' to compile an expression.\nThe flags argument, if present, controls which future statements influence\nthe compilation of the code.\nThe dont_inherit argument, if true, stops the compilation inheriting\nthe effects of any future statements in effect in the code calling\ncompile; if absent or false these statements do influence the compilation,\nin addition to any features explicitly specified.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Execution.compileBuiltin(Arguments(a, n, k)) }
        },
        MethodSpec("eval", doc: "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source in the context of globals and locals.\n\nThe source may be a string representing a Python expression\nor a code object as returned by compile().\nThe globals must be a dictionary and locals can be any mapping,\ndefaulting to the current globals and locals.\nIf only globals is given, locals defaults to it.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in try Execution.run(Arguments(a, n, k), mode: .eval) }
        },
        MethodSpec("__import__", doc: "__import__($module, /, name, globals=None, locals=None, fromlist=(),\n           level=0)\n--\n\nImport a module.\n\nBecause this function is meant for use by the Python\ninterpreter and not for general use, it is better to use\nimportlib.import_module() to programmatically import a module.\n\nThe globals argument is only used to determine the context;\nthey are not modified.  The locals argument is unused.  The fromlist\nshould be a list of names to emulate ``from name import ...``, or an\nempty list to emulate ``import name``.\nWhen importing a module from a package, note that __import__('A.B', ...)\nreturns package A when fromlist is empty, but its submodule B when\nfromlist is not empty.  The level argument is used to determine whether to\nperform absolute or relative imports: 0 is absolute, while a positive number\nis the number of parent directories to search relative to the current module.") { _, a, n, k in
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
        MethodSpec("locals", doc: "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables.\n\nNOTE: Whether or not updates to this dictionary will affect name lookups in\nthe local scope and vice-versa is *implementation dependent* and not\ncovered by any backwards compatibility guarantees.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                try Arguments(a, n, k).none("locals")
                return RuntimeHooks.currentLocals?() ?? .none
            }
        },
        MethodSpec("dir", doc: "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes.") { _, a, n, k in
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
