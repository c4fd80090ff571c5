/// f-strings as CPython 3.11 parses them: the tokenizer sees one STRING token; the
/// parser splits it into literal text and replacement fields, and parses each field's
/// expression with a nested parser over `(expression)`.
extension Parser {
    @inline(__always)
    func byte(_ i: Int) -> UInt8 { src[i] }

    /// Parses f-string body text from `cursor` up to the end of the token body (level 0)
    /// or up to the `}` that closes a format spec (level 1).
    mutating func parseFString(token t: Token, info: StringToken, cursor: inout Int, level: Int,
                               into b: inout JoinedStringBuilder) throws {
        let end = info.bodyEnd
        while true {
            try fstringLiteral(token: t, raw: info.isRaw, cursor: &cursor, end: end, level: level,
                               into: &b.literal)
            if cursor >= end { return }
            let c = byte(cursor)
            if c == UInt8(ascii: "}") {
                if level == 0 { throw fail("f-string: single '}' is not allowed", at: stringErrorToken) }
                return
            }
            try fstringField(token: t, info: info, cursor: &cursor, level: level, into: &b)
        }
    }

    /// Literal text up to an unescaped `{` or `}` (doubled braces become one at level 0).
    mutating func fstringLiteral(token t: Token, raw: Bool, cursor: inout Int, end: Int, level: Int,
                                 into literal: inout [UInt8]) throws {
        var s = cursor
        var literalStart = s
        while s < end {
            var ch = byte(s)
            s += 1
            if !raw && ch == UInt8(ascii: "\\") && s < end {
                ch = byte(s)
                s += 1
                if ch == UInt8(ascii: "N") {
                    if s < end && byte(s) == UInt8(ascii: "{") {
                        s += 1
                        while s < end && byte(s) != UInt8(ascii: "}") { s += 1 }
                        if s < end { s += 1 }
                        continue
                    }
                    break
                }
                // `\{` still opens a field; CPython warns of it while scanning, before
                // the text before it is decoded.
                if ch == UInt8(ascii: "{") { try warnInvalidEscape(s - 1, token: t) }
            }
            if ch == UInt8(ascii: "{") || ch == UInt8(ascii: "}") {
                if level == 0 {
                    if s < end && byte(s) == ch {
                        // Doubled brace: keep one, skip the other, go on scanning.
                        try decodeLiteral(token: t, from: literalStart, to: s, raw: raw, into: &literal)
                        s += 1
                        literalStart = s
                        continue
                    }
                    if ch == UInt8(ascii: "}") {
                        throw fail("f-string: single '}' is not allowed", at: stringErrorToken)
                    }
                }
                s -= 1
                break
            }
        }
        try decodeLiteral(token: t, from: literalStart, to: s, raw: raw, into: &literal)
        cursor = s
    }

    mutating func decodeLiteral(token t: Token, from: Int, to: Int, raw: Bool,
                                into literal: inout [UInt8]) throws {
        if from >= to { return }
        let invalid: Int?
        do {
            invalid = try EscapeDecoder.decodeString(src, from: from, to: to, raw: raw, into: &literal)
        } catch EscapeDecoder.Failure.message(let m) {
            throw fail(m, at: stringErrorToken)
        }
        try warnInvalidEscape(invalid, token: t)
    }

    /// One replacement field `{expr[=][!c][:spec]}`; `cursor` is at the `{`.
    mutating func fstringField(token t: Token, info: StringToken, cursor: inout Int, level: Int,
                               into b: inout JoinedStringBuilder) throws {
        let end = info.bodyEnd
        if level >= 2 { throw fail("f-string: expressions nested too deeply", at: stringErrorToken) }
        cursor += 1
        let exprStart = cursor
        var quote: UInt8 = 0
        var stringType = 0
        var parens: [UInt8] = []
        while cursor < end {
            let ch = byte(cursor)
            if ch == UInt8(ascii: "\\") {
                throw fail("f-string expression part cannot include a backslash", at: stringErrorToken)
            }
            if quote != 0 {
                if ch == quote {
                    if stringType == 3 {
                        if cursor + 2 < end && byte(cursor + 1) == ch && byte(cursor + 2) == ch {
                            cursor += 3
                            quote = 0
                            stringType = 0
                            continue
                        }
                    } else {
                        quote = 0
                        stringType = 0
                    }
                }
            } else if ch == UInt8(ascii: "'") || ch == UInt8(ascii: "\"") {
                if cursor + 2 < end && byte(cursor + 1) == ch && byte(cursor + 2) == ch {
                    stringType = 3
                    cursor += 2
                } else {
                    stringType = 1
                }
                quote = ch
            } else if ch == UInt8(ascii: "[") || ch == UInt8(ascii: "{") || ch == UInt8(ascii: "(") {
                if parens.count >= Tokenizer.maxParenLevel {
                    throw fail("f-string: too many nested parenthesis", at: stringErrorToken)
                }
                parens.append(ch)
            } else if ch == UInt8(ascii: "#") {
                throw fail("f-string expression part cannot include '#'", at: stringErrorToken)
            } else if parens.isEmpty && (ch == UInt8(ascii: "!") || ch == UInt8(ascii: ":")
                        || ch == UInt8(ascii: "}") || ch == UInt8(ascii: "=")
                        || ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<")) {
                if cursor + 1 < end {
                    let next = byte(cursor + 1)
                    if next == UInt8(ascii: "=") && ch != UInt8(ascii: ":") && ch != UInt8(ascii: "}") {
                        cursor += 2
                        continue
                    }
                    if ch == UInt8(ascii: ">") || ch == UInt8(ascii: "<") {
                        cursor += 1
                        continue
                    }
                }
                break
            } else if ch == UInt8(ascii: "]") || ch == UInt8(ascii: "}") || ch == UInt8(ascii: ")") {
                guard let opening = parens.popLast() else {
                    throw fail("f-string: unmatched '\(Character(Unicode.Scalar(ch)))'", at: stringErrorToken)
                }
                let matches = (opening == UInt8(ascii: "(") && ch == UInt8(ascii: ")"))
                    || (opening == UInt8(ascii: "[") && ch == UInt8(ascii: "]"))
                    || (opening == UInt8(ascii: "{") && ch == UInt8(ascii: "}"))
                if !matches {
                    throw fail("f-string: closing parenthesis '\(Character(Unicode.Scalar(ch)))' does not match opening parenthesis '\(Character(Unicode.Scalar(opening)))'", at: stringErrorToken)
                }
            }
            cursor += 1
        }
        let exprEnd = cursor
        if quote != 0 { throw fail("f-string: unterminated string", at: stringErrorToken) }
        if let opening = parens.last {
            throw fail("f-string: unmatched '\(Character(Unicode.Scalar(opening)))'", at: stringErrorToken)
        }
        if cursor >= end { throw fail("f-string: expecting '}'", at: stringErrorToken) }
        var onlySpace = true
        for i in exprStart..<exprEnd {
            let c = byte(i)
            if !(c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C) { onlySpace = false; break }
        }
        if onlySpace {
            let stop = byte(exprEnd)
            if stop == UInt8(ascii: "!") || stop == UInt8(ascii: ":") || stop == UInt8(ascii: "=") {
                throw fail("f-string: expression required before '\(Character(Unicode.Scalar(stop)))'",
                           at: stringErrorToken)
            }
            throw fail("f-string: empty expression not allowed", at: stringErrorToken)
        }

        let value = try fstringExpression(token: t, from: exprStart, to: exprEnd)

        // With `=`, the field's own text (up to the '=' and the blanks after it).
        var debugEnd: Int? = nil
        if byte(cursor) == UInt8(ascii: "=") {
            cursor += 1
            while cursor < end {
                let c = byte(cursor)
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B {
                    cursor += 1
                } else {
                    break
                }
            }
            debugEnd = cursor
        }
        var conversion: Int32 = -1
        if cursor < end && byte(cursor) == UInt8(ascii: "!") {
            cursor += 1
            if cursor >= end { throw fail("f-string: expecting '}'", at: stringErrorToken) }
            let c = byte(cursor)
            cursor += 1
            guard c == UInt8(ascii: "s") || c == UInt8(ascii: "r") || c == UInt8(ascii: "a") else {
                throw fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: stringErrorToken)
            }
            conversion = Int32(c)
        }
        var formatSpec = NodeID.none
        if cursor >= end { throw fail("f-string: expecting '}'", at: stringErrorToken) }
        if byte(cursor) == UInt8(ascii: ":") {
            cursor += 1
            if cursor >= end { throw fail("f-string: expecting '}'", at: stringErrorToken) }
            let tokenSpan = SourceSpan(lineno: t.line, colOffset: t.col, endLineno: t.endLine,
                                       endColOffset: t.endCol)
            var spec = JoinedStringBuilder(span: b.span, isUnicodeKind: b.isUnicodeKind, finalSpan: tokenSpan)
            try parseFString(token: t, info: info, cursor: &cursor, level: level + 1, into: &spec)
            spec.finish(&self)
            formatSpec = ast.add(Node(kind: .joinedStr, span: tokenSpan, a: ast.list(spec.values).raw))
        }
        if cursor >= end || byte(cursor) != UInt8(ascii: "}") {
            throw fail("f-string: expecting '}'", at: stringErrorToken)
        }
        cursor += 1
        if let debugEnd {
            b.literal.append(contentsOf: UnsafeBufferPointer(start: src + exprStart, count: debugEnd - exprStart))
            if conversion == -1 && formatSpec.isNone { conversion = Int32(UInt8(ascii: "r")) }
        }
        b.flush(&self)
        b.values.append(ast.add(Node(kind: .formattedValue, span: b.span, a: value.raw, b: conversion,
                                     c: formatSpec.raw)))
    }

    /// An error of a field's nested parse: the parser's get CPython's "f-string: " prefix;
    /// its tokenizer's are raised as they are, on the field's line of the file.
    func fstringError(_ e: PySyntaxError, nested: Parser, lineOffset: Int) -> PySyntaxError {
        var e = e
        if let t = nested.tokenizerError, t == e {
            e.lineno += lineOffset
            e.endLineno += lineOffset
            return e
        }
        e.message = "f-string: " + e.message
        return e
    }

    /// fstring: star_expressions, over the `(expression)` text.
    mutating func fstringExpressionRule() throws -> NodeID? {
        guard let e = try starExpressions(), accept(.newline) else { return nil }
        return e
    }

    /// Parses the text of a replacement field as `(expression)` with a nested parser, moving
    /// its tokens to where the text sits in the file.
    mutating func fstringExpression(token t: Token, from: Int, to: Int) throws -> NodeID {
        let brace = from - 1
        var braceLine = t.line
        var lineStart = Int(t.start) - Int(t.col)
        for i in Int(t.start)..<brace where src[i] == 0x0A {
            braceLine += 1
            lineStart = i + 1
        }
        let braceCol = Int32(brace - lineStart)
        var sub: [UInt8] = [UInt8(ascii: "(")]
        sub.append(contentsOf: UnsafeBufferPointer(start: src + from, count: to - from))
        sub.append(contentsOf: [UInt8(ascii: ")"), 0x0A, 0])
        return try sub.withUnsafeBufferPointer { buf -> NodeID in
            var tokenizer = Tokenizer(buf.baseAddress!, count: buf.count - 1, filename: filename)
            tokenizer.run()
            var tokens = tokenizer.tokens
            for i in tokens.indices {
                if tokens[i].line == 1 {
                    tokens[i].col += braceCol
                    if tokens[i].endLine == 1 { tokens[i].endCol += braceCol }
                }
                tokens[i].line += braceLine - 1
                tokens[i].endLine += braceLine - 1
            }
            var nested = Parser(source: buf.baseAddress!, count: buf.count - 1, tokens: tokens,
                                tokenizerError: tokenizer.error, filename: filename)
            nested.depth = depth
            nested.fstringLineOffset = braceLine - 1
            nested.fstringColumnShift = Int(braceCol)
            nested.tokenizerErrorIsRaised = tokenizer.errorIsRaised
            swap(&nested.ast, &ast)
            defer { swap(&nested.ast, &ast) }
            var firstPassFarthest = 0
            do {
                if let e = try nested.fstringExpressionRule() { return e }
                firstPassFarthest = nested.farthest
                if nested.reachedEndError(nested.farthest) == nil {
                    nested.pos = 0
                    nested.invalidPass = true
                    nested.secondPass = true
                    nested.levels = nested.tokenLevels()
                    _ = try nested.fstringExpressionRule()
                }
            } catch let failure as ParseFailure {
                throw ParseFailure(error: fstringError(nested.prioritized(failure.error), nested: nested,
                                                       lineOffset: Int(braceLine) - 1))
            }
            throw ParseFailure(error: fstringError(nested.genericError(lastIndex: firstPassFarthest,
                                                                       furthest: nested.farthest),
                                                   nested: nested, lineOffset: Int(braceLine) - 1))
        }
    }
}
