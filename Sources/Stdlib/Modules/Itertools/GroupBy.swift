import ObjectLayout
import ObjectModel

/// `groupby` and its `_grouper`s, which share the groupby's iterator: only the
/// latest grouper advances it, and groupby skips what a grouper left unread.
enum GroupBy {
    static func setUp() {
        let groupby = Krait_groupby_type!
        ModuleTypes.define(groupby, "itertools.groupby", size: MemoryLayout<KraitGroupByObject>.size,
                           doc: "groupby(iterable, key=None)\n--\n\nmake an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.",
                           traverse: { o, visit, arg in
                               let g = o!.layout(KraitGroupByObject.self)
                               Trace.visit(g.pointee.it, visit, arg)
                               Trace.visit(g.pointee.keyfunc, visit, arg)
                               Trace.visit(g.pointee.tgtkey, visit, arg)
                               Trace.visit(g.pointee.currkey, visit, arg)
                               Trace.visit(g.pointee.currvalue, visit, arg)
                               Trace.visit(g.pointee.currgrouper, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in
                               let p = try args.parse("groupby", ["iterable", "key"], required: 1)
                               let it = try Protocols.iterator(p[0]!)
                               let object = ModuleTypes.allocate(type)
                               object.layout(KraitGroupByObject.self).pointee.it = it
                               object.layout(KraitGroupByObject.self).pointee.keyfunc = p[1] ?? .none
                               return Value(object)
                           })
        ModuleTypes.iterator(groupby) { o in ModuleTypes.iternext(o) { v throws(PyException) in try GroupBy.next(v) } }
        groupby.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let g = s.layout(KraitGroupByObject.self).pointee
                    let call = Tuple.make(g.it, g.keyfunc)
                    if g.tgtkey.isEmpty || g.currkey.isEmpty || g.currvalue.isEmpty { return Tuple.make(Value(s.type), call) }
                    return Tuple.make([Value(s.type), call, Tuple.make([g.currkey, g.currvalue, g.tgtkey])])
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let state = try args.one("__setstate__")
                    guard TypeObject.isSubtype(state.type, of: Krait_tuple_type) else { throw PyException.typeError("state is not a tuple") }
                    guard Tuple.count(state) == 3 else {
                        throw PyException.typeError("function takes exactly 3 arguments (\(Tuple.count(state)) given)")
                    }
                    let g = s.layout(KraitGroupByObject.self)
                    g.pointee.currkey = Tuple.item(state, 0)
                    g.pointee.currvalue = Tuple.item(state, 1)
                    g.pointee.tgtkey = Tuple.item(state, 2)
                    return .none
                }
            },
        ])

        let grouper = Krait_grouper_type!
        ModuleTypes.define(grouper, "itertools._grouper", size: MemoryLayout<KraitGrouperObject>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               let g = o!.layout(KraitGrouperObject.self)
                               Trace.visit(g.pointee.parent, visit, arg)
                               Trace.visit(g.pointee.tgtkey, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in
                               try args.noKeywords("_grouper")
                               try args.positional("_grouper", min: 2, max: 2)
                               guard TypeObject.isSubtype(args[0].type, of: Krait_groupby_type) else {
                                   throw PyException.typeError("_grouper() argument 1 must be itertools.groupby, not \(TypeObject.name(args[0].type))")
                               }
                               return GroupBy.makeGrouper(args[0], args[1])
                           })
        ModuleTypes.iterator(grouper) { o in ModuleTypes.iternext(o) { v throws(PyException) in try GroupBy.grouperNext(v) } }
        grouper.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let g = s.layout(KraitGrouperObject.self).pointee
                    guard g.parent.layout(KraitGroupByObject.self).pointee.currgrouper == s else {
                        // A grouper that can no longer advance pickles as an empty iterator.
                        let iter = try Protocols.getAttribute(try RuntimeHooks.importModule!("builtins"), "iter")
                        return Tuple.make(iter, Tuple.make(Tuple.make([])))
                    }
                    return Tuple.make(Value(s.type), Tuple.make(g.parent, g.tgtkey))
                }
            },
        ])
    }

    /// Reads the next item and its key into the groupby.
    static func step(_ g: UnsafeMutablePointer<KraitGroupByObject>) throws(PyException) -> Bool {
        guard let value = try Protocols.next(g.pointee.it) else { return false }
        let key = g.pointee.keyfunc == .none ? value : try Protocols.call(g.pointee.keyfunc, value)
        g.pointee.currvalue = value
        g.pointee.currkey = key
        return true
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let g = v.layout(KraitGroupByObject.self)
        g.pointee.currgrouper = .empty
        // Skips the rest of the current group.
        while true {
            if !g.pointee.currkey.isEmpty {
                if g.pointee.tgtkey.isEmpty { break }
                if !(try Protocols.equal(g.pointee.tgtkey, g.pointee.currkey)) { break }
            }
            guard try step(g) else { return nil }
        }
        g.pointee.tgtkey = g.pointee.currkey
        let grouper = makeGrouper(v, g.pointee.tgtkey)
        return Tuple.make(g.pointee.currkey, grouper)
    }

    static func makeGrouper(_ parent: Value, _ key: Value) -> Value {
        let object = ModuleTypes.allocate(Krait_grouper_type)
        object.layout(KraitGrouperObject.self).pointee.parent = parent
        object.layout(KraitGrouperObject.self).pointee.tgtkey = key
        parent.layout(KraitGroupByObject.self).pointee.currgrouper = Value(object)
        return Value(object)
    }

    static func grouperNext(_ v: Value) throws(PyException) -> Value? {
        let parent = v.layout(KraitGrouperObject.self).pointee.parent
        let g = parent.layout(KraitGroupByObject.self)
        guard g.pointee.currgrouper == v else { return nil }
        if g.pointee.currvalue.isEmpty {
            guard try step(g) else { return nil }
        }
        let key = v.layout(KraitGrouperObject.self).pointee.tgtkey
        guard try Protocols.equal(key, g.pointee.currkey) else { return nil }
        // A key's __eq__ may have advanced this grouper itself and taken the value.
        let value = g.pointee.currvalue
        if value.isEmpty { return nil }
        g.pointee.currvalue = .empty
        g.pointee.currkey = .empty
        return value
    }
}
