import ObjectLayout

/// The bytes and bytearray methods that make a changed copy: strip, replace, padding,
/// ASCII case mappings, affix removal and translation. Where the rule is str's
/// (replace, expandtabs, margins, istitle) str's routine does the work on a one-byte view.
enum BytesTransform {
    static func isUpper(_ c: UInt32) -> Bool { c >= 0x41 && c <= 0x5A }
    static func isLower(_ c: UInt32) -> Bool { c >= 0x61 && c <= 0x7A }
    static func isAlpha(_ c: UInt32) -> Bool { isUpper(c) || isLower(c) }
    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    static func bytes(_ out: StrBuilder) -> [UInt8] { out.codePoints.map { UInt8($0) } }

    static func strip(_ s: Value, _ args: Arguments, _ name: String, _ side: StrPadding.Side) throws(PyException) -> Value {
        try args.noKeywords("\(BytesSearch.typeName(s)).\(name)")
        try args.positional(name, min: 0, max: 1)
        let view = ByteView(s)
        var set = [Bool](repeating: false, count: 256)
        if let chars = args.optional(0), !chars.isNone {
            let c = try BytesLike.argument(chars)
            for i in 0..<c.count { set[Int(c[i])] = true }
        } else {
            for c in [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D] { set[c] = true }
        }
        var start = 0, end = view.count
        if side != .right { while start < end && set[Int(view[start])] { start += 1 } }
        if side != .left { while end > start && set[Int(view[end - 1])] { end -= 1 } }
        if start == 0 && end == view.count { return BytesLike.unchanged(s) }
        return BytesLike.result(like: s, view.raw(start..<end))
    }

    static func replace(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("\(BytesSearch.typeName(s)).replace")
        try args.positional("replace", min: 2, max: 3)
        let old = try BytesLike.argument(args[0]), new = try BytesLike.argument(args[1])
        let count = try args.optional(2).map { v throws(PyException) in try StrArguments.size(v) } ?? -1
        guard let out = StrReplace.replaced(ByteView(s).str, old.str, new.str, count: count) else { return BytesLike.unchanged(s) }
        return BytesLike.result(like: s, bytes(out))
    }

    /// center/ljust/rjust(width, fillchar=b' ', /).
    static func justify(_ s: Value, _ args: Arguments, _ name: String, _ side: StrPadding.Side) throws(PyException) -> Value {
        try args.noKeywords("\(BytesSearch.typeName(s)).\(name)")
        try args.positional(name, min: 1, max: 2)
        let width = try StrArguments.size(args[0])
        var fill: UInt8 = 0x20
        if let f = args.optional(1) {
            guard let r = BytesLike.readable(f), f.type != Krait_memoryview_type, ByteView(r).count == 1 else {
                throw PyException.typeError("\(name)() argument 2 must be a byte string of length 1, not \(TypeObject.name(f.type))")
            }
            fill = ByteView(r)[0]
        }
        let view = ByteView(s)
        guard let (left, right) = StrPadding.margins(width: width, length: view.count, side) else { return BytesLike.unchanged(s) }
        return BytesLike.result(like: s, [UInt8](repeating: fill, count: left) + Array(view.raw) + [UInt8](repeating: fill, count: right))
    }

    static func zfill(_ s: Value, _ width: Int) -> Value {
        let view = ByteView(s)
        guard let (left, _) = StrPadding.margins(width: width, length: view.count, .right) else { return BytesLike.unchanged(s) }
        var out = [UInt8](repeating: 0x30, count: left) + Array(view.raw)
        if view.count > 0 && (view[0] == 0x2B || view[0] == 0x2D) {
            out[0] = view[0]
            out[left] = 0x30
        }
        return BytesLike.result(like: s, out)
    }

    static func expandTabs(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("expandtabs", ["tabsize"])
        let size = try p[0].map { v throws(PyException) in try StrArguments.size(v) } ?? 8
        return BytesLike.result(like: s, bytes(StrPadding.expanded(ByteView(s).str, size)))
    }

    enum Case { case upper, lower, swap, capitalize, title }

    static func convert(_ s: Value, _ conversion: Case) -> Value {
        let view = ByteView(s)
        var out = Array(view.raw)
        var previousCased = false
        for i in 0..<out.count {
            let c = UInt32(out[i])
            let upper: Bool
            switch conversion {
            case .upper: upper = true
            case .lower: upper = false
            case .swap: upper = isLower(c)
            case .capitalize: upper = i == 0
            case .title:
                upper = !previousCased
                previousCased = isAlpha(c)
            }
            if upper && isLower(c) { out[i] -= 0x20 } else if !upper && isUpper(c) { out[i] += 0x20 }
        }
        return BytesLike.result(like: s, out)
    }

    static func removeAffix(_ s: Value, _ affix: Value, atEnd: Bool) throws(PyException) -> Value {
        let a = try BytesLike.argument(affix), view = ByteView(s)
        guard a.count > 0, StrSearch.tailMatch(view.str, a.str, 0, view.count, atEnd: atEnd) else { return BytesLike.unchanged(s) }
        return BytesLike.result(like: s, view.raw(atEnd ? 0..<(view.count - a.count) : a.count..<view.count))
    }

    /// `bytes.maketrans(frm, to, /)`: the identity table with `frm`'s bytes mapped to `to`'s.
    static func makeTable(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("maketrans")
        try args.positional("maketrans", min: 2, max: 2)
        let from = try BytesLike.argument(args[0]), to = try BytesLike.argument(args[1])
        guard from.count == to.count else { throw PyException.valueError("maketrans arguments must have same length") }
        var table = (0..<256).map { UInt8($0) }
        for i in 0..<from.count { table[Int(from[i])] = to[i] }
        return Bytes.make(table)
    }

    /// `translate(table, /, delete=b'')`.
    static func translate(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        if args.count == 0 { throw PyException.typeError("translate() takes at least 1 positional argument (0 given)") }
        let p = try args.parse("translate", ["table", "delete"], required: 1, positionalOnly: 1)
        var table = (0..<256).map { UInt8($0) }
        if let t = p[0], !t.isNone {
            let view = try BytesLike.argument(t)
            guard view.count == 256 else { throw PyException.valueError("translation table must be 256 characters long") }
            table = Array(view.raw)
        }
        var deleted = [Bool](repeating: false, count: 256)
        if let d = p[1] {
            let view = try BytesLike.argument(d)
            for i in 0..<view.count { deleted[Int(view[i])] = true }
        }
        let view = ByteView(s)
        var out: [UInt8] = []
        out.reserveCapacity(view.count)
        for i in 0..<view.count where !deleted[Int(view[i])] { out.append(table[Int(view[i])]) }
        return BytesLike.result(like: s, out)
    }

    /// The is* predicates: every byte passes `test`, and there is at least one.
    static func all(_ s: Value, empty: Bool = false, _ test: (UInt32) -> Bool) -> Value {
        let view = ByteView(s)
        if view.count == 0 { return .bool(empty) }
        for i in 0..<view.count where !test(UInt32(view[i])) { return .false }
        return .true
    }

    /// islower/isupper: at least one cased byte, none of the other case.
    static func hasOnlyCase(_ s: Value, upper: Bool) -> Value {
        let view = ByteView(s)
        var cased = false
        for i in 0..<view.count {
            let c = UInt32(view[i])
            if upper ? isLower(c) : isUpper(c) { return .false }
            if upper ? isUpper(c) : isLower(c) { cased = true }
        }
        return .bool(cased)
    }

    static func isTitle(_ s: Value) -> Value { .bool(StrCase.isTitle(ByteView(s).str, upper: isUpper, lower: isLower)) }
}
