import ObjectLayout
import ObjectModel

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`, the core of
/// `functools.lru_cache`: no cache (maxsize 0), an unbounded dict of results, or a
/// bounded one whose links also form a recency list, the oldest evicted first.
enum LruCache {
    typealias Link = UnsafeMutablePointer<KraitLruLinkObject>

    /// Separates positional from keyword arguments in a key (CPython's `kwd_mark`).
    nonisolated(unsafe) static var keywordMark = Value.empty

    static func setUp() {
        keywordMark = Value(Allocation.immortal(size: MemoryLayout<PyObject>.size, type: Krait_object_type))
        let type = Krait_lruCache_type!
        ModuleTypes.define(type, "functools._lru_cache_wrapper", size: MemoryLayout<KraitLruCacheObject>.size,
                           doc: "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n",
                           base: false, traverse: { o, visit, arg in
                               let c = o!.layout(KraitLruCacheObject.self)
                               Trace.visit(c.pointee.func, visit, arg)
                               Trace.visit(c.pointee.cache, visit, arg)
                               Trace.visit(c.pointee.root, visit, arg)
                               Trace.visit(c.pointee.cache_info_type, visit, arg)
                               Trace.visit(c.pointee.dict, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try LruCache.make(type, args) })
        type.pointee.tp_flags |= UInt(Py_TPFLAGS_METHOD_DESCRIPTOR)
        type.pointee.tp_dictoffset = MemoryLayout<KraitLruCacheObject>.offset(of: \.dict)!
        type.pointee.tp_weaklistoffset = MemoryLayout<KraitLruCacheObject>.offset(of: \.weakreflist)!
        type.pointee.tp_getset = SlotFunctions.dictGetSet
        type.pointee.kr_call = { s, a, n, k in CBoundary.value { () throws(PyException) in try LruCache.call(s, Arguments(a, n, k)) } }
        type.pointee.tp_descr_get = { o, instance, _ in
            guard let instance, instance != Krait_None else { return o }
            return Boxing.object(ClassMethods.bind(Value(o!), Value(instance)))
        }
        type.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("cache_info") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("cache_info")
                    let c = s.layout(KraitLruCacheObject.self).pointee
                    let maxsize = c.maxsize < 0 ? Value.none : IntObject.make(c.maxsize)
                    return try Protocols.call(c.cache_info_type, IntObject.make(c.hits), IntObject.make(c.misses), maxsize,
                                              IntObject.make(Dict.count(c.cache)))
                }
            },
            MethodSpec("cache_clear") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("cache_clear")
                    let c = s.layout(KraitLruCacheObject.self)
                    c.pointee.hits = 0
                    c.pointee.misses = 0
                    Dict.clear(c.pointee.cache)
                    if !c.pointee.root.isEmpty { LruCache.resetRoot(c.pointee.root) }
                    return .none
                }
            },
            MethodSpec("__reduce__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__reduce__")
                    return try Protocols.getAttribute(s, "__qualname__")
                }
            },
            MethodSpec("__copy__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("__copy__")
                    return s
                }
            },
            MethodSpec("__deepcopy__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    _ = try args.one("__deepcopy__")
                    return s
                }
            },
        ])

        let link = Krait_lruLink_type!
        ModuleTypes.define(link, "functools._lru_list_elem", size: MemoryLayout<KraitLruLinkObject>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               let l = o!.layout(KraitLruLinkObject.self)
                               Trace.visit(l.pointee.prev, visit, arg)
                               Trace.visit(l.pointee.next, visit, arg)
                               Trace.visit(l.pointee.key, visit, arg)
                               Trace.visit(l.pointee.result, visit, arg)
                               return 0
                           })
    }

    static func make(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("lru_cache", ["user_function", "maxsize", "typed", "cache_info_type"], required: 4)
        let function = p[0]!, maxsizeArgument = p[1]!
        guard ModuleTypes.isCallable(function) else { throw PyException.typeError("the first argument must be callable") }
        var maxsize = -1
        if maxsizeArgument != .none {
            guard IntObject.check(maxsizeArgument) else { throw PyException.typeError("maxsize should be integer or None") }
            maxsize = Swift.max(try ModuleTypes.size(maxsizeArgument), 0)
        }
        let typed = try Protocols.isTrue(p[2]!)
        let object = ModuleTypes.allocate(type)
        let c = object.layout(KraitLruCacheObject.self)
        c.pointee.func = function
        c.pointee.cache = Dict.new()
        c.pointee.maxsize = maxsize
        c.pointee.typed = typed ? 1 : 0
        c.pointee.cache_info_type = p[3]!
        if maxsize > 0 {
            let root = Value(ModuleTypes.allocate(Krait_lruLink_type))
            resetRoot(root)
            c.pointee.root = root
        }
        return Value(object)
    }

    static func resetRoot(_ root: Value) {
        root.layout(KraitLruLinkObject.self).pointee.prev = root
        root.layout(KraitLruLinkObject.self).pointee.next = root
    }

    /// The cache key of a call: a lone int or str argument itself, else a tuple of the
    /// positional arguments, then the mark and keyword names and values, then (typed)
    /// the types of all the values.
    static func key(_ args: Arguments, typed: Bool) -> Value {
        let positional = args.count, keywords = args.keywordCount
        if !typed && keywords == 0 {
            if positional == 1 {
                let only = args[0]
                if only.isSmallInt || only.isExactly(Krait_int_type) || only.isExactly(Krait_str_type) { return only }
            }
            return Tuple.make(UnsafeBufferPointer(start: args.base, count: positional))
        }
        let size = positional + (keywords > 0 ? 1 + 2 * keywords : 0) + (typed ? positional + keywords : 0)
        let key = Tuple.allocate(count: size)
        let items = Tuple.items(key)
        var i = 0
        for j in 0..<positional { items[i] = args[j]; i += 1 }
        if keywords > 0 {
            items[i] = keywordMark
            i += 1
            for j in 0..<keywords {
                items[i] = Tuple.item(args.kwnames, j)
                items[i + 1] = args[positional + j]
                i += 2
            }
        }
        if typed {
            for j in 0..<positional + keywords { items[i] = Value(args[j].type); i += 1 }
        }
        return key
    }

    static func call(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        let c = s.layout(KraitLruCacheObject.self)
        if c.pointee.maxsize == 0 {
            c.pointee.misses += 1
            return try Protocols.call(c.pointee.func, args)
        }
        let key = self.key(args, typed: c.pointee.typed != 0)
        let hash = try Protocols.hash(key)
        let cache = c.pointee.cache
        if c.pointee.maxsize < 0 {
            if let result = try Dict.getItem(cache, key, hash: hash) {
                c.pointee.hits += 1
                return result
            }
            c.pointee.misses += 1
            let result = try Protocols.call(c.pointee.func, args)
            try Dict.setItem(cache, key, result, hash: hash)
            return result
        }
        if let found = try Dict.getItem(cache, key, hash: hash) {
            unlink(found)
            append(found, before: c.pointee.root)
            c.pointee.hits += 1
            return found.layout(KraitLruLinkObject.self).pointee.result
        }
        c.pointee.misses += 1
        let result = try Protocols.call(c.pointee.func, args)
        // The call may itself have cached this key (recursion) or cleared the cache.
        if try Dict.getItem(cache, key, hash: hash) != nil { return result }
        if Dict.count(cache) >= c.pointee.maxsize {
            let oldest = c.pointee.root.layout(KraitLruLinkObject.self).pointee.next
            let o = oldest.layout(KraitLruLinkObject.self).pointee
            unlink(oldest)
            _ = try Dict.removeItem(cache, o.key, hash: o.hash)
        }
        let link = ModuleTypes.allocate(Krait_lruLink_type)
        let l = link.layout(KraitLruLinkObject.self)
        l.pointee.key = key
        l.pointee.hash = hash
        l.pointee.result = result
        append(Value(link), before: c.pointee.root)
        try Dict.setItem(cache, key, Value(link), hash: hash)
        return result
    }

    static func unlink(_ v: Value) {
        let l = v.layout(KraitLruLinkObject.self).pointee
        l.prev.layout(KraitLruLinkObject.self).pointee.next = l.next
        l.next.layout(KraitLruLinkObject.self).pointee.prev = l.prev
    }

    /// Puts the link last in recency order: just before the root.
    static func append(_ v: Value, before root: Value) {
        let last = root.layout(KraitLruLinkObject.self).pointee.prev
        v.layout(KraitLruLinkObject.self).pointee.prev = last
        v.layout(KraitLruLinkObject.self).pointee.next = root
        last.layout(KraitLruLinkObject.self).pointee.next = v
        root.layout(KraitLruLinkObject.self).pointee.prev = v
    }
}
