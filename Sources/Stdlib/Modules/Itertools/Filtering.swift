import ObjectLayout
import ObjectModel

/// `compress`, `dropwhile`, `takewhile`, `filterfalse` and `starmap`: a function (or
/// selectors) applied to one iterator.
enum Filtering {
    static let traversePredicate: traverseproc = { o, visit, arg in
        let p = o!.layout(KraitPredicateObject.self)
        Trace.visit(p.pointee.func, visit, arg)
        Trace.visit(p.pointee.it, visit, arg)
        return 0
    }

    /// `__reduce__` of the function-and-iterator types: `(type, (func, it))`, and the
    /// stop flag as state for dropwhile and takewhile.
    static let reduce = MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
        MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
            try args.none("__reduce__")
            let p = s.layout(KraitPredicateObject.self).pointee
            let call = Tuple.make(Value(s.type), Tuple.make(p.func, p.it))
            let base = ModuleTypes.staticBase(s.type)
            guard base == Krait_dropwhile_type || base == Krait_takewhile_type else { return call }
            return Tuple.make([Value(s.type), Tuple.make(p.func, p.it), IntObject.make(Int(p.stop))])
        }
    }

    static let setState = MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
        MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
            s.layout(KraitPredicateObject.self).pointee.stop = try Protocols.isTrue(try args.one("__setstate__")) ? 1 : 0
            return .none
        }
    }

    static func definePredicate(_ type: TypePointer, _ name: String, doc: String, stateful: Bool, _ next: @escaping iternextfunc) {
        ModuleTypes.define(type, "itertools." + name, size: MemoryLayout<KraitPredicateObject>.size, doc: doc,
                           traverse: traversePredicate, constructor: { type, args throws(PyException) in
                               try Filtering.makePredicate(type, args)
                           })
        ModuleTypes.iterator(type, next)
        type.pointee.tp_methods = TypeSetup.methodTable(stateful ? [reduce, setState] : [reduce])
    }

    static func setUp() {
        definePredicate(Krait_dropwhile_type, "dropwhile",
                        doc: "dropwhile(predicate, iterable, /)\n--\n\nDrop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.", stateful: true) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in try Filtering.dropwhileNext(v) }
        }
        definePredicate(Krait_takewhile_type, "takewhile",
                        doc: "takewhile(predicate, iterable, /)\n--\n\nReturn successive entries from an iterable as long as the predicate evaluates to true for each entry.", stateful: true) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in try Filtering.takewhileNext(v) }
        }
        definePredicate(Krait_filterfalse_type, "filterfalse",
                        doc: "filterfalse(function, iterable, /)\n--\n\nReturn those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.", stateful: false) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in try Filtering.filterfalseNext(v) }
        }
        definePredicate(Krait_starmap_type, "starmap",
                        doc: "starmap(function, iterable, /)\n--\n\nReturn an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.", stateful: false) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in try Filtering.starmapNext(v) }
        }

        let compress = Krait_compress_type!
        ModuleTypes.define(compress, "itertools.compress", size: MemoryLayout<KraitCompressObject>.size,
                           doc: "compress(data, selectors)\n--\n\nReturn data elements corresponding to true selector elements.\n\nForms a shorter iterator from selected data elements using the selectors to\nchoose the data elements.",
                           traverse: { o, visit, arg in
                               let c = o!.layout(KraitCompressObject.self)
                               Trace.visit(c.pointee.data, visit, arg)
                               Trace.visit(c.pointee.selectors, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in
                               let p = try args.parse("compress", ["data", "selectors"], required: 2)
                               let data = try Protocols.iterator(p[0]!)
                               let selectors = try Protocols.iterator(p[1]!)
                               let object = ModuleTypes.allocate(type)
                               object.layout(KraitCompressObject.self).pointee.data = data
                               object.layout(KraitCompressObject.self).pointee.selectors = selectors
                               return Value(object)
                           })
        ModuleTypes.iterator(compress) { o in ModuleTypes.iternext(o) { v throws(PyException) in try Filtering.compressNext(v) } }
        compress.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let c = s.layout(KraitCompressObject.self).pointee
                    return Tuple.make(Value(s.type), Tuple.make(c.data, c.selectors))
                }
            },
        ])
    }

    static func makePredicate(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let name = TypeObject.name(ModuleTypes.staticBase(type))
        try ModuleTypes.noKeywords(type, ModuleTypes.staticBase(type), args, name)
        try args.positionalCount(name, min: 2, max: 2)
        let it = try Protocols.iterator(args[1])
        let object = ModuleTypes.allocate(type)
        object.layout(KraitPredicateObject.self).pointee.func = args[0]
        object.layout(KraitPredicateObject.self).pointee.it = it
        return Value(object)
    }

    static func dropwhileNext(_ v: Value) throws(PyException) -> Value? {
        let p = v.layout(KraitPredicateObject.self)
        while let item = try Protocols.next(p.pointee.it) {
            if p.pointee.stop != 0 { return item }
            if !(try Protocols.isTrue(try Protocols.call(p.pointee.func, item))) {
                p.pointee.stop = 1
                return item
            }
        }
        return nil
    }

    static func takewhileNext(_ v: Value) throws(PyException) -> Value? {
        let p = v.layout(KraitPredicateObject.self)
        if p.pointee.stop != 0 { return nil }
        guard let item = try Protocols.next(p.pointee.it) else { return nil }
        if try Protocols.isTrue(try Protocols.call(p.pointee.func, item)) { return item }
        p.pointee.stop = 1
        return nil
    }

    static func filterfalseNext(_ v: Value) throws(PyException) -> Value? {
        let p = v.layout(KraitPredicateObject.self)
        let function = p.pointee.func
        while let item = try Protocols.next(p.pointee.it) {
            let truth = function == .none || function == Value(Krait_bool_type)
                ? try Protocols.isTrue(item) : try Protocols.isTrue(try Protocols.call(function, item))
            if !truth { return item }
        }
        return nil
    }

    static func starmapNext(_ v: Value) throws(PyException) -> Value? {
        let p = v.layout(KraitPredicateObject.self)
        guard let item = try Protocols.next(p.pointee.it) else { return nil }
        let arguments = try ModuleTypes.tuple(item)
        return try withExtendedLifetime(arguments) { () throws(PyException) in
            try Protocols.call(p.pointee.func, Arguments(Tuple.items(arguments), Tuple.count(arguments), .empty))
        }
    }

    static func compressNext(_ v: Value) throws(PyException) -> Value? {
        let c = v.layout(KraitCompressObject.self)
        while true {
            guard let datum = try Protocols.next(c.pointee.data), let selector = try Protocols.next(c.pointee.selectors) else { return nil }
            if try Protocols.isTrue(selector) { return datum }
        }
    }
}
