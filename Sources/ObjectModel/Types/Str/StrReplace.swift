import ObjectLayout

/// str.replace, removeprefix/removesuffix, and translation tables.
enum StrReplace {
    static func replace(_ s: Value, _ old: Value, _ new: Value, count limit: Int) -> Value {
        replaced(StrView(s), StrView(old), StrView(new), count: limit)?.build() ?? s
    }

    /// The code points after replacing, or nil when nothing is replaced (shared with
    /// bytes, whose views read as one-byte strs).
    static func replaced(_ view: StrView, _ needle: StrView, _ replacement: StrView, count limit: Int) -> StrBuilder? {
        let limit = limit < 0 ? Int.max : limit
        if limit == 0 { return nil }
        var out = StrBuilder(capacity: view.count)
        if needle.count == 0 {
            var inserted = 0
            for i in 0...view.count {
                if inserted < limit {
                    out.append(replacement)
                    inserted += 1
                }
                if i < view.count { out.append(view[i]) }
            }
            return out
        }
        var i = 0, replaced = 0
        while replaced < limit {
            let pos = StrSearch.find(view, needle, i, view.count, last: false)
            if pos < 0 { break }
            out.append(view, i..<pos)
            out.append(replacement)
            i = pos + needle.count
            replaced += 1
        }
        if replaced == 0 { return nil }
        out.append(view, i..<view.count)
        return out
    }

    static func removeAffix(_ s: Value, _ affix: Value, _ name: String, atEnd: Bool) throws(PyException) -> Value {
        guard StrArguments.isStr(affix) else {
            // Argument Clinic names None itself, other arguments by their type.
            throw PyException.typeError("\(name)() argument must be str, not \(TypeObject.argumentTypeName(affix))")
        }
        let view = StrView(s), a = StrView(affix)
        guard a.count > 0, StrSearch.tailMatch(view, a, 0, view.count, atEnd: atEnd) else { return Str.substring(s, 0..<view.count) }
        return atEnd ? Str.substring(s, 0..<(view.count - a.count)) : Str.substring(s, a.count..<view.count)
    }

    /// `str.maketrans(x[, y[, z]])`.
    static func makeTable(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("str.maketrans")
        try args.positional("maketrans", min: 1, max: 3)
        let table = Dict.new()
        let x = args[0]
        guard let y = args.optional(1) else {
            guard TypeObject.hasFlag(x.type, UInt(Py_TPFLAGS_DICT_SUBCLASS)) else {
                throw PyException.typeError("if you give only one argument to maketrans it must be a dict")
            }
            var position = 0
            while let (key, value, next) = Dict.next(x, from: position) {
                if StrArguments.isStr(key) {
                    guard Str.length(key) == 1 else {
                        throw PyException.valueError("string keys in translate table must be of length 1")
                    }
                    try Dict.setItem(table, Value(smallInt: Int(Str.codePoint(key, at: 0))), value)
                } else if IntObject.check(key) {
                    try Dict.setItem(table, key, value)
                } else {
                    throw PyException.typeError("keys in translate table must be strings or integers")
                }
                position = next
            }
            return table
        }
        guard StrArguments.isStr(y) else {
            throw PyException.typeError("maketrans() argument 2 must be str, not \(TypeObject.argumentTypeName(y))")
        }
        let z = args.optional(2)
        if let z, !StrArguments.isStr(z) {
            throw PyException.typeError("maketrans() argument 3 must be str, not \(TypeObject.argumentTypeName(z))")
        }
        guard StrArguments.isStr(x) else {
            throw PyException.typeError("first maketrans argument must be a string if there is a second argument")
        }
        let from = StrView(x), to = StrView(y)
        guard from.count == to.count else {
            throw PyException.valueError("the first two maketrans arguments must have equal length")
        }
        for i in 0..<from.count {
            try Dict.setItem(table, Value(smallInt: Int(from[i])), Value(smallInt: Int(to[i])))
        }
        if let z {
            let deleted = StrView(z)
            for i in 0..<deleted.count { try Dict.setItem(table, Value(smallInt: Int(deleted[i])), .none) }
        }
        return table
    }

    /// `s.translate(table)`: each character looked up in the table (missing ones kept).
    static func translate(_ s: Value, _ table: Value) throws(PyException) -> Value {
        let view = StrView(s)
        var out = StrBuilder(capacity: view.count)
        for i in 0..<view.count {
            let c = view[i]
            let mapped: Value
            do {
                mapped = try Protocols.getItem(table, Value(smallInt: Int(c)))
            } catch where error.matches(Krait_exc_LookupError) {
                out.append(c)
                continue
            }
            if mapped.isNone { continue }
            if IntObject.check(mapped) {
                guard let code = IntObject.machineValue(mapped), code >= 0 && code < 0x110000 else {
                    throw PyException.valueError("character mapping must be in range(0x110000)")
                }
                out.append(UInt32(code))
            } else if StrArguments.isStr(mapped) {
                out.append(StrView(mapped))
            } else {
                throw PyException.typeError("character mapping must return integer, None or str")
            }
        }
        return out.build()
    }
}
