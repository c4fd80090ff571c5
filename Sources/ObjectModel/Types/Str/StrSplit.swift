import ObjectLayout

/// str.split, rsplit, splitlines, partition, rpartition and join.
enum StrSplit {
    static func split(_ s: Value, _ sep: Value?, _ maxsplit: Int, fromRight: Bool) throws(PyException) -> Value {
        let result = List.new()
        let view = StrView(s)
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        guard let sep else {
            if fromRight { whitespaceSplitFromRight(s, view, &remaining, into: result) } else { whitespaceSplit(s, view, &remaining, into: result) }
            return result
        }
        guard StrArguments.isStr(sep) else { throw PyException.typeError("must be str or None, not \(TypeObject.name(sep.type))") }
        let needle = StrView(sep)
        if needle.count == 0 { throw PyException.valueError("empty separator") }
        if fromRight {
            var j = view.count
            while remaining > 0 {
                let pos = StrSearch.find(view, needle, 0, j, last: true)
                if pos < 0 { break }
                List.append(result, Str.substring(s, (pos + needle.count)..<j))
                j = pos
                remaining -= 1
            }
            List.append(result, Str.substring(s, 0..<j))
            reverse(result)
        } else {
            var i = 0
            while remaining > 0 {
                let pos = StrSearch.find(view, needle, i, view.count, last: false)
                if pos < 0 { break }
                List.append(result, Str.substring(s, i..<pos))
                i = pos + needle.count
                remaining -= 1
            }
            List.append(result, Str.substring(s, i..<view.count))
        }
        return result
    }

    /// Runs of whitespace separate items; after `remaining` splits the rest is one
    /// item with its leading whitespace dropped (CPython's `split_whitespace`).
    static func whitespaceSplit(_ s: Value, _ view: StrView, _ remaining: inout Int, into result: Value) {
        let n = view.count
        var i = 0
        while remaining > 0 {
            while i < n && StrUnicode.isSpace(view[i]) { i += 1 }
            if i == n { break }
            let j = i
            i += 1
            while i < n && !StrUnicode.isSpace(view[i]) { i += 1 }
            List.append(result, Str.substring(s, j..<i))
            remaining -= 1
        }
        while i < n && StrUnicode.isSpace(view[i]) { i += 1 }
        if i < n { List.append(result, Str.substring(s, i..<n)) }
    }

    static func whitespaceSplitFromRight(_ s: Value, _ view: StrView, _ remaining: inout Int, into result: Value) {
        var i = view.count - 1
        while remaining > 0 {
            while i >= 0 && StrUnicode.isSpace(view[i]) { i -= 1 }
            if i < 0 { break }
            let j = i
            i -= 1
            while i >= 0 && !StrUnicode.isSpace(view[i]) { i -= 1 }
            List.append(result, Str.substring(s, (i + 1)..<(j + 1)))
            remaining -= 1
        }
        while i >= 0 && StrUnicode.isSpace(view[i]) { i -= 1 }
        if i >= 0 { List.append(result, Str.substring(s, 0..<(i + 1))) }
        reverse(result)
    }

    static func reverse(_ l: Value) {
        if List.count(l) > 1 { ListSort.reverseValues(List.items(l), List.count(l)) }
    }

    static func splitLines(_ s: Value, keepEnds: Bool) -> Value {
        let result = List.new()
        let view = StrView(s), n = view.count
        var i = 0
        while i < n {
            let j = i
            while i < n && !StrUnicode.isLineBreak(view[i]) { i += 1 }
            var end = i
            if i < n {
                i += view[i] == 0x0D && i + 1 < n && view[i + 1] == 0x0A ? 2 : 1
                if keepEnds { end = i }
            }
            List.append(result, Str.substring(s, j..<end))
        }
        return result
    }

    static func partition(_ s: Value, _ sep: Value, fromRight: Bool) throws(PyException) -> Value {
        let needle = StrView(try StrArguments.str(sep))
        if needle.count == 0 { throw PyException.valueError("empty separator") }
        let view = StrView(s)
        let empty = Str.make("")
        let pos = StrSearch.find(view, needle, 0, view.count, last: fromRight)
        if pos < 0 { return fromRight ? Tuple.make([empty, empty, s]) : Tuple.make([s, empty, empty]) }
        return Tuple.make([Str.substring(s, 0..<pos), sep, Str.substring(s, (pos + needle.count)..<view.count)])
    }

    /// `sep.join(iterable)`: the items are gathered in a list first (so the collector
    /// sees them), then copied once.
    static func join(_ sep: Value, _ iterable: Value) throws(PyException) -> Value {
        let items: Value
        if iterable.isExactly(Krait_list_type) || iterable.isExactly(Krait_tuple_type) {
            items = iterable
        } else {
            let iterator: Value
            do {
                iterator = try Protocols.iterator(iterable)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("can only join an iterable")
            }
            items = List.new()
            while let item = try Protocols.next(iterator) { List.append(items, item) }
        }
        let isList = items.isExactly(Krait_list_type)
        let n = isList ? List.count(items) : Tuple.count(items)
        if n == 1 {
            let only = isList ? List.item(items, 0) : Tuple.item(items, 0)
            if only.isExactly(Krait_str_type) { return only }
        }
        // First the result's length and kind, then each piece copied whole.
        var length = Str.length(sep) * Swift.max(n - 1, 0)
        var kind = Str.kind(sep), ascii = Str.isASCII(sep)
        for i in 0..<n {
            let item = isList ? List.item(items, i) : Tuple.item(items, i)
            guard StrArguments.isStr(item) else {
                throw PyException.typeError("sequence item \(i): expected str instance, \(TypeObject.name(item.type)) found")
            }
            length += Str.length(item)
            kind = Swift.max(kind, Str.kind(item))
            ascii = ascii && Str.isASCII(item)
        }
        let result = Str.allocate(length: length, kind: kind, ascii: ascii)
        var offset = 0
        for i in 0..<n {
            if i > 0 {
                Str.copy(sep, to: result, at: offset)
                offset += Str.length(sep)
            }
            let item = isList ? List.item(items, i) : Tuple.item(items, i)
            Str.copy(item, to: result, at: offset)
            offset += Str.length(item)
        }
        return result
    }
}
