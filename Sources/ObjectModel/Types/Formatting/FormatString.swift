import ObjectLayout

/// `str.format` and `str.format_map`, CPython's `unicode_format.h`: literal text and
/// `{field!conversion:spec}` replacement fields, the spec itself expanded once more.
/// Its parsing steps are public for `_string` (string.Formatter).
public struct FormatString {
    enum Numbering { case unset, automatic, manual }

    /// The positional arguments (a tuple); nil for format_map.
    let args: Value?
    /// The keyword arguments or mapping; nil when there are none.
    let mapping: Value?
    var numbering = Numbering.unset
    var nextIndex = 0

    static func format(_ s: Value, args: Value?, mapping: Value?) throws(PyException) -> Value {
        var formatter = FormatString(args: args, mapping: mapping)
        return try formatter.build(s, 0..<Str.length(s), depth: 2)
    }

    /// A replacement field as the parser found it.
    public struct Field {
        public var name: Range<Int>
        /// The conversion character, 0 for none.
        public var conversion: UInt32 = 0
        public var spec: Range<Int> = 0..<0
        var specHasFields = false
    }

    mutating func build(_ s: Value, _ range: Range<Int>, depth: Int) throws(PyException) -> Value {
        if depth <= 0 { throw PyException.valueError("Max string recursion exceeded") }
        let view = StrView(s)
        var out = StrBuilder(capacity: range.count)
        var pos = range.lowerBound
        while pos < range.upperBound {
            let (literal, field) = try FormatString.nextChunk(view, &pos, range.upperBound)
            out.append(view, literal)
            if let field { try output(s, field, to: &out, depth: depth) }
        }
        return out.build()
    }

    /// `MarkupIterator_next`: the literal text from `pos` and the replacement field
    /// after it, if any; a doubled brace ends the literal with one brace.
    static func nextChunk(_ view: StrView, _ pos: inout Int, _ end: Int) throws(PyException) -> (literal: Range<Int>, field: Field?) {
        let start = pos
        var c: UInt32 = 0
        var markup = false
        while pos < end {
            c = view[pos]
            pos += 1
            if c == 0x7B || c == 0x7D {
                markup = true
                break
            }
        }
        let atEnd = pos >= end
        var length = pos - start
        if c == 0x7D && (atEnd || view[pos] != 0x7D) {
            throw PyException.valueError("Single '}' encountered in format string")
        }
        if atEnd && c == 0x7B { throw PyException.valueError("Single '{' encountered in format string") }
        if !atEnd {
            if view[pos] == c {
                pos += 1
                markup = false
            } else {
                length -= 1
            }
        }
        return (start..<start + length, markup ? try parseField(view, &pos, end) : nil)
    }

    /// `nextChunk` over the str `s` from `pos` to its end.
    public static func nextChunk(_ s: Value, _ pos: inout Int) throws(PyException) -> (literal: Range<Int>, field: Field?) {
        try nextChunk(StrView(s), &pos, Str.length(s))
    }

    /// `parse_field`: the name, conversion and spec of the field starting at `pos`
    /// (after its `{`), up to its closing `}`.
    static func parseField(_ view: StrView, _ pos: inout Int, _ end: Int) throws(PyException) -> Field {
        var c: UInt32 = 0
        let nameStart = pos
        scan: while pos < end {
            c = view[pos]
            pos += 1
            switch c {
            case 0x7B: throw PyException.valueError("unexpected '{' in field name")
            case 0x5B:
                // Inside brackets, ':' and '!' belong to the key.
                while pos < end && view[pos] != 0x5D { pos += 1 }
            case 0x7D, 0x3A, 0x21: break scan
            default: continue
            }
        }
        var field = Field(name: nameStart..<Swift.max(nameStart, pos - 1))
        guard c == 0x21 || c == 0x3A else {
            if c != 0x7D { throw PyException.valueError("expected '}' before end of string") }
            return field
        }
        if c == 0x21 {
            guard pos < end else { throw PyException.valueError("end of string while looking for conversion specifier") }
            field.conversion = view[pos]
            pos += 1
            if pos < end {
                let next = view[pos]
                pos += 1
                if next == 0x7D { return field }
                if next != 0x3A { throw PyException.valueError("expected ':' after conversion specifier") }
            }
        }
        let specStart = pos
        var depth = 1
        while pos < end {
            let d = view[pos]
            pos += 1
            if d == 0x7B {
                field.specHasFields = true
                depth += 1
            } else if d == 0x7D {
                depth -= 1
                if depth == 0 {
                    field.spec = specStart..<pos - 1
                    return field
                }
            }
        }
        throw PyException.valueError("unmatched '{' in format spec")
    }

    /// `output_markup`: the field's object, converted, formatted by its spec.
    mutating func output(_ s: Value, _ field: Field, to out: inout StrBuilder, depth: Int) throws(PyException) {
        var object = try fieldObject(s, field.name)
        switch field.conversion {
        case 0: break
        case 0x72: object = try Protocols.repr(object)
        case 0x73: object = try Protocols.str(object)
        case 0x61: object = try Protocols.ascii(object)
        case let c:
            let shown = c > 32 && c < 127 ? String(UnicodeScalar(UInt8(c))) : "\\x" + String(c, radix: 16)
            throw PyException.valueError("Unknown conversion specifier \(shown)")
        }
        let spec = field.specHasFields ? try build(s, field.spec, depth: depth - 1) : Str.substring(s, field.spec)
        if Str.length(spec) == 0 && object.isExactly(Krait_str_type) {
            out.append(StrView(object))
        } else {
            out.append(StrView(try Protocols.format(object, spec)))
        }
    }

    /// `get_field_object`: the argument a field name names, then its `.attr` and `[key]` parts.
    mutating func fieldObject(_ s: Value, _ name: Range<Int>) throws(PyException) -> Value {
        let view = StrView(s)
        let first = FormatString.firstPart(view, name)
        var i = first.upperBound
        var index = try FormatString.index(view, first)
        if index != nil || first.isEmpty {
            if numbering == .unset { numbering = first.isEmpty ? .automatic : .manual }
            if numbering == .manual && first.isEmpty {
                throw PyException.valueError("cannot switch from manual field specification to automatic field numbering")
            }
            if numbering == .automatic && !first.isEmpty {
                throw PyException.valueError("cannot switch from automatic field numbering to manual field specification")
            }
            if first.isEmpty {
                index = nextIndex
                nextIndex += 1
            }
        }
        var object: Value
        if let index {
            guard let args else { throw PyException.valueError("Format string contains positional fields") }
            guard index < Tuple.count(args) else {
                throw PyException.indexError("Replacement index \(index) out of range for positional args tuple")
            }
            object = Tuple.item(args, index)
        } else {
            let key = Str.substring(s, first)
            guard let mapping else { throw PyException.keyError(key) }
            object = try Protocols.getItem(mapping, key)
        }
        while i < name.upperBound {
            let (isAttribute, key) = try FormatString.nextPart(s, view, &i, name.upperBound)
            object = isAttribute ? try Protocols.getAttribute(object, key) : try Protocols.getItem(object, key)
        }
        return object
    }

    /// The first part of a field name: up to its first `.` or `[`.
    static func firstPart(_ view: StrView, _ name: Range<Int>) -> Range<Int> {
        var i = name.lowerBound
        while i < name.upperBound && view[i] != 0x2E && view[i] != 0x5B { i += 1 }
        return name.lowerBound..<i
    }

    /// The first part of the field name `s[name]`: an int when it is all digits.
    public static func firstPart(_ s: Value, _ name: Range<Int>) throws(PyException) -> (key: Value, end: Int) {
        let view = StrView(s)
        let first = firstPart(view, name)
        return (try index(view, first).map(IntObject.make) ?? Str.substring(s, first), first.upperBound)
    }

    /// `FieldNameIterator_next`: the `.attribute` or `[key]` part at `i` (a key of
    /// digits as an int).
    static func nextPart(_ s: Value, _ view: StrView, _ i: inout Int, _ end: Int) throws(PyException) -> (isAttribute: Bool, key: Value) {
        let c = view[i]
        i += 1
        let part: Range<Int>
        if c == 0x2E {
            let start = i
            while i < end && view[i] != 0x2E && view[i] != 0x5B { i += 1 }
            part = start..<i
        } else if c == 0x5B {
            let start = i
            while i < end && view[i] != 0x5D { i += 1 }
            guard i < end else { throw PyException.valueError("Missing ']' in format string") }
            part = start..<i
            i += 1
        } else {
            throw PyException.valueError("Only '.' or '[' may follow ']' in format field specifier")
        }
        let item = c == 0x5B ? try FormatString.index(view, part) : nil
        if part.isEmpty { throw PyException.valueError("Empty attribute in format string") }
        return (c == 0x2E, item.map(IntObject.make) ?? Str.substring(s, part))
    }

    /// `nextPart` over the str `s`, up to `end`.
    public static func nextPart(_ s: Value, _ i: inout Int, _ end: Int) throws(PyException) -> (isAttribute: Bool, key: Value) {
        try nextPart(s, StrView(s), &i, end)
    }

    /// A field name part made only of decimal digits, as an index; nil otherwise.
    static func index(_ view: StrView, _ range: Range<Int>) throws(PyException) -> Int? {
        guard !range.isEmpty else { return nil }
        var value = 0
        for i in range {
            guard let digit = FormatSpec.decimalDigit(view[i]) else { return nil }
            if value > (Int.max - digit) / 10 { throw PyException.valueError("Too many decimal digits in format string") }
            value = value * 10 + digit
        }
        return value
    }
}
