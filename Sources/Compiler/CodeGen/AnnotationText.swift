import Parser

/// An expression back to source text, as CPython 3.11's `ast_unparse.c` writes it for
/// `from __future__ import annotations` (PEP 563): minimal parentheses by precedence,
/// constants by their repr, f-strings rebuilt from their parts.
struct AnnotationText {
    let tree: AST

    /// CPython's precedence levels, lowest first.
    enum Level: Int, Comparable {
        case tuple, test, or, and, not, cmp, bor, bxor, band, shift, arith, term, factor, power, await, atom
        static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
        var next: Level { Level(rawValue: rawValue + 1) ?? .atom }
    }

    static func text(_ id: NodeID, in tree: AST) -> String {
        var out = ""
        AnnotationText(tree: tree).append(id, .test, to: &out)
        return out
    }

    func items(_ list: Int32) -> [Int32] { Array(tree.items(ListID(list))) }
    func name(_ index: Int32) -> String { tree.names[Int(index)] }

    func text(_ id: NodeID, _ level: Level) -> String {
        var out = ""
        append(id, level, to: &out)
        return out
    }

    /// Appends `e` as it reads at `level`, parenthesised when it binds more loosely.
    func append(_ id: NodeID, _ level: Level, to out: inout String) {
        let n = tree[id]
        func wrapped(_ own: Level, _ body: (inout String) -> Void) {
            if level > own { out += "(" }
            body(&out)
            if level > own { out += ")" }
        }
        switch n.kind {
        case .boolOp:
            let isAnd = BoolOperator(rawValue: n.op) == .and
            let own: Level = isAnd ? .and : .or
            wrapped(own) { out in
                for (i, v) in items(n.a).enumerated() {
                    if i > 0 { out += isAnd ? " and " : " or " }
                    append(NodeID(v), own.next, to: &out)
                }
            }
        case .binOp:
            let (symbol, own) = binary(BinaryOperator(rawValue: n.op)!)
            let rightAssociative = own == .power
            wrapped(own) { out in
                append(NodeID(n.a), rightAssociative ? own.next : own, to: &out)
                out += symbol
                append(NodeID(n.b), rightAssociative ? own : own.next, to: &out)
            }
        case .unaryOp:
            let op = UnaryOperator(rawValue: n.op)!
            let own: Level = op == .not ? .not : .factor
            wrapped(own) { out in
                out += [.invert: "~", .not: "not ", .uAdd: "+", .uSub: "-"][op]!
                append(NodeID(n.a), own, to: &out)
            }
        case .lambda:
            wrapped(.test) { out in
                let a = tree[NodeID(n.a)]
                out += items(a.a).count + items(a.b).count > 0 ? "lambda " : "lambda"
                appendArguments(NodeID(n.a), to: &out)
                out += ": "
                append(NodeID(n.b), .test, to: &out)
            }
        case .ifExp:
            wrapped(.test) { out in
                append(NodeID(n.b), .test.next, to: &out)
                out += " if "
                append(NodeID(n.a), .test.next, to: &out)
                out += " else "
                append(NodeID(n.c), .test, to: &out)
            }
        case .dict:
            out += "{"
            for (i, (k, v)) in zip(items(n.a), items(n.b)).enumerated() {
                if i > 0 { out += ", " }
                if k >= 0 {
                    append(NodeID(k), .test, to: &out)
                    out += ": "
                    append(NodeID(v), .test, to: &out)
                } else {
                    out += "**"
                    append(NodeID(v), .bor, to: &out)
                }
            }
            out += "}"
        case .set: sequence(items(n.a), "{", "}", to: &out)
        case .list: sequence(items(n.a), "[", "]", to: &out)
        case .tuple:
            let elements = items(n.a)
            if elements.isEmpty { out += "()"; return }
            wrapped(.tuple) { out in
                for (i, e) in elements.enumerated() {
                    if i > 0 { out += ", " }
                    append(NodeID(e), .test, to: &out)
                }
                if elements.count == 1 { out += "," }
            }
        case .listComp, .setComp, .generatorExp:
            let (open, close) = n.kind == .listComp ? ("[", "]") : n.kind == .setComp ? ("{", "}") : ("(", ")")
            out += open
            append(NodeID(n.a), .test, to: &out)
            comprehensions(items(n.b), to: &out)
            out += close
        case .dictComp:
            out += "{"
            append(NodeID(n.a), .test, to: &out)
            out += ": "
            append(NodeID(n.b), .test, to: &out)
            comprehensions(items(n.c), to: &out)
            out += "}"
        case .await:
            wrapped(.await) { out in
                out += "await "
                append(NodeID(n.a), .atom, to: &out)
            }
        case .yield:
            if n.a < 0 { out += "(yield)"; return }
            out += "(yield "
            append(NodeID(n.a), .test, to: &out)
            out += ")"
        case .yieldFrom:
            out += "(yield from "
            append(NodeID(n.a), .test, to: &out)
            out += ")"
        case .compare:
            wrapped(.cmp) { out in
                append(NodeID(n.a), .cmp.next, to: &out)
                for (op, right) in zip(items(n.b), items(n.c)) {
                    let symbols: [CompareOperator: String] = [.eq: " == ", .notEq: " != ", .lt: " < ", .ltE: " <= ", .gt: " > ", .gtE: " >= ",
                                                              .is_: " is ", .isNot: " is not ", .in_: " in ", .notIn: " not in "]
                    out += symbols[CompareOperator(rawValue: UInt8(op))!]!
                    append(NodeID(right), .cmp.next, to: &out)
                }
            }
        case .call:
            append(NodeID(n.a), .atom, to: &out)
            let args = items(n.b), keywords = items(n.c)
            // A lone generator expression argument keeps only its own parentheses.
            if args.count == 1 && keywords.isEmpty && tree[NodeID(args[0])].kind == .generatorExp {
                append(NodeID(args[0]), .test, to: &out)
                return
            }
            out += "("
            var first = true
            for a in args {
                if !first { out += ", " }
                first = false
                append(NodeID(a), .test, to: &out)
            }
            for k in keywords {
                if !first { out += ", " }
                first = false
                let keyword = tree[NodeID(k)]
                out += keyword.a >= 0 ? name(keyword.a) + "=" : "**"
                append(NodeID(keyword.b), .test, to: &out)
            }
            out += ")"
        case .constant:
            let value = tree.constants[Int(n.a)]
            if value == .ellipsis { out += "..."; return }
            if n.op == 1 { out += "u" }
            out += constant(value)
        case .joinedStr:
            out += "f" + PyRepr.constant(.str(PyStringValue(fstringBody(items(n.a)))))
        case .formattedValue:
            out += "f" + PyRepr.constant(.str(PyStringValue(fstringBody([id.raw]))))
        case .attribute:
            append(NodeID(n.a), .atom, to: &out)
            // `1 .real`: an int needs a space before the dot.
            let value = tree[NodeID(n.a)]
            var isInt = false
            if value.kind == .constant {
                switch tree.constants[Int(value.a)] {
                case .int, .bigInt: isInt = true
                default: break
                }
            }
            out += (isInt ? " ." : ".") + name(n.b)
        case .subscript:
            append(NodeID(n.a), .atom, to: &out)
            out += "["
            append(NodeID(n.b), .tuple, to: &out)
            out += "]"
        case .starred:
            out += "*"
            append(NodeID(n.a), .bor, to: &out)
        case .name: out += name(n.a)
        case .slice:
            if n.a >= 0 { append(NodeID(n.a), .test, to: &out) }
            out += ":"
            if n.b >= 0 { append(NodeID(n.b), .test, to: &out) }
            if n.c >= 0 {
                out += ":"
                append(NodeID(n.c), .test, to: &out)
            }
        case .namedExpr:
            wrapped(.tuple) { out in
                append(NodeID(n.a), .atom, to: &out)
                out += " := "
                append(NodeID(n.b), .atom, to: &out)
            }
        default:
            break
        }
    }

    func binary(_ op: BinaryOperator) -> (String, Level) {
        switch op {
        case .add: return (" + ", .arith)
        case .sub: return (" - ", .arith)
        case .mult: return (" * ", .term)
        case .matMult: return (" @ ", .term)
        case .div: return (" / ", .term)
        case .mod: return (" % ", .term)
        case .floorDiv: return (" // ", .term)
        case .lShift: return (" << ", .shift)
        case .rShift: return (" >> ", .shift)
        case .bitOr: return (" | ", .bor)
        case .bitXor: return (" ^ ", .bxor)
        case .bitAnd: return (" & ", .band)
        case .pow: return (" ** ", .power)
        }
    }

    /// A constant's repr, with an infinite float written `1e309` so it reads back.
    func constant(_ value: ConstantValue) -> String {
        switch value {
        case .float(let d) where d.isInfinite: return "1e309"
        case .imaginary(let d) where d.isInfinite: return "1e309j"
        default: return PyRepr.constant(value)
        }
    }

    func sequence(_ elements: [Int32], _ open: String, _ close: String, to out: inout String) {
        out += open
        for (i, e) in elements.enumerated() {
            if i > 0 { out += ", " }
            append(NodeID(e), .test, to: &out)
        }
        out += close
    }

    func comprehensions(_ generators: [Int32], to out: inout String) {
        for g in generators {
            let c = tree[NodeID(g)]
            out += c.op != 0 ? " async for " : " for "
            append(NodeID(c.a), .tuple, to: &out)
            out += " in "
            append(NodeID(c.b), .test.next, to: &out)
            for condition in items(c.c) {
                out += " if "
                append(NodeID(condition), .test.next, to: &out)
            }
        }
    }

    /// The parameters of a lambda (names and defaults; lambdas have no annotations).
    func appendArguments(_ id: NodeID, to out: inout String) {
        let a = tree[id]
        let k = Int(a.e)
        let kwDefaults = items(tree.extra[k]), kwarg = tree.extra[k + 1], defaults = items(tree.extra[k + 2])
        let posonly = items(a.a), positional = posonly + items(a.b)
        var first = true
        func separate() {
            if !first { out += ", " }
            first = false
        }
        for (i, arg) in positional.enumerated() {
            separate()
            out += name(tree[NodeID(arg)].a)
            let d = i - positional.count + defaults.count
            if d >= 0 {
                out += "="
                append(NodeID(defaults[d]), .test, to: &out)
            }
            if !posonly.isEmpty && i + 1 == posonly.count { out += ", /" }
        }
        let kwonly = items(a.d)
        if a.c >= 0 || !kwonly.isEmpty {
            separate()
            out += "*"
            if a.c >= 0 { out += name(tree[NodeID(a.c)].a) }
        }
        for (i, arg) in kwonly.enumerated() {
            separate()
            out += name(tree[NodeID(arg)].a)
            let d = i - kwonly.count + kwDefaults.count
            if d >= 0, kwDefaults[d] >= 0 {
                out += "="
                append(NodeID(kwDefaults[d]), .test, to: &out)
            }
        }
        if kwarg >= 0 {
            separate()
            out += "**" + name(tree[NodeID(kwarg)].a)
        }
    }

    /// The text between an f-string's quotes: literal parts with braces doubled,
    /// replacement fields rebuilt.
    func fstringBody(_ parts: [Int32], formatSpec: Bool = false) -> String {
        var out = ""
        for p in parts {
            let part = tree[NodeID(p)]
            switch part.kind {
            case .constant:
                if case .str(let s) = tree.constants[Int(part.a)] {
                    for ch in String(decoding: s.utf8, as: UTF8.self) {
                        out.append(ch)
                        if ch == "{" || ch == "}" { out.append(ch) }
                    }
                }
            case .joinedStr:
                out += formatSpec ? fstringBody(items(part.a), formatSpec: true) : "f" + PyRepr.constant(.str(PyStringValue(fstringBody(items(part.a)))))
            case .formattedValue:
                let value = text(NodeID(part.a), .test.next)
                out += value.hasPrefix("{") ? "{ " : "{"
                out += value
                switch part.b {
                case 97: out += "!a"
                case 114: out += "!r"
                case 115: out += "!s"
                default: break
                }
                if part.c >= 0 {
                    out += ":"
                    let spec = tree[NodeID(part.c)]
                    out += spec.kind == .joinedStr ? fstringBody(items(spec.a), formatSpec: true) : fstringBody([part.c], formatSpec: true)
                }
                out += "}"
            default:
                break
            }
        }
        return out
    }
}
