import ObjectLayout
import ObjectModel

/// The `_functools` module: `reduce`, `cmp_to_key`, `partial` and the C core of
/// `lru_cache`.
enum FunctoolsModule {
    nonisolated(unsafe) static var typesReady = false

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        Partial.setUp()
        KeyWrapper.setUp()
        LruCache.setUp()
        for type in [Krait_partial_type!, Krait_keyWrapper_type!, Krait_lruCache_type!, Krait_lruLink_type!] {
            try TypeSetup.ready(type)
        }
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        let m = try NativeModule.make("_functools", doc: "Tools that operate on functions.", functions: [
            MethodSpec("reduce", doc: "reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty.") { _, a, n, k in
                MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in try FunctoolsModule.reduce(args) }
            },
            MethodSpec("cmp_to_key", doc: "Convert a cmp= function into a key= function.") { _, a, n, k in
                MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                    let p = try args.parse("cmp_to_key", ["mycmp"], required: 1)
                    return KeyWrapper.make(cmp: p[0]!, object: .empty)
                }
            },
        ])
        return try ModuleTypes.add(m, [("partial", Krait_partial_type), ("_lru_cache_wrapper", Krait_lruCache_type)])
    }

    static func reduce(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("reduce")
        if args.count < 2 { throw PyException.typeError("reduce expected at least 2 arguments, got \(args.count)") }
        if args.count > 3 { throw PyException.typeError("reduce expected at most 3 arguments, got \(args.count)") }
        let function = args[0]
        let it: Value
        do {
            it = try Protocols.iterator(args[1])
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError("reduce() arg 2 must support iteration")
        }
        var result = args.optional(2)
        while let item = try Protocols.next(it) {
            result = try result.map { r throws(PyException) in try Protocols.call(function, r, item) } ?? item
        }
        guard let result else { throw PyException.typeError("reduce() of empty iterable with no initial value") }
        return result
    }
}
