import ObjectLayout

/// `dict.update`, `dict(...)`, `|` and `|=`: merging a mapping, an iterable of pairs
/// and keyword arguments, as CPython's `dict_update_arg` and `PyDict_MergeFromSeq2`.
enum DictUpdate {
    /// Merges one positional argument: a dict, anything with `keys()`, or pairs.
    static func merge(_ d: Value, _ arg: Value) throws(PyException) {
        if arg.isExactly(Krait_dict_type) {
            Dict.prepareMerge(d, from: arg)
            // A key's __eq__ may change the source; CPython then stops (dict_merge).
            let entries = Dict.entryCount(arg)
            var position = 0
            while let (key, value, next) = Dict.next(arg, from: position) {
                try Dict.setItem(d, key, value)
                if Dict.entryCount(arg) != entries { throw PyException(Krait_exc_RuntimeError, "dict mutated during update") }
                position = next
            }
            return
        }
        if try Protocols.lookupAttribute(arg, Interned.literal("keys")) != nil {
            let keys = try Protocols.callMethod(arg, "keys")
            try Protocols.forEach(keys) { key throws(PyException) in
                try Dict.setItem(d, key, try Protocols.getItem(arg, key))
            }
            return
        }
        var index = 0
        try Protocols.forEach(arg) { item throws(PyException) in
            let pair: Value
            do throws(PyException) {
                pair = try ListAssignment.fastSequence(item, "")
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("cannot convert dictionary update sequence element #\(index) to a sequence")
            }
            let (items, n) = ListAssignment.fastItems(pair)
            guard n == 2, let items else {
                throw PyException.valueError("dictionary update sequence element #\(index) has length \(n); 2 is required")
            }
            try Dict.setItem(d, items[0], items[1])
            index += 1
        }
    }

    /// The positional argument (at most one) and then the keywords of update or dict().
    static func update(_ d: Value, _ args: Arguments, _ name: String) throws(PyException) {
        if args.count > 1 { throw PyException.typeError("\(name) expected at most 1 argument, got \(args.count)") }
        if args.count == 1 { try merge(d, args[0]) }
        for k in 0..<args.keywordCount {
            try Dict.setItem(d, Tuple.item(args.kwnames, k), args.base.unsafelyUnwrapped[args.count + k])
        }
    }

    static let numberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_or = { a, b in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                let dictFlag = UInt(Py_TPFLAGS_DICT_SUBCLASS)
                guard TypeObject.hasFlag(x.type, dictFlag), TypeObject.hasFlag(y.type, dictFlag) else { return .notImplemented }
                let result = try DictType.copy(x)
                try DictUpdate.merge(result, y)
                return result
            }
        }
        table.pointee.nb_inplace_or = { a, b in
            CBoundary.object { () throws(PyException) in
                try DictUpdate.merge(Value(a!), Value(b!))
                return Value(a!)
            }
        }
        return table
    }()
}
