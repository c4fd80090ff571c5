import ObjectLayout

/// `object`'s methods other than `__format__`: the pickling helpers, the class hooks
/// `__init_subclass__` and `__subclasshook__`, `__sizeof__` and `__dir__`, in CPython's
/// order around `__format__`.
enum ObjectMethods {
    static var table: [MethodSpec] {
        [
            MethodSpec("__reduce_ex__", doc: "__reduce_ex__($self, protocol, /)\n--\n\nHelper for pickle.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                return try Reduction.reduceEx(s, protocol: try Protocols.index(try args.one("object.__reduce_ex__")))
            } },
            MethodSpec("__reduce__", doc: "__reduce__($self, /)\n--\n\nHelper for pickle.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("object.__reduce__")
                return try Reduction.common(s, protocol: 0)
            } },
            MethodSpec("__getstate__", doc: "__getstate__($self, /)\n--\n\nHelper for pickle.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("object.__getstate__")
                return try Reduction.defaultState(s, required: false)
            } },
            MethodSpec("__subclasshook__", flags: Int32(METH_CLASS),
                       doc: "Abstract classes can override this to customize issubclass().\n\nThis is invoked early on by abc.ABCMeta.__subclasscheck__().\nIt should return True, False or NotImplemented.  If it returns\nNotImplemented, the normal algorithm is used.  Otherwise, it\noverrides the normal algorithm (and the outcome is cached).\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in .notImplemented }
            },
            MethodSpec("__init_subclass__", flags: Int32(METH_CLASS),
                       doc: "This method is called when a class is subclassed.\n\nThe default implementation does nothing. It may be\noverridden to extend subclasses.\n") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let owner = TypeObject.qualname(s.object.layout(PyTypeObject.self))
                    try args.noKeywords("\(owner).__init_subclass__")
                    if args.count != 0 { throw PyException.typeError("\(owner).__init_subclass__() takes no arguments (\(args.count) given)") }
                    return .none
                }
            },
        ]
    }

    static var afterFormat: [MethodSpec] {
        [
            MethodSpec("__sizeof__", doc: "__sizeof__($self, /)\n--\n\nSize of object in memory, in bytes.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("object.__sizeof__")
                let type = s.type
                var size = type.pointee.tp_basicsize
                if type.pointee.tp_itemsize > 0 {
                    size += abs(s.layout(PyVarObject.self).pointee.ob_size) * type.pointee.tp_itemsize
                }
                return IntObject.make(size)
            } },
            MethodSpec("__dir__", doc: "__dir__($self, /)\n--\n\nDefault dir() implementation.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("object.__dir__")
                return try AttributeNames.ofInstance(s)
            } },
        ]
    }
}

/// The names `dir()` lists by default (CPython's `object.__dir__` and `type.__dir__`):
/// an instance's `__dict__` and everything its class and the bases define.
public enum AttributeNames {
    static func ofInstance(_ v: Value) throws(PyException) -> Value {
        let names = Dict.new()
        if let dict = try Protocols.lookupAttribute(v, Interned.literal("__dict__")), TypeObject.hasFlag(dict.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) {
            try addKeys(of: dict, to: names)
        }
        // An unset `__class__` slot hides the class's names, as in CPython.
        if let cls = try Protocols.lookupAttribute(v, Interned.literal("__class__")), TypeObject.isSubtype(cls.type, of: Krait_type_type) {
            try addClass(cls.object.layout(PyTypeObject.self), to: names)
        }
        return try Protocols.call(Value(Krait_list_type), names)
    }

    static func ofType(_ type: TypePointer) throws(PyException) -> Value {
        let names = Dict.new()
        try addClass(type, to: names)
        return try Protocols.call(Value(Krait_list_type), names)
    }

    static func addKeys(of mapping: Value, to names: Value) throws(PyException) {
        var position = 0
        while let (key, _, next) = Dict.next(mapping, from: position) {
            try Dict.setItem(names, key, .none)
            position = next
        }
    }

    /// The class's own names, then its bases' recursively.
    static func addClass(_ type: TypePointer, to names: Value) throws(PyException) {
        if let dict = type.pointee.tp_dict { try addKeys(of: Value(dict), to: names) }
        guard let bases = type.pointee.tp_bases else { return }
        for i in 0..<Tuple.count(Value(bases)) {
            try addClass(Tuple.item(Value(bases), i).object.layout(PyTypeObject.self), to: names)
        }
    }
}
