import ObjectLayout

/// The `dict` type's methods.
enum DictMethods {
    static func table() -> [MethodSpec] {
        [
            MethodSpec("__contains__", flags: Int32(METH_COEXIST), doc: "__contains__($self, key, /)\n--\n\nTrue if the dictionary has the specified key, else False.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in .bool(try Dict.getItem(s, args.one("dict.__contains__")) != nil) }
            },
            MethodSpec("__getitem__", flags: Int32(METH_COEXIST), doc: "x.__getitem__(y) <==> x[y]") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try DictType.lookup(s, args.one("dict.__getitem__")) }
            },
            MethodSpec("__reversed__", doc: "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the dict keys.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.__reversed__")
                    return DictIterator.makeReversed(s, type: Krait_dictReverseKeyIterator_type)
                }
            },
            MethodSpec("get", doc: "get($self, key, default=None, /)\n--\n\nReturn the value for key if key is in the dictionary, else default.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.noKeywords("dict.get")
                    try args.positional("get", min: 1, max: 2)
                    return try Dict.getItem(s, args[0]) ?? args.optional(1) ?? .none
                }
            },
            MethodSpec("setdefault", doc: "setdefault($self, key, default=None, /)\n--\n\nInsert key with a value of default if key is not in the dictionary.\n\nReturn the value for key if key is in the dictionary, else default.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.noKeywords("dict.setdefault")
                    try args.positional("setdefault", min: 1, max: 2)
                    return try Dict.setDefault(s, args[0], args.optional(1) ?? .none, hash: Protocols.hash(args[0]))
                }
            },
            MethodSpec("pop", doc: "pop($self, key, default=<unrepresentable>, /)\n--\n\nD.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\nIf the key is not found, return the default if given; otherwise,\nraise a KeyError.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.noKeywords("dict.pop")
                    try args.positional("pop", min: 1, max: 2)
                    if let value = try Dict.removeItem(s, args[0], hash: Protocols.hash(args[0])) { return value }
                    guard let fallback = args.optional(1) else { throw PyException.keyError(args[0]) }
                    return fallback
                }
            },
            MethodSpec("popitem", doc: "popitem($self, /)\n--\n\nRemove and return a (key, value) pair as a 2-tuple.\n\nPairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.popitem")
                    return try DictMethods.popItem(s)
                }
            },
            MethodSpec("keys", doc: "D.keys() -> a set-like object providing a view on D's keys") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.keys")
                    return DictViews.make(s, type: Krait_dictKeysView_type)
                }
            },
            MethodSpec("items", doc: "D.items() -> a set-like object providing a view on D's items") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.items")
                    return DictViews.make(s, type: Krait_dictItemsView_type)
                }
            },
            MethodSpec("values", doc: "D.values() -> an object providing a view on D's values") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.values")
                    return DictViews.make(s, type: Krait_dictValuesView_type)
                }
            },
            MethodSpec("update", doc: "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\nIf E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\nIf E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\nIn either case, this is followed by: for k in F:  D[k] = F[k]") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try DictUpdate.update(s, args, "update")
                    return .none
                }
            },
            MethodSpec("fromkeys", flags: Int32(METH_CLASS), doc: "fromkeys($type, iterable, value=None, /)\n--\n\nCreate a new dictionary with keys from iterable and values set to value.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { cls, args throws(PyException) in
                    try args.noKeywords("dict.fromkeys")
                    try args.positional("fromkeys", min: 1, max: 2)
                    let d = try Protocols.call(cls)
                    let value = args.optional(1) ?? .none
                    // CPython sizes a new dict's table for a dict's or a set's keys at once.
                    let source = args[0]
                    if d.isExactly(Krait_dict_type) && Dict.count(d) == 0 {
                        // ...and inserts them with the hashes they keep, not hashing again.
                        if source.isExactly(Krait_dict_type) {
                            Dict.rebuild(d, size: Dict.tableSize(forEntries: Dict.count(source)))
                            var position = 0
                            while let (key, _, hash, next) = SetOperations.dictEntry(source, from: position) {
                                try Dict.setItem(d, key, value, hash: hash)
                                position = next
                            }
                            return d
                        } else if source.isExactly(Krait_set_type) || source.isExactly(Krait_frozenset_type) {
                            Dict.rebuild(d, size: Dict.tableSize(forEntries: Sets.count(source)))
                            let so = Sets.set(source)
                            var i = 0
                            while i <= so.pointee.mask {
                                let entry = so.pointee.table[i]
                                if !entry.key.isEmpty { try Dict.setItem(d, entry.key, value, hash: entry.hash) }
                                i += 1
                            }
                            return d
                        }
                    }
                    try Protocols.forEach(args[0]) { key throws(PyException) in try Protocols.setItem(d, key, value) }
                    return d
                }
            },
            MethodSpec("clear", doc: "D.clear() -> None.  Remove all items from D.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.clear")
                    Dict.clear(s)
                    return .none
                }
            },
            MethodSpec("copy", doc: "D.copy() -> a shallow copy of D") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.copy")
                    return try DictType.copy(s)
                }
            },
            MethodSpec("__sizeof__", doc: "D.__sizeof__() -> size of D in memory, in bytes") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("dict.__sizeof__")
                    return IntObject.make(DictMethods.sizeOf(s))
                }
            },
        ]
    }

    /// CPython's `_PyDict_SizeOf`: the dict, plus its keys block unless it is the shared
    /// empty one: the header, the index table, and two thirds of the slots as entries
    /// (16 bytes each while every key is a str, 24 otherwise). Krait's own word
    /// (`kr_owner`) is left out, so sizes are CPython's.
    static func sizeOf(_ d: Value) -> Int {
        let object = Dict.dict(d).pointee
        let size = d.type.pointee.tp_basicsize - MemoryLayout<UnsafeMutablePointer<PyTypeObject>?>.size
        if let keys = object.ma_keys, object.ma_values != nil {
            // CPython counts a split dict's values (room for every shared key, and a
            // word of insertion order) but not the keys its type holds.
            return size + (keys.pointee.dk_nentries + keys.pointee.dk_usable + 1) * 8
        }
        guard let keys = object.ma_keys, keys.pointee.dk_nentries > 0 || object.ma_used > 0 else { return size }
        let entries = Dict.entries(keys)
        let strOnly = (0..<keys.pointee.dk_nentries).allSatisfy { entries[$0].me_key.isEmpty || entries[$0].me_key.isExactly(Krait_str_type) }
        let slots = keys.pointee.dk_size
        return size + 32 + slots * Int(keys.pointee.dk_index_bytes) + (2 * slots / 3) * (strOnly ? 16 : 24)
    }

    /// Removes and returns the last entry (LIFO). As in CPython, a combined table then
    /// ends at that entry, so popped entries do not count as deleted ones (which
    /// decides how `copy` sizes its table).
    static func popItem(_ d: Value) throws(PyException) -> Value {
        if Dict.count(d) == 0 { throw PyException.keyError(Str.make("popitem(): dictionary is empty")) }
        var i = Dict.entryCount(d) - 1
        while Dict.entry(d, i) == nil { i -= 1 }
        let (key, _, hash) = Dict.entry(d, i)!
        let keys = Dict.dict(d).pointee.ma_keys!
        let combined = Dict.dict(d).pointee.ma_values == nil
        let value = try Dict.removeItem(d, key, hash: hash)!
        // A key's __eq__ may have replaced the table meanwhile; then it is left as it is.
        if combined && Dict.dict(d).pointee.ma_keys == keys && i < keys.pointee.dk_nentries { keys.pointee.dk_nentries = i }
        return Tuple.make(key, value)
    }
}
