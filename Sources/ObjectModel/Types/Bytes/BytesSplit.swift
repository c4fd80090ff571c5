import ObjectLayout

/// split, rsplit, splitlines, partition, rpartition and join for bytes and bytearray.
enum BytesSplit {
    /// ASCII whitespace, CPython's `Py_ISSPACE`.
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || (c >= 0x09 && c <= 0x0D) }

    static func split(_ s: Value, _ args: Arguments, _ name: String, fromRight: Bool) throws(PyException) -> Value {
        let p = try args.parse(name, ["sep", "maxsplit"])
        let maxsplit = try p[1].map { v throws(PyException) in try StrArguments.size(v) } ?? -1
        var remaining = maxsplit < 0 ? Int.max : maxsplit
        let view = ByteView(s)
        let result = List.new()
        func piece(_ range: Range<Int>) { List.append(result, BytesLike.result(like: s, view.raw(range))) }
        guard let sep = p[0], !sep.isNone else {
            var pieces: [Range<Int>] = []
            if fromRight {
                var i = view.count - 1
                while remaining > 0 {
                    while i >= 0 && isSpace(view[i]) { i -= 1 }
                    if i < 0 { break }
                    let j = i
                    while i >= 0 && !isSpace(view[i]) { i -= 1 }
                    pieces.append((i + 1)..<(j + 1))
                    remaining -= 1
                }
                while i >= 0 && isSpace(view[i]) { i -= 1 }
                if i >= 0 { pieces.append(0..<(i + 1)) }
                pieces.reverse()
            } else {
                var i = 0
                while remaining > 0 {
                    while i < view.count && isSpace(view[i]) { i += 1 }
                    if i == view.count { break }
                    let j = i
                    while i < view.count && !isSpace(view[i]) { i += 1 }
                    pieces.append(j..<i)
                    remaining -= 1
                }
                while i < view.count && isSpace(view[i]) { i += 1 }
                if i < view.count { pieces.append(i..<view.count) }
            }
            for range in pieces { piece(range) }
            return result
        }
        let needle = try BytesLike.argument(sep).str
        if needle.count == 0 { throw PyException.valueError("empty separator") }
        let haystack = view.str
        var pieces: [Range<Int>] = []
        if fromRight {
            var j = view.count
            while remaining > 0 {
                let pos = StrSearch.find(haystack, needle, 0, j, last: true)
                if pos < 0 { break }
                pieces.append((pos + needle.count)..<j)
                j = pos
                remaining -= 1
            }
            pieces.append(0..<j)
            pieces.reverse()
        } else {
            var i = 0
            while remaining > 0 {
                let pos = StrSearch.find(haystack, needle, i, view.count, last: false)
                if pos < 0 { break }
                pieces.append(i..<pos)
                i = pos + needle.count
                remaining -= 1
            }
            pieces.append(i..<view.count)
        }
        for range in pieces { piece(range) }
        return result
    }

    /// Lines end at `\n`, `\r` or `\r\n` (bytes know no other line breaks).
    static func splitLines(_ s: Value, keepEnds: Bool) -> Value {
        let view = ByteView(s)
        let result = List.new()
        var i = 0
        while i < view.count {
            let start = i
            while i < view.count && view[i] != 0x0A && view[i] != 0x0D { i += 1 }
            var end = i
            if i < view.count {
                i += view[i] == 0x0D && i + 1 < view.count && view[i + 1] == 0x0A ? 2 : 1
                if keepEnds { end = i }
            }
            List.append(result, BytesLike.result(like: s, view.raw(start..<end)))
        }
        return result
    }

    /// partition/rpartition. A bytes receiver puts the separator object itself in the
    /// result, as CPython does; a bytearray makes a new bytearray of it.
    static func partition(_ s: Value, _ sep: Value, fromRight: Bool) throws(PyException) -> Value {
        let needle = try BytesLike.argument(sep)
        if needle.count == 0 { throw PyException.valueError("empty separator") }
        let view = ByteView(s)
        let pos = StrSearch.find(view.str, needle.str, 0, view.count, last: fromRight)
        let empty = BytesLike.result(like: s, [])
        let whole = ByteArray.isByteArray(s) ? BytesLike.result(like: s, view.raw) : BytesLike.unchanged(s)
        if pos < 0 {
            let other = BytesLike.result(like: s, [])
            return fromRight ? Tuple.make([empty, other, whole]) : Tuple.make([whole, empty, other])
        }
        let middle = ByteArray.isByteArray(s) ? BytesLike.result(like: s, needle.raw) : sep
        return Tuple.make([BytesLike.result(like: s, view.raw(0..<pos)), middle,
                           BytesLike.result(like: s, view.raw((pos + needle.count)..<view.count))])
    }

    /// `sep.join(iterable)`: items gathered in a list (so the collector sees them), then copied once.
    static func join(_ sep: Value, _ iterable: Value) throws(PyException) -> Value {
        let items = List.new()
        if iterable.isExactly(Krait_list_type) {
            for i in 0..<List.count(iterable) { List.append(items, List.item(iterable, i)) }
        } else if iterable.isExactly(Krait_tuple_type) {
            for i in 0..<Tuple.count(iterable) { List.append(items, Tuple.item(iterable, i)) }
        } else {
            let iterator: Value
            do {
                iterator = try Protocols.iterator(iterable)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("can only join an iterable")
            }
            while let item = try Protocols.next(iterator) { List.append(items, item) }
        }
        let readable = List.new()
        for i in 0..<List.count(items) {
            let item = List.item(items, i)
            guard let r = BytesLike.readable(item) else {
                throw PyException.typeError("sequence item \(i): expected a bytes-like object, \(TypeObject.name(item.type)) found")
            }
            List.append(readable, r)
        }
        let separator = ByteView(sep)
        var out: [UInt8] = []
        for i in 0..<List.count(readable) {
            if i > 0 { out.append(contentsOf: separator.raw) }
            out.append(contentsOf: ByteView(List.item(readable, i)).raw)
        }
        return BytesLike.result(like: sep, out)
    }
}
