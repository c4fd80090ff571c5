import ObjectLayout
#if canImport(Glibc)
import Glibc
#endif

/// Substring search in str: find, rfind, index, rindex, count, startswith, endswith
/// and `in`, with CPython's treatment of start/end and of empty substrings.
enum StrSearch {
    /// The first (or last) position of `needle` in `haystack[start..<end]`, or -1.
    static func find(_ haystack: StrView, _ needle: StrView, _ start: Int, _ end: Int, last: Bool) -> Int {
        let m = needle.count
        if end - start < m { return -1 }
        if m == 0 { return last ? end : start }
        if !last && haystack.kind == 1 && needle.kind == 1 {
            // One byte per code point on both sides: memchr to each candidate, memcmp to check it.
            var p = haystack.data + start
            let lastStart = haystack.data + (end - m)
            let first = Int32(needle.data.load(as: UInt8.self))
            while p <= lastStart {
                guard let hit = memchr(p, first, lastStart - p + 1) else { return -1 }
                if memcmp(hit, needle.data, m) == 0 { return UnsafeRawPointer(hit) - haystack.data }
                p = UnsafeRawPointer(hit) + 1
            }
            return -1
        }
        let first = needle[0]
        if last {
            var i = end - m
            while i >= start {
                if haystack[i] == first && haystack.matches(needle, at: i) { return i }
                i -= 1
            }
        } else {
            var i = start
            let stop = end - m
            while i <= stop {
                if haystack[i] == first && haystack.matches(needle, at: i) { return i }
                i += 1
            }
        }
        return -1
    }

    /// Non-overlapping occurrences of `needle` in `haystack[start..<end]`, up to `limit`.
    static func count(_ haystack: StrView, _ needle: StrView, _ start: Int, _ end: Int, limit: Int = Int.max) -> Int {
        let m = needle.count
        if end - start < m { return 0 }
        if m == 0 { return Swift.min(end - start + 1, limit) }
        var n = 0, i = start
        if haystack.kind == 1 && needle.kind == 1 {
            while n < limit {
                let pos = find(haystack, needle, i, end, last: false)
                if pos < 0 { break }
                n += 1
                i = pos + m
            }
            return n
        }
        let first = needle[0]
        while i <= end - m && n < limit {
            if haystack[i] == first && haystack.matches(needle, at: i) {
                n += 1
                i += m
            } else {
                i += 1
            }
        }
        return n
    }

    /// `s.find(sub[, start[, end]])` and its relatives, which take no keywords and
    /// parse their arguments as `PyArg_ParseTuple` does.
    /// `PyArg_ParseTuple(args, "O|OO:name")`'s count check.
    static func tupleArguments(_ name: String, _ args: Arguments) throws(PyException) {
        try args.noKeywords("str.\(name)")
        if args.count < 1 { throw PyException.typeError("\(name)() takes at least 1 argument (0 given)") }
        if args.count > 3 { throw PyException.typeError("\(name)() takes at most 3 arguments (\(args.count) given)") }
    }

    static func findArguments(_ name: String, _ args: Arguments) throws(PyException) -> StrView {
        try tupleArguments(name, args)
        return StrView(try StrArguments.str(args[0]))
    }

    static func methods() -> [MethodSpec] {
        [
            MethodSpec("find", doc: "S.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrSearch.find(s, args, "find", last: false, raises: false) }
            },
            MethodSpec("rfind", doc: "S.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrSearch.find(s, args, "rfind", last: true, raises: false) }
            },
            MethodSpec("index", doc: "S.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrSearch.find(s, args, "index", last: false, raises: true) }
            },
            MethodSpec("rindex", doc: "S.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in S where substring sub is found,\nsuch that sub is contained within S[start:end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the substring is not found.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrSearch.find(s, args, "rindex", last: true, raises: true) }
            },
            MethodSpec("count", doc: "S.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of substring sub in\nstring S[start:end].  Optional arguments start and end are\ninterpreted as in slice notation.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                    let needle = try StrSearch.findArguments("count", args)
                    let view = StrView(s)
                    let (start, end) = try StrArguments.bounds(args.optional(1), args.optional(2), length: view.count)
                    return Value(smallInt: StrSearch.count(view, needle, start, end))
                }
            },
            MethodSpec("startswith", doc: "S.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if S starts with the specified prefix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nprefix can also be a tuple of strings to try.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrSearch.affix(s, args, "startswith", atEnd: false) }
            },
            MethodSpec("endswith", doc: "S.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if S ends with the specified suffix, False otherwise.\nWith optional start, test S beginning at that position.\nWith optional end, stop comparing S at that position.\nsuffix can also be a tuple of strings to try.") { s, a, n, k in
                StrMethods.run(s, a, n, k) { s, args throws(PyException) in try StrSearch.affix(s, args, "endswith", atEnd: true) }
            },
        ]
    }

    /// find/rfind/index/rindex.
    static func find(_ s: Value, _ args: Arguments, _ name: String, last: Bool, raises: Bool) throws(PyException) -> Value {
        let needle = try findArguments(name, args)
        let view = StrView(s)
        let (start, end) = try StrArguments.bounds(args.optional(1), args.optional(2), length: view.count)
        let i = find(view, needle, start, end, last: last)
        if raises && i < 0 { throw PyException.valueError("substring not found") }
        return Value(smallInt: i)
    }

    /// startswith/endswith: one str or a tuple of them, CPython's `tailmatch`.
    static func affix(_ s: Value, _ args: Arguments, _ name: String, atEnd: Bool) throws(PyException) -> Value {
        try tupleArguments(name, args)
        let view = StrView(s)
        let (start, end) = try StrArguments.bounds(args.optional(1), args.optional(2), length: view.count)
        let subject = args[0]
        if subject.isExactly(Krait_tuple_type) {
            for i in 0..<Tuple.count(subject) {
                let item = Tuple.item(subject, i)
                guard StrArguments.isStr(item) else {
                    throw PyException.typeError("tuple for \(name) must only contain str, not \(TypeObject.name(item.type))")
                }
                if tailMatch(view, StrView(item), start, end, atEnd: atEnd) { return .true }
            }
            return .false
        }
        guard StrArguments.isStr(subject) else {
            throw PyException.typeError("\(name) first arg must be str or a tuple of str, not \(TypeObject.name(subject.type))")
        }
        return .bool(tailMatch(view, StrView(subject), start, end, atEnd: atEnd))
    }

    static func tailMatch(_ s: StrView, _ affix: StrView, _ start: Int, _ end: Int, atEnd: Bool) -> Bool {
        let last = end - affix.count
        if last < start { return false }
        return s.matches(affix, at: atEnd ? last : start)
    }

    /// `sub in s` (`sq_contains`).
    static func contains(_ s: Value, _ sub: Value) throws(PyException) -> Bool {
        guard StrArguments.isStr(sub) else {
            throw PyException.typeError("'in <string>' requires string as left operand, not \(TypeObject.name(sub.type))")
        }
        let view = StrView(s)
        return find(view, StrView(sub), 0, view.count, last: false) >= 0
    }
}
