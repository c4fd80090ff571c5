import ObjectLayout

/// find, rfind, index, rindex, count, startswith, endswith and `in` for bytes and
/// bytearray, on str's search routines (a ByteView reads as a one-byte str).
enum BytesSearch {
    /// The name methods report in `bytes.find() takes no keyword arguments`.
    static func typeName(_ s: Value) -> String { ByteArray.isByteArray(s) ? "bytearray" : "bytes" }

    /// A byte value: an index in range(256).
    static func byte(_ v: Value) throws(PyException) -> UInt8 {
        let i = try Protocols.index(v, overflow: Krait_exc_ValueError)
        guard i >= 0 && i < 256 else { throw PyException.valueError("byte must be in range(0, 256)") }
        return UInt8(i)
    }

    /// Every byte value once, so an int needle can be viewed as one byte.
    static let allBytes: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for i in 0..<256 { table[i] = UInt8(i) }
        return table
    }()

    /// A needle: an int byte or a bytes-like object.
    static func needle(_ v: Value) throws(PyException) -> StrView {
        if Protocols.isIndex(v) { return StrView(bytes: allBytes + Int(try byte(v)), count: 1) }
        guard let readable = BytesLike.readable(v) else {
            throw PyException.typeError("argument should be integer or bytes-like object, not '\(TypeObject.name(v.type))'")
        }
        return ByteView(readable).str
    }

    static func methods() -> [MethodSpec] {
        [
            MethodSpec("find", doc: "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSearch.find(s, args, "find", last: false, raises: false) }
            },
            MethodSpec("rfind", doc: "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSearch.find(s, args, "rfind", last: true, raises: false) }
            },
            MethodSpec("index", doc: "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the subsection is not found.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSearch.find(s, args, "index", last: false, raises: true) }
            },
            MethodSpec("rindex", doc: "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaise ValueError when the subsection is not found.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSearch.find(s, args, "rindex", last: true, raises: true) }
            },
            MethodSpec("count", doc: "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in\nbytes B[start:end].  Optional arguments start and end are interpreted\nas in slice notation.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try BytesSearch.tupleArguments(s, "count", args)
                    let view = ByteView(s).str
                    let (start, end) = try StrArguments.bounds(args.optional(1), args.optional(2), length: view.count)
                    let needle = try BytesSearch.needle(args[0])
                    return Value(smallInt: StrSearch.count(view, needle, start, end))
                }
            },
            MethodSpec("startswith", doc: "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of bytes to try.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSearch.affix(s, args, "startswith", atEnd: false) }
            },
            MethodSpec("endswith", doc: "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of bytes to try.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try BytesSearch.affix(s, args, "endswith", atEnd: true) }
            },
        ]
    }

    /// `PyArg_ParseTuple(args, "O|OO:name")`'s checks.
    static func tupleArguments(_ s: Value, _ name: String, _ args: Arguments) throws(PyException) {
        try args.noKeywords("\(typeName(s)).\(name)")
        if args.count < 1 { throw PyException.typeError("\(name)() takes at least 1 argument (0 given)") }
        if args.count > 3 { throw PyException.typeError("\(name)() takes at most 3 arguments (\(args.count) given)") }
    }

    static func find(_ s: Value, _ args: Arguments, _ name: String, last: Bool, raises: Bool) throws(PyException) -> Value {
        try tupleArguments(s, name, args)
        // The bounds are read before the needle, as CPython's `parse_args_finds_byte`.
        let view = ByteView(s).str
        let (start, end) = try StrArguments.bounds(args.optional(1), args.optional(2), length: view.count)
        let needle = try needle(args[0])
        let i = StrSearch.find(view, needle, start, end, last: last)
        if raises && i < 0 { throw PyException.valueError("subsection not found") }
        return Value(smallInt: i)
    }

    static func affix(_ s: Value, _ args: Arguments, _ name: String, atEnd: Bool) throws(PyException) -> Value {
        try tupleArguments(s, name, args)
        let view = ByteView(s).str
        let (start, end) = try StrArguments.bounds(args.optional(1), args.optional(2), length: view.count)
        let subject = args[0]
        if subject.isExactly(Krait_tuple_type) {
            for i in 0..<Tuple.count(subject) {
                let affix = try BytesLike.argument(Tuple.item(subject, i)).str
                if StrSearch.tailMatch(view, affix, start, end, atEnd: atEnd) { return .true }
            }
            return .false
        }
        guard let readable = BytesLike.readable(subject) else {
            throw PyException.typeError("\(name) first arg must be bytes or a tuple of bytes, not \(TypeObject.name(subject.type))")
        }
        return .bool(StrSearch.tailMatch(view, ByteView(readable).str, start, end, atEnd: atEnd))
    }

    /// `x in b`: an int byte or a bytes-like subsequence.
    static func contains(_ s: Value, _ x: Value) throws(PyException) -> Bool {
        let view = ByteView(s).str
        if Protocols.isIndex(x) {
            let b = try byte(x)
            for i in 0..<view.count where view[i] == UInt32(b) { return true }
            return false
        }
        let needle = try BytesLike.argument(x).str
        return StrSearch.find(view, needle, 0, view.count, last: false) >= 0
    }
}
