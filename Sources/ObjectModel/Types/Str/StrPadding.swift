import ObjectLayout

/// str's stripping, padding and tab expansion.
enum StrPadding {
    enum Side { case left, right, both }

    /// strip/lstrip/rstrip: whitespace, or the characters of `chars`.
    static func strip(_ s: Value, _ chars: Value?, _ side: Side, _ name: String) throws(PyException) -> Value {
        let view = StrView(s)
        let set: StrView?
        if let chars, !chars.isNone {
            guard StrArguments.isStr(chars) else { throw PyException.typeError("\(name) arg must be None or str") }
            set = StrView(chars)
        } else {
            set = nil
        }
        func strips(_ c: UInt32) -> Bool {
            guard let set else { return StrUnicode.isSpace(c) }
            for i in 0..<set.count where set[i] == c { return true }
            return false
        }
        var start = 0, end = view.count
        if side != .right { while start < end && strips(view[start]) { start += 1 } }
        if side != .left { while end > start && strips(view[end - 1]) { end -= 1 } }
        return Str.substring(s, start..<end)
    }

    /// The optional fill character of center/ljust/rjust.
    static func fillCharacter(_ v: Value?) throws(PyException) -> UInt32 {
        guard let v else { return 0x20 }
        guard StrArguments.isStr(v) else {
            throw PyException.typeError("The fill character must be a unicode character, not \(TypeObject.name(v.type))")
        }
        guard Str.length(v) == 1 else { throw PyException.typeError("The fill character must be exactly one character long") }
        return Str.codePoint(v, at: 0)
    }

    /// `s` with `left` and `right` fill characters around it.
    static func pad(_ s: Value, left: Int, right: Int, fill: UInt32) -> Value {
        if left <= 0 && right <= 0 { return s }
        let view = StrView(s)
        var out = StrBuilder(capacity: view.count + max(left, 0) + max(right, 0))
        out.append(repeating: fill, count: left)
        out.append(view)
        out.append(repeating: fill, count: right)
        return out.build()
    }

    static func justify(_ s: Value, _ args: Arguments, _ name: String, _ side: Side) throws(PyException) -> Value {
        try args.noKeywords("str.\(name)")
        try args.positional(name, min: 1, max: 2)
        let width = try StrArguments.size(args[0])
        let fill = try fillCharacter(args.optional(1))
        guard let (left, right) = margins(width: width, length: Str.length(s), side) else { return s }
        return pad(s, left: left, right: right, fill: fill)
    }

    /// The fill on each side to justify `length` items in `width`, or nil when none is needed.
    static func margins(width: Int, length: Int, _ side: Side) -> (Int, Int)? {
        let margin = width - length
        if margin <= 0 { return nil }
        switch side {
        case .left: return (0, margin)
        case .right: return (margin, 0)
        case .both:
            // CPython's rounding: the odd extra goes left when both the margin and the width are odd.
            let left = margin / 2 + (margin & width & 1)
            return (left, margin - left)
        }
    }

    static func zfill(_ s: Value, _ width: Int) -> Value {
        let margin = width - Str.length(s)
        if margin <= 0 { return s }
        let padded = pad(s, left: margin, right: 0, fill: 0x30)
        var codePoints = Str.codePoints(padded)
        if margin < codePoints.count && (codePoints[margin] == 0x2B || codePoints[margin] == 0x2D) {
            codePoints[0] = codePoints[margin]
            codePoints[margin] = 0x30
        }
        return Str.make(codePoints: codePoints)
    }

    static func expandTabs(_ s: Value, _ tabSize: Int) -> Value { expanded(StrView(s), tabSize).build() }

    /// Tabs replaced by spaces to the next multiple of `tabSize` (shared with bytes).
    static func expanded(_ view: StrView, _ tabSize: Int) -> StrBuilder {
        var out = StrBuilder(capacity: view.count)
        var column = 0
        for i in 0..<view.count {
            let c = view[i]
            if c == 0x09 {
                if tabSize > 0 {
                    let spaces = tabSize - column % tabSize
                    out.append(repeating: 0x20, count: spaces)
                    column += spaces
                }
            } else {
                out.append(c)
                column = c == 0x0A || c == 0x0D ? 0 : column + 1
            }
        }
        return out
    }
}
