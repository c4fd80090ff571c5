import ObjectLayout
import ObjectModel

/// `_tuplegetter(index, doc)`: the descriptor behind each field of a namedtuple,
/// reading item `index` of a tuple instance.
enum TupleGetter {
    static func setUp() {
        let t = Krait_tupleGetter_type!
        ModuleTypes.define(t, "_collections._tuplegetter", size: MemoryLayout<KraitTupleGetterObject>.size, doc: nil,
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(KraitTupleGetterObject.self).pointee.doc, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in
                               try ModuleTypes.noKeywords(type, Krait_tupleGetter_type, args, "_tuplegetter")
                               try args.positional("_tuplegetter", min: 2, max: 2)
                               let index = try ModuleTypes.size(args[0])
                               let object = ModuleTypes.allocate(type)
                               object.layout(KraitTupleGetterObject.self).pointee.index = index
                               object.layout(KraitTupleGetterObject.self).pointee.doc = args[1]
                               return Value(object)
                           })
        t.pointee.tp_descr_get = { o, instance, _ in
            CBoundary.object { () throws(PyException) in
                let index = o!.layout(TupleGetter.Layout.self).pointee.index
                guard let instance, instance != Krait_None else { return Value(o!) }
                let v = Value(instance)
                guard TypeObject.isSubtype(v.type, of: Krait_tuple_type) else {
                    throw PyException.typeError("descriptor for index '\(index)' for tuple subclasses doesn't apply to '\(TypeObject.name(v.type))' object")
                }
                guard index >= 0 && index < Tuple.count(v) else { throw PyException.indexError("tuple index out of range") }
                return Tuple.item(v, index)
            }
        }
        t.pointee.tp_descr_set = { _, _, value in
            CBoundary.status { () throws(PyException) in
                throw PyException.attributeError(value == nil ? "can't delete attribute" : "can't set attribute")
            }
        }
        t.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                let g = v.layout(Layout.self).pointee
                return "\(ModuleTypes.shortName(v))(\(g.index), \(try Protocols.reprText(g.doc.isEmpty ? .none : g.doc)))"
            }
        }
        t.pointee.tp_members = MemberDescriptors.memberTable([
            ("__doc__", Int32(T_KRAIT_VALUE), MemoryLayout<Layout>.offset(of: \.doc)!, false, nil),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("_tuplegetter.__reduce__")
                    let g = s.layout(TupleGetter.Layout.self).pointee
                    return Tuple.make(Value(s.type), Tuple.make(IntObject.make(g.index), g.doc.isEmpty ? .none : g.doc))
                }
            },
        ])
    }

    typealias Layout = KraitTupleGetterObject
}
