import ObjectLayout
import ObjectModel
import Parser

/// CPython 3.11's AST validator (Python/ast.c), run on a tree converted from `ast`
/// objects before it is compiled: contexts, non-empty bodies, list lengths, positions,
/// constants and patterns, with ast.c's messages. What it lets through, the compiler
/// can compile (or reject with a SyntaxError).
struct ASTValidator {
    let tree: AST
    let invalidConstants: [Int32: String]

    static func validate(_ converted: ObjectsToAST) throws(PyException) {
        let v = ASTValidator(tree: converted.tree, invalidConstants: converted.invalidConstants)
        try v.module(v.tree[v.tree.root])
    }

    private func node(_ id: Int32) -> Node { tree.nodes[Int(id)] }
    private func items(_ list: Int32) -> ArraySlice<Int32> { tree.items(ListID(list)) }
    private func count(_ list: Int32) -> Int { tree.count(of: ListID(list)) }

    private func fail(_ message: String) -> PyException { PyException.valueError(message) }

    private func module(_ m: Node) throws(PyException) {
        switch m.kind {
        case .module, .interactive: try statements(m.a)
        case .expression: try expression(m.a, .load)
        default:
            try expressions(m.a, .load)
            try expression(m.b, .load)
        }
    }

    /// Keeps the native stack from running out on a deep tree.
    private func checkDepth() throws(PyException) {
        if Recursion.nativeStackIsLow() {
            throw PyException(Krait_exc_RecursionError, "maximum recursion depth exceeded during compilation")
        }
    }

    /// ast.c's `VALIDATE_POSITIONS`.
    private func positions(_ n: Node) throws(PyException) {
        let s = n.span
        if s.lineno > s.endLineno { throw fail("AST node line range (\(s.lineno), \(s.endLineno)) is not valid") }
        if (s.lineno < 0 && s.endLineno != s.lineno) || (s.colOffset < 0 && s.colOffset != s.endColOffset) {
            throw fail("AST node column range (\(s.colOffset), \(s.endColOffset)) for line range (\(s.lineno), \(s.endLineno)) is not valid")
        }
        if s.lineno == s.endLineno && s.colOffset > s.endColOffset {
            throw fail("line \(s.lineno), column \(s.colOffset)-\(s.endColOffset) is not a valid range")
        }
    }

    private func nonEmpty(_ list: Int32, _ what: String, _ owner: String) throws(PyException) {
        if count(list) == 0 { throw fail("empty \(what) on \(owner)") }
    }

    private func body(_ list: Int32, _ owner: String) throws(PyException) {
        try nonEmpty(list, "body", owner)
        try statements(list)
    }

    private func statements(_ list: Int32) throws(PyException) {
        for s in items(list) {
            guard s >= 0 else { throw fail("None disallowed in statement list") }
            try statement(s)
        }
    }

    private func expressions(_ list: Int32, _ context: ExprContext, nullOK: Bool = false) throws(PyException) {
        for e in items(list) {
            if e >= 0 {
                try expression(e, context)
            } else if !nullOK {
                throw fail("None disallowed in expression list")
            }
        }
    }

    // MARK: Statements

    private func statement(_ id: Int32) throws(PyException) {
        try checkDepth()
        let s = node(id)
        try positions(s)
        switch s.kind {
        case .functionDef, .asyncFunctionDef:
            try body(s.c, s.kind == .functionDef ? "FunctionDef" : "AsyncFunctionDef")
            try arguments(s.b)
            try expressions(s.d, .load)
            if s.e >= 0 { try expression(s.e, .load) }
        case .classDef:
            try body(s.d, "ClassDef")
            try expressions(s.b, .load)
            try keywords(s.c)
            try expressions(s.e, .load)
        case .return_:
            if s.a >= 0 { try expression(s.a, .load) }
        case .delete:
            try nonEmpty(s.a, "targets", "Delete")
            try expressions(s.a, .del)
        case .assign:
            try nonEmpty(s.a, "targets", "Assign")
            try expressions(s.a, .store)
            try expression(s.b, .load)
        case .augAssign:
            try expression(s.a, .store)
            try expression(s.b, .load)
        case .annAssign:
            if node(s.a).kind != .name && s.op != 0 { throw PyException.typeError("AnnAssign with simple non-Name target") }
            try expression(s.a, .store)
            if s.c >= 0 { try expression(s.c, .load) }
            try expression(s.b, .load)
        case .for_, .asyncFor:
            try expression(s.a, .store)
            try expression(s.b, .load)
            try body(s.c, s.kind == .for_ ? "For" : "AsyncFor")
            try statements(s.d)
        case .while_, .if_:
            try expression(s.a, .load)
            try body(s.b, s.kind == .while_ ? "While" : "If")
            try statements(s.c)
        case .with, .asyncWith:
            let owner = s.kind == .with ? "With" : "AsyncWith"
            try nonEmpty(s.a, "items", owner)
            for i in items(s.a) {
                let item = node(i)
                try expression(item.a, .load)
                if item.b >= 0 { try expression(item.b, .store) }
            }
            try body(s.b, owner)
        case .match:
            try expression(s.a, .load)
            try nonEmpty(s.b, "cases", "Match")
            for i in items(s.b) {
                let c = node(i)
                try pattern(c.a, starOK: false)
                if c.b >= 0 { try expression(c.b, .load) }
                try body(c.c, "match_case")
            }
        case .raise:
            if s.a >= 0 {
                try expression(s.a, .load)
                if s.b >= 0 { try expression(s.b, .load) }
            } else if s.b >= 0 {
                throw fail("Raise with cause but no exception")
            }
        case .try_, .tryStar:
            let owner = s.kind == .try_ ? "Try" : "TryStar"
            try body(s.a, owner)
            if count(s.b) == 0 && count(s.d) == 0 { throw fail("\(owner) has neither except handlers nor finalbody") }
            if count(s.b) == 0 && count(s.c) != 0 { throw fail("\(owner) has orelse but no except handlers") }
            for i in items(s.b) {
                guard i >= 0 else { throw fail("None disallowed in handler list") }
                let handler = node(i)
                if handler.a >= 0 { try expression(handler.a, .load) }
                try body(handler.c, "ExceptHandler")
            }
            try statements(s.d)
            try statements(s.c)
        case .assert:
            try expression(s.a, .load)
            if s.b >= 0 { try expression(s.b, .load) }
        case .import_:
            try nonEmpty(s.a, "names", "Import")
        case .importFrom:
            if s.c < 0 { throw fail("Negative ImportFrom level") }
            try nonEmpty(s.b, "names", "ImportFrom")
        case .global:
            try nonEmpty(s.a, "names", "Global")
        case .nonlocal:
            try nonEmpty(s.a, "names", "Nonlocal")
        case .expr:
            try expression(s.a, .load)
        default:
            break
        }
    }

    private func keywords(_ list: Int32) throws(PyException) {
        for k in items(list) { try expression(node(k).b, .load) }
    }

    private func parameters(_ list: Int32) throws(PyException) {
        for a in items(list) where node(a).b >= 0 { try expression(node(a).b, .load) }
    }

    private func arguments(_ id: Int32) throws(PyException) {
        let a = node(id)
        let kwDefaults = tree.extra[Int(a.e)], kwarg = tree.extra[Int(a.e) + 1], defaults = tree.extra[Int(a.e) + 2]
        try parameters(a.a)
        try parameters(a.b)
        if a.c >= 0, node(a.c).b >= 0 { try expression(node(a.c).b, .load) }
        try parameters(a.d)
        if kwarg >= 0, node(kwarg).b >= 0 { try expression(node(kwarg).b, .load) }
        if count(defaults) > count(a.a) + count(a.b) { throw fail("more positional defaults than args on arguments") }
        if count(kwDefaults) != count(a.d) { throw fail("length of kwonlyargs is not the same as kw_defaults on arguments") }
        try expressions(defaults, .load)
        try expressions(kwDefaults, .load, nullOK: true)
    }

    // MARK: Expressions

    private func contextName(_ c: ExprContext) -> String { c.pythonName }

    private func expression(_ id: Int32, _ context: ExprContext) throws(PyException) {
        try checkDepth()
        let e = node(id)
        try positions(e)
        switch e.kind {
        case .attribute, .subscript, .starred, .name, .list, .tuple:
            let actual = ExprContext(rawValue: e.op)!
            if actual != context {
                throw fail("expression must have \(contextName(context)) context but has \(contextName(actual)) instead")
            }
        default:
            if context != .load { throw fail("expression which can't be assigned to in \(contextName(context)) context") }
        }
        switch e.kind {
        case .boolOp:
            if count(e.a) < 2 { throw fail("BoolOp with less than 2 values") }
            try expressions(e.a, .load)
        case .binOp:
            try expression(e.a, .load)
            try expression(e.b, .load)
        case .unaryOp, .await, .yieldFrom:
            try expression(e.a, .load)
        case .lambda:
            try arguments(e.a)
            try expression(e.b, .load)
        case .ifExp:
            try expression(e.a, .load)
            try expression(e.b, .load)
            try expression(e.c, .load)
        case .dict:
            if count(e.a) != count(e.b) { throw fail("Dict doesn't have the same number of keys as values") }
            try expressions(e.a, .load, nullOK: true)
            try expressions(e.b, .load)
        case .set, .joinedStr:
            try expressions(e.a, .load)
        case .listComp, .setComp, .generatorExp:
            try comprehensions(e.b)
            try expression(e.a, .load)
        case .dictComp:
            try comprehensions(e.c)
            try expression(e.a, .load)
            try expression(e.b, .load)
        case .yield:
            if e.a >= 0 { try expression(e.a, .load) }
        case .compare:
            if count(e.c) == 0 { throw fail("Compare with no comparators") }
            if count(e.c) != count(e.b) { throw fail("Compare has a different number of comparators and operands") }
            try expressions(e.c, .load)
            try expression(e.a, .load)
        case .call:
            try expression(e.a, .load)
            try expressions(e.b, .load)
            try keywords(e.c)
        case .constant:
            if let name = invalidConstants[e.a] { throw PyException.typeError("got an invalid type in Constant: \(name)") }
        case .formattedValue:
            try expression(e.a, .load)
            if e.c >= 0 { try expression(e.c, .load) }
        case .attribute:
            try expression(e.a, .load)
        case .subscript:
            try expression(e.b, .load)
            try expression(e.a, .load)
        case .starred:
            try expression(e.a, context)
        case .slice:
            for part in [e.a, e.b, e.c] where part >= 0 { try expression(part, .load) }
        case .list, .tuple:
            try expressions(e.a, context)
        case .namedExpr:
            if node(e.a).kind != .name { throw PyException.typeError("NamedExpr target must be a Name") }
            try expression(e.b, .load)
        case .name:
            try name(e.a)
        default:
            break
        }
    }

    private func comprehensions(_ list: Int32) throws(PyException) {
        if count(list) == 0 { throw fail("comprehension with no generators") }
        for g in items(list) {
            let c = node(g)
            try expression(c.a, .store)
            try expression(c.b, .load)
            try expressions(c.c, .load)
        }
    }

    /// `validate_name`: an identifier may not spell a constant.
    private func name(_ index: Int32) throws(PyException) {
        let text = tree.names[Int(index)]
        if text == "None" || text == "True" || text == "False" {
            throw fail("identifier field can't represent '\(text)' constant")
        }
    }

    private func capture(_ index: Int32) throws(PyException) {
        if tree.names[Int(index)] == "_" { throw fail("can't capture name '_' in patterns") }
        try name(index)
    }

    // MARK: Patterns

    private func patterns(_ list: Int32, starOK: Bool) throws(PyException) {
        for p in items(list) { try pattern(p, starOK: starOK) }
    }

    private func pattern(_ id: Int32, starOK: Bool) throws(PyException) {
        try checkDepth()
        guard id >= 0 else { throw fail("None disallowed in pattern list") }
        let p = node(id)
        try positions(p)
        switch p.kind {
        case .matchValue:
            try matchValue(p.a)
        case .matchSingleton:
            let singleton: Bool
            switch tree.constants[Int(p.a)] {
            case .none, .bool: singleton = invalidConstants[p.a] == nil
            default: singleton = false
            }
            if !singleton { throw fail("MatchSingleton can only contain True, False and None") }
        case .matchSequence:
            try patterns(p.a, starOK: true)
        case .matchMapping:
            if count(p.a) != count(p.b) { throw fail("MatchMapping doesn't have the same number of keys as patterns") }
            if p.c >= 0 { try capture(p.c) }
            for k in items(p.a) {
                guard k >= 0 else { throw fail("None disallowed in expression list") }
                let key = node(k)
                // None, True and False keys are valid syntax, which literal patterns are not.
                if key.kind == .constant, invalidConstants[key.a] == nil {
                    switch tree.constants[Int(key.a)] {
                    case .none, .bool: continue
                    default: break
                    }
                }
                try matchValue(k)
            }
            try patterns(p.b, starOK: false)
        case .matchClass:
            if count(p.c) != count(p.d) {
                throw fail("MatchClass doesn't have the same number of keyword attributes as patterns")
            }
            try expression(p.a, .load)
            var cls = node(p.a)
            while cls.kind == .attribute { cls = node(cls.a) }
            if cls.kind != .name { throw fail("MatchClass cls field can only contain Name or Attribute nodes.") }
            for attribute in items(p.c) { try name(attribute) }
            try patterns(p.b, starOK: false)
            try patterns(p.d, starOK: false)
        case .matchStar:
            if !starOK { throw fail("can't use MatchStar here") }
            if p.a >= 0 { try capture(p.a) }
        case .matchAs:
            if p.b >= 0 { try capture(p.b) }
            if p.a >= 0 {
                if p.b < 0 { throw fail("MatchAs must specify a target name if a pattern is given") }
                try pattern(p.a, starOK: false)
            }
        case .matchOr:
            if count(p.a) < 2 { throw fail("MatchOr requires at least 2 patterns") }
            try patterns(p.a, starOK: false)
        default:
            break
        }
    }

    /// `validate_pattern_match_value`: literals, attribute lookups, and the negative
    /// and complex numbers the optimizer folds into constants.
    private func matchValue(_ id: Int32) throws(PyException) {
        try expression(id, .load)
        let e = node(id)
        switch e.kind {
        case .constant:
            if invalidConstants[e.a] == nil {
                switch tree.constants[Int(e.a)] {
                case .int, .bigInt, .negativeBigInt, .float, .imaginary, .complex, .str, .bytes: return
                default: break
                }
            }
            throw fail("unexpected constant inside of a literal pattern")
        case .attribute, .joinedStr:
            return
        case .unaryOp:
            if UnaryOperator(rawValue: e.op) == .uSub { return }
        case .binOp:
            let op = BinaryOperator(rawValue: e.op)
            if op == .add || op == .sub { return }
        default:
            break
        }
        throw fail("patterns may only match literals and attribute lookups")
    }
}
