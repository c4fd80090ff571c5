import ObjectLayout
import ObjectModel

/// `zip_longest(*iterables, fillvalue=None)`.
enum ZipLongest {
    static func setUp() {
        let type = Krait_zipLongest_type!
        ModuleTypes.define(type, "itertools.zip_longest", size: MemoryLayout<KraitZipLongestObject>.size,
                           doc: "zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.\n",
                           traverse: { o, visit, arg in
                               let z = o!.layout(KraitZipLongestObject.self)
                               Trace.visit(z.pointee.ittuple, visit, arg)
                               Trace.visit(z.pointee.fillvalue, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try ZipLongest.make(type, args) })
        ModuleTypes.iterator(type) { o in ModuleTypes.iternext(o) { v throws(PyException) in try ZipLongest.next(v) } }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("__reduce__", doc: "Return state information for pickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    let z = s.layout(KraitZipLongestObject.self).pointee
                    // Exhausted iterators are pickled as empty tuples.
                    let n = Tuple.count(z.ittuple)
                    let iterators = Tuple.allocate(count: n)
                    for i in 0..<n {
                        let it = Tuple.item(z.ittuple, i)
                        Tuple.items(iterators)[i] = it.isEmpty ? Tuple.make([]) : it
                    }
                    return Tuple.make([Value(s.type), iterators, z.fillvalue])
                }
            },
            MethodSpec("__setstate__", doc: "Set state information for unpickling.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    s.layout(KraitZipLongestObject.self).pointee.fillvalue = try args.one("__setstate__")
                    return .none
                }
            },
        ])
    }

    static func make(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        var fill = Value.none
        if args.keywordCount > 0 {
            guard args.keywordCount == 1, let f = args.keyword("fillvalue") else {
                throw PyException.typeError("zip_longest() got an unexpected keyword argument")
            }
            fill = f
        }
        let iterators = Tuple.allocate(count: args.count)
        for i in 0..<args.count { Tuple.items(iterators)[i] = try Protocols.iterator(args[i]) }
        let object = ModuleTypes.allocate(type)
        let z = object.layout(KraitZipLongestObject.self)
        z.pointee.ittuple = iterators
        z.pointee.numactive = args.count
        z.pointee.fillvalue = fill
        return Value(object)
    }

    static func next(_ v: Value) throws(PyException) -> Value? {
        let z = v.layout(KraitZipLongestObject.self)
        let iterators = z.pointee.ittuple
        let n = Tuple.count(iterators)
        guard n > 0, z.pointee.numactive > 0 else { return nil }
        let result = Tuple.allocate(count: n)
        for i in 0..<n {
            let it = Tuple.item(iterators, i)
            var item = z.pointee.fillvalue
            if !it.isEmpty {
                let next: Value?
                do {
                    next = try Protocols.next(it)
                } catch {
                    z.pointee.numactive = 0
                    throw error
                }
                if let next {
                    item = next
                } else {
                    z.pointee.numactive -= 1
                    if z.pointee.numactive == 0 { return nil }
                    Tuple.items(iterators)[i] = .empty
                }
            }
            Tuple.items(result)[i] = item
        }
        return result
    }
}
