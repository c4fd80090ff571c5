extension Parser {
    /// strings: STRING+ — implicit concatenation, f-strings included.
    mutating func strings() throws -> NodeID? {
        let first = current
        var end = pos
        while tokens[end].kind == .string { end += 1 }
        if end > farthest { farthest = end }
        let last = tokens[end - 1]
        let whole = SourceSpan(lineno: first.line, colOffset: first.col, endLineno: last.endLine,
                               endColOffset: last.endCol)
        let firstInfo = StringToken(src, first)
        // CPython reports most literal errors at the last token it fetched: the one after
        // the strings.
        stringErrorToken = tokens[end]
        var builder = JoinedStringBuilder(span: whole, isUnicodeKind: firstInfo.isUnicodeKind)
        var bytes: [UInt8] = []
        var anyFormatted = false
        for i in pos..<end {
            let t = tokens[i]
            let info = StringToken(src, t)
            if info.isBytes != firstInfo.isBytes {
                throw fail("cannot mix bytes and nonbytes literals", at: stringErrorToken)
            }
            if info.isBytes {
                for k in info.bodyStart..<info.bodyEnd where src[k] >= 0x80 {
                    throw fail("bytes can only contain ASCII literal characters", at: t)
                }
                let invalid: Int?
                do {
                    invalid = try EscapeDecoder.decodeBytes(src, from: info.bodyStart, to: info.bodyEnd,
                                                            raw: info.isRaw, into: &bytes)
                } catch EscapeDecoder.Failure.message(let m) {
                    throw fail(m, at: stringErrorToken)
                }
                try warnInvalidEscape(invalid, token: t)
            } else if info.isFormatted {
                anyFormatted = true
                var cursor = info.bodyStart
                try parseFString(token: t, info: info, cursor: &cursor, level: 0, into: &builder)
            } else {
                let invalid: Int?
                do {
                    invalid = try EscapeDecoder.decodeString(src, from: info.bodyStart, to: info.bodyEnd,
                                                             raw: info.isRaw, into: &builder.literal)
                } catch EscapeDecoder.Failure.message(let m) {
                    throw fail(m, at: stringErrorToken)
                }
                try warnInvalidEscape(invalid, token: t)
            }
        }
        pos = end
        if firstInfo.isBytes {
            return constantNode(.bytes(bytes), span: whole)
        }
        if !anyFormatted {
            return constantNode(.str(PyStringValue(utf8: builder.literal)), span: whole,
                                isUnicodeKind: firstInfo.isUnicodeKind)
        }
        builder.finish(&self)
        return ast.add(Node(kind: .joinedStr, span: whole, a: ast.list(builder.values).raw))
    }
}

/// Collects the values of a JoinedStr: literal text is merged until a replacement
/// field ends it; empty literals are dropped, as CPython does.
///
/// CPython 3.11 gives every part the span of the whole string concatenation, except a
/// format spec, whose JoinedStr and trailing literal get the span of its own token.
struct JoinedStringBuilder {
    /// Span (and `kind='u'`) of literals that precede a replacement field.
    var span: SourceSpan
    var isUnicodeKind: Bool
    /// Span of the literal that ends the JoinedStr.
    var finalSpan: SourceSpan
    var literal: [UInt8] = []
    var values: [NodeID] = []

    init(span: SourceSpan, isUnicodeKind: Bool, finalSpan: SourceSpan? = nil) {
        self.span = span
        self.isUnicodeKind = isUnicodeKind
        self.finalSpan = finalSpan ?? span
    }

    /// Ends the literal text before a replacement field.
    mutating func flush(_ parser: inout Parser) {
        if literal.isEmpty { return }
        values.append(parser.constantNode(.str(PyStringValue(utf8: literal)), span: span,
                                          isUnicodeKind: isUnicodeKind))
        literal.removeAll(keepingCapacity: true)
    }

    /// Ends the JoinedStr.
    mutating func finish(_ parser: inout Parser) {
        if literal.isEmpty { return }
        values.append(parser.constantNode(.str(PyStringValue(utf8: literal)), span: finalSpan,
                                          isUnicodeKind: isUnicodeKind && finalSpan == span))
        literal.removeAll(keepingCapacity: true)
    }
}
