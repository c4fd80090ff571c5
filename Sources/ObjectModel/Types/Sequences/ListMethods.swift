import ObjectLayout

/// The `list` type's methods.
enum ListMethods {
    static func table() -> [MethodSpec] {
        [
            MethodSpec("__getitem__", flags: Int32(METH_COEXIST), doc: "x.__getitem__(y) <==> x[y]") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try Subscripts.list(s, args.one("list.__getitem__")) }
            },
            MethodSpec("__reversed__", doc: "__reversed__($self, /)\n--\n\nReturn a reverse iterator over the list.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("list.__reversed__")
                    return ReverseIterator.make(s, type: Krait_listReverseIterator_type)
                }
            },
            MethodSpec("__sizeof__", doc: "__sizeof__($self, /)\n--\n\nReturn the size of the list in memory, in bytes.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("list.__sizeof__")
                    return Value(smallInt: s.type.pointee.tp_basicsize + max(List.list(s).pointee.allocated, 0) * 8)
                }
            },
            MethodSpec("clear", doc: "clear($self, /)\n--\n\nRemove all items from list.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("list.clear")
                    List.resize(s, 0)
                    return .none
                }
            },
            MethodSpec("copy", doc: "copy($self, /)\n--\n\nReturn a shallow copy of the list.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("list.copy")
                    return ListMethods.slice(s, 0, List.count(s))
                }
            },
            MethodSpec("append", doc: "append($self, object, /)\n--\n\nAppend object to the end of the list.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    List.append(s, try args.one("list.append"))
                    return .none
                }
            },
            MethodSpec("insert", doc: "insert($self, index, object, /)\n--\n\nInsert object before index.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.noKeywords("list.insert")
                    try args.positional("insert", min: 2, max: 2)
                    ListMethods.insert(s, at: try StrArguments.size(args[0]), args[1])
                    return .none
                }
            },
            MethodSpec("extend", doc: "extend($self, iterable, /)\n--\n\nExtend list by appending elements from the iterable.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try ListMethods.extend(s, args.one("list.extend"))
                    return .none
                }
            },
            MethodSpec("pop", doc: "pop($self, index=-1, /)\n--\n\nRemove and return item at index (default last).\n\nRaises IndexError if list is empty or index is out of range.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.noKeywords("list.pop")
                    try args.positional("pop", min: 0, max: 1)
                    return try ListMethods.pop(s, args.optional(0).map { v throws(PyException) in try StrArguments.size(v) } ?? -1)
                }
            },
            MethodSpec("remove", doc: "remove($self, value, /)\n--\n\nRemove first occurrence of value.\n\nRaises ValueError if the value is not present.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let value = try args.one("list.remove")
                    var i = 0
                    while i < List.count(s) {
                        if try Protocols.equal(List.item(s, i), value) {
                            List.removeLast(s, from: i)
                            return .none
                        }
                        i += 1
                    }
                    throw PyException.valueError("list.remove(x): x not in list")
                }
            },
            MethodSpec("index", doc: "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\nReturn first index of value.\n\nRaises ValueError if the value is not present.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try ListMethods.index(s, args) }
            },
            MethodSpec("count", doc: "count($self, value, /)\n--\n\nReturn number of occurrences of value.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let value = try args.one("list.count")
                    var count = 0, i = 0
                    while i < List.count(s) {
                        if try Protocols.equal(List.item(s, i), value) { count += 1 }
                        i += 1
                    }
                    return Value(smallInt: count)
                }
            },
            MethodSpec("reverse", doc: "reverse($self, /)\n--\n\nReverse *IN PLACE*.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("list.reverse")
                    if List.count(s) > 1 { ListSort.reverseValues(List.items(s), List.count(s)) }
                    return .none
                }
            },
            MethodSpec("sort", doc: "sort($self, /, *, key=None, reverse=False)\n--\n\nSort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\nIf a key function is given, apply it once to each list item and sort them,\nascending or descending, according to their function values.\n\nThe reverse flag can be set to sort in descending order.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let p = try args.parse("sort", ["key", "reverse"], keywordOnly: 0)
                    let reverse = try p[1].map { v throws(PyException) in try StrArguments.size(v) != 0 } ?? false
                    try ListMethods.sort(s, key: p[0].flatMap { $0.isNone ? nil : $0 }, reverse: reverse)
                    return .none
                }
            },
        ]
    }

    /// `l[start:stop]` as a new list (bounds already within the list).
    static func slice(_ l: Value, _ start: Int, _ stop: Int) -> Value {
        let n = max(stop - start, 0)
        let result = List.new(capacity: n)
        List.resize(result, n)
        if n > 0 { List.items(result).update(from: List.items(l) + start, count: n) }
        return result
    }

    static func insert(_ l: Value, at index: Int, _ v: Value) {
        let n = List.count(l)
        var i = index
        if i < 0 { i = max(i + n, 0) }
        if i > n { i = n }
        List.resize(l, n + 1)
        let items = List.items(l)
        (items + i + 1).update(from: items + i, count: n - i)
        items[i] = v
    }

    /// `l.extend(iterable)` (also `l += iterable`).
    static func extend(_ l: Value, _ iterable: Value) throws(PyException) {
        if iterable.isExactly(Krait_list_type) || iterable.isExactly(Krait_tuple_type) {
            let isList = iterable.isExactly(Krait_list_type)
            let m = isList ? List.count(iterable) : Tuple.count(iterable)
            if m == 0 { return }
            let n = List.count(l)
            // Read the source after resizing: it may be `l` itself.
            List.resize(l, n + m)
            let source = isList ? List.items(iterable) : Tuple.items(iterable)
            (List.items(l) + n).update(from: source, count: m)
            return
        }
        let it = try Protocols.iterator(iterable)
        while let item = try Protocols.next(it) { List.append(l, item) }
    }

    static func pop(_ l: Value, _ index: Int) throws(PyException) -> Value {
        let n = List.count(l)
        if n == 0 { throw PyException.indexError("pop from empty list") }
        let i = index < 0 ? index + n : index
        guard i >= 0 && i < n else { throw PyException.indexError("pop index out of range") }
        let v = List.item(l, i)
        List.removeLast(l, from: i)
        return v
    }

    /// The start and stop of `seq.index(value[, start[, stop]])` (slice indices, None
    /// refused), made non-negative against `length`.
    static func indexBounds(_ args: Arguments, _ owner: String, length: Int) throws(PyException) -> (Int, Int) {
        try args.noKeywords("\(owner).index")
        try args.positional("index", min: 1, max: 3)
        func bound(_ v: Value?, _ otherwise: Int) throws(PyException) -> Int {
            guard let v else { return otherwise }
            guard Protocols.isIndex(v) else {
                throw PyException.typeError("slice indices must be integers or have an __index__ method")
            }
            return try Slice.bound(v)
        }
        var start = try bound(args.optional(1), 0), stop = try bound(args.optional(2), Int.max)
        if start < 0 { start = max(start + length, 0) }
        if stop < 0 { stop = max(stop + length, 0) }
        return (start, stop)
    }

    static func index(_ l: Value, _ args: Arguments) throws(PyException) -> Value {
        let (start, stop) = try indexBounds(args, "list", length: List.count(l))
        var i = start
        // Comparisons may shrink the list, so its length is read each time.
        while i < stop && i < List.count(l) {
            if try Protocols.equal(List.item(l, i), args[0]) { return Value(smallInt: i) }
            i += 1
        }
        throw PyException.valueError("\(try Protocols.reprText(args[0])) is not in list")
    }

    /// `l.sort(key=, reverse=)`. The list is empty while it is sorted, so comparisons
    /// and key functions cannot see or disturb the items; its items block stays alive
    /// through the local `saved`.
    static func sort(_ l: Value, key: Value?, reverse: Bool) throws(PyException) {
        let object = List.list(l)
        let n = List.count(l)
        let saved = object.pointee.ob_item
        let savedAllocated = object.pointee.allocated
        object.pointee.ob_base.ob_size = 0
        object.pointee.ob_item = nil
        object.pointee.allocated = -1
        var failure: PyException?
        var keyFailed = false
        var keys: UnsafeMutablePointer<Value>?
        if let key, let saved, n > 0 {
            let block = Allocation.varObject(Krait_valueArray_type, size: List.arrayHeader + n * 8, count: n)
            let keyItems = (UnsafeMutableRawPointer(block) + List.arrayHeader).assumingMemoryBound(to: Value.self)
            keys = keyItems
            for i in 0..<n {
                do {
                    keyItems[i] = try Protocols.call(key, saved[i])
                } catch {
                    failure = error
                    keyFailed = true
                    break
                }
            }
        }
        if !keyFailed {
            if let saved, n > 1 {
                let lo = keys.map { ListSort.Slice(keys: $0, values: saved) } ?? ListSort.Slice(keys: saved, values: nil)
                if reverse { lo.reverse(count: n) }
                do {
                    try ListSort.mergeSort(lo, count: n)
                } catch {
                    failure = error
                }
            }
            if object.pointee.allocated != -1 && failure == nil {
                failure = PyException.valueError("list modified during sort")
            }
            if reverse, let saved, n > 1 { ListSort.reverseValues(saved, n) }
        }
        object.pointee.ob_item = saved
        object.pointee.ob_base.ob_size = n
        object.pointee.allocated = savedAllocated
        List.syncBlockCount(l)
        if let failure { throw failure }
    }
}
