import ObjectLayout
import ObjectModel

/// The `_collections` module: deque, defaultdict, and the helpers of `collections`
/// (`_count_elements` for Counter, `_tuplegetter` for namedtuple). OrderedDict is
/// left to collections' pure-Python version.
enum CollectionsModule {
    nonisolated(unsafe) static var typesReady = false

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        DequeType.setUp()
        DequeIterator.setUp()
        DefaultDict.setUp()
        TupleGetter.setUp()
        for type in [Krait_deque_type!, Krait_dequeIterator_type!, Krait_dequeReverseIterator_type!, Krait_defaultdict_type!,
                     Krait_tupleGetter_type!] {
            try TypeSetup.ready(type)
        }
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        let m = try NativeModule.make("_collections", doc: "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n", functions: [
            MethodSpec("_count_elements", doc: "_count_elements($module, mapping, iterable, /)\n--\n\nCount elements in the iterable, updating the mapping") { _, a, n, k in
                MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                    try args.noKeywords("_count_elements")
                    try args.positional("_count_elements", min: 2, max: 2)
                    try CollectionsModule.countElements(args[0], args[1])
                    return .none
                }
            },
        ])
        return try ModuleTypes.add(m, [
            ("deque", Krait_deque_type), ("defaultdict", Krait_defaultdict_type), ("_deque_iterator", Krait_dequeIterator_type),
            ("_deque_reverse_iterator", Krait_dequeReverseIterator_type), ("_tuplegetter", Krait_tupleGetter_type),
        ])
    }

    /// `mapping[item] = mapping.get(item, 0) + 1` for each item; a plain dict directly.
    static func countElements(_ mapping: Value, _ iterable: Value) throws(PyException) {
        let it = try Protocols.iterator(iterable)
        let one = Value(smallInt: 1)
        if mapping.isExactly(Krait_dict_type) {
            while let key = try Protocols.next(it) {
                let hash = try Protocols.hash(key)
                let old = try Dict.getItem(mapping, key, hash: hash)
                try Dict.setItem(mapping, key, try old.map { v throws(PyException) in try Protocols.binary(v, one, .add) } ?? one, hash: hash)
            }
            return
        }
        let get = try Protocols.getAttribute(mapping, "get")
        while let key = try Protocols.next(it) {
            let old = try Protocols.call(get, key, Value(smallInt: 0))
            try Protocols.setItem(mapping, key, try Protocols.binary(old, one, .add))
        }
    }
}
