import ObjectLayout

/// `type`'s methods: `mro`, `__subclasses__`, `__prepare__`, the instance and
/// subclass checks, `__dir__` and `__sizeof__`; and `|` making unions.
enum TypeMethods {
    static func type(_ v: Value) -> TypePointer { v.object.layout(PyTypeObject.self) }

    /// How a method of `type` bound to the class `s` is named in messages: `C.mro`. Krait
    /// names it so also when called as `type.mro(C)`, which CPython words `type.mro`.
    static func boundName(_ s: Value, _ method: String) -> String { "\(TypeObject.qualname(type(s))).\(method)" }

    static var table: [MethodSpec] {
        [
            MethodSpec("mro", doc: "mro($self, /)\n--\n\nReturn a type's method resolution order.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(TypeMethods.boundName(s, "mro"))
                return try Protocols.call(Value(Krait_list_type), try TypeObject.computeMRO(TypeMethods.type(s)))
            } },
            MethodSpec("__subclasses__", doc: "__subclasses__($self, /)\n--\n\nReturn a list of immediate subclasses.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(TypeMethods.boundName(s, "__subclasses__"))
                return Subclasses.list(TypeMethods.type(s))
            } },
            MethodSpec("__prepare__", flags: Int32(METH_CLASS),
                       doc: "__prepare__() -> dict\nused to create the namespace for the class statement") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in Dict.new() }
            },
            MethodSpec("__instancecheck__", doc: "__instancecheck__($self, instance, /)\n--\n\nCheck if an object is an instance.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                .bool(try Protocols.realIsInstance(try args.one(TypeMethods.boundName(s, "__instancecheck__")), s))
            } },
            MethodSpec("__subclasscheck__", doc: "__subclasscheck__($self, subclass, /)\n--\n\nCheck if a class is a subclass.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                .bool(try Protocols.realIsSubclass(try args.one(TypeMethods.boundName(s, "__subclasscheck__")), s))
            } },
            MethodSpec("__dir__", doc: "__dir__($self, /)\n--\n\nSpecialized __dir__ implementation for types.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(TypeMethods.boundName(s, "__dir__"))
                return try AttributeNames.ofType(TypeMethods.type(s))
            } },
            MethodSpec("__sizeof__", doc: "__sizeof__($self, /)\n--\n\nReturn memory consumption of the type object.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none(TypeMethods.boundName(s, "__sizeof__"))
                let t = TypeMethods.type(s)
                guard HeapType.isHeapType(t) else { return IntObject.make(MemoryLayout<PyTypeObject>.size) }
                let members = HeapType.heap(t).pointee.ht_member_count
                return IntObject.make(MemoryLayout<PyHeapTypeObject>.size + (members + 1) * MemoryLayout<PyMemberDef>.stride)
            } },
        ]
    }

    /// `type.__or__` and `__ror__`.
    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = UnionType.orMethods
}
