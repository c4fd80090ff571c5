import ObjectLayout
import ObjectModel

/// `_weakref`, with CPython's names, which the standard library's `weakref.py` builds
/// on; and `weakref` itself, a stop-gap with the same names until that file is on
/// `sys.path` (see `ImportSystem.native`).
enum WeakrefModule {
    static let doc = "Weak-reference support module."

    static func create(_ name: String) throws(PyException) -> Value {
        try NativeModule.make(name, doc: doc, functions: functions, constants: [
            ("ref", { Value(Krait_weakref_type) }), ("ReferenceType", { Value(Krait_weakref_type) }),
            ("ProxyType", { Value(Krait_weakProxy_type) }), ("CallableProxyType", { Value(Krait_weakCallableProxy_type) }),
        ])
    }

    static let functions: [MethodSpec] = [
        MethodSpec("getweakrefcount", doc: "getweakrefcount($module, object, /)\n--\n\nReturn the number of weak references to 'object'.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                IntObject.make(WeakReferences.count(try Arguments(a, n, k).one("getweakrefcount")))
            }
        },
        MethodSpec("getweakrefs", doc: "getweakrefs($module, object, /)\n--\n\nReturn a list of all weak reference objects pointing to 'object'.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in WeakReferences.all(try Arguments(a, n, k).one("getweakrefs")) }
        },
        MethodSpec("proxy", doc: "proxy($module, object, callback=None, /)\n--\n\nCreate a proxy object that weakly references 'object'.\n\n'callback', if given, is called with a reference to the\nproxy when 'object' is about to be finalized.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("proxy", min: 1, max: 2)
                return try WeakReferences.proxy(args[0], args.optional(1) ?? .none)
            }
        },
        MethodSpec("_remove_dead_weakref", doc: "_remove_dead_weakref($module, dct, key, /)\n--\n\nAtomically remove key from dict if it points to a dead weakref.") { _, a, n, k in
            CBoundary.value { () throws(PyException) in
                let args = Arguments(a, n, k)
                try args.positional("_remove_dead_weakref", min: 2, max: 2)
                guard TypeObject.hasFlag(args[0].type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
                    throw PyException.typeError("_remove_dead_weakref() argument 1 must be dict, not \(TypeObject.argumentTypeName(args[0]))")
                }
                guard let value = try Dict.getItem(args[0], args[1]) else { return .none }
                guard WeakReferences.isReference(value) || WeakReferences.isProxy(value) else { throw PyException.typeError("not a weakref") }
                if WeakReferences.referent(value.layout(PyWeakReference.self)) == .none { _ = try Dict.deleteItem(args[0], args[1]) }
                return .none
            }
        },
    ]
}
