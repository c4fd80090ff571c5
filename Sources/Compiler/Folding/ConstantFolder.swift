import Parser

/// CPython 3.11's AST optimiser (`Python/ast_opt.c`), run between the future-feature
/// scan and the symbol table as there: operations on constants, tuples of constants,
/// subscripts of constants and `__debug__` become constants; `not` of an `is`/`in`
/// comparison becomes the opposite comparison; a list or set display that `in` tests
/// or a loop iterates becomes a tuple or frozenset; `'%s' % (a, b)` becomes an f-string.
///
/// A folded node keeps its place and span and becomes a `.constant` whose value is in
/// `folded` (its `a` slot, an index into the parser's constants, is -1).
struct ConstantFolder {
    var tree: AST
    var folded: [Int32: ConstantKey] = [:]
    /// First statements of bodies whose value became a str constant by folding: they are
    /// not docstrings (CPython wraps them in a JoinedStr for that reason).
    var foldedFirstStrings: Set<Int32> = []
    let optimize: Bool
    /// Under `from __future__ import annotations`, annotations are left as written.
    let stringAnnotations: Bool

    static func fold(_ tree: AST, optimize: Bool, stringAnnotations: Bool) -> ConstantFolder {
        var f = ConstantFolder(tree: tree, optimize: optimize, stringAnnotations: stringAnnotations)
        let root = tree[tree.root]
        switch root.kind {
        case .expression: f.expression(root.a)
        case .interactive: f.statements(root.a)
        default: f.body(root.a)
        }
        return f
    }

    /// The constant an expression node is, if it is one (a literal or folded).
    func constant(_ id: Int32) -> ConstantKey? {
        guard id >= 0 else { return nil }
        if let key = folded[id] { return key }
        let n = tree[NodeID(id)]
        return n.kind == .constant ? ConstantKey(tree.constants[Int(n.a)]) : nil
    }

    func items(_ list: Int32) -> [Int32] { Array(tree.items(ListID(list))) }

    mutating func makeConstant(_ id: Int32, _ key: ConstantKey) {
        var n = tree[NodeID(id)]
        n.kind = .constant
        n.op = 0
        n.a = -1
        n.b = -1
        n.c = -1
        n.d = -1
        n.e = -1
        tree[NodeID(id)] = n
        folded[id] = key
    }

    // MARK: Statements

    /// A module, function or class body (`astfold_body`).
    mutating func body(_ list: Int32) {
        let stmts = items(list)
        let hadDocstring = stmts.first.map(isDocstring) ?? false
        statements(list)
        if let first = stmts.first, !hadDocstring, tree[NodeID(first)].kind == .expr,
           case .str? = constant(tree[NodeID(first)].a) {
            foldedFirstStrings.insert(first)
        }
    }

    func isDocstring(_ stmt: Int32) -> Bool {
        let s = tree[NodeID(stmt)]
        guard s.kind == .expr, case .str? = constant(s.a) else { return false }
        return true
    }

    mutating func statements(_ list: Int32) {
        for s in items(list) { statement(s) }
    }

    mutating func optional(_ id: Int32) {
        if id >= 0 { expression(id) }
    }

    mutating func expressions(_ list: Int32) {
        for e in items(list) where e >= 0 { expression(e) }
    }

    mutating func annotation(_ id: Int32) {
        if !stringAnnotations { optional(id) }
    }

    mutating func statement(_ id: Int32) {
        let n = tree[NodeID(id)]
        switch n.kind {
        case .functionDef, .asyncFunctionDef:
            arguments(n.b)
            body(n.c)
            expressions(n.d)
            annotation(n.e)
        case .classDef:
            expressions(n.b)
            keywords(n.c)
            body(n.d)
            expressions(n.e)
        case .return_: optional(n.a)
        case .delete: expressions(n.a)
        case .assign:
            expressions(n.a)
            expression(n.b)
        case .augAssign:
            expression(n.a)
            expression(n.b)
        case .annAssign:
            expression(n.a)
            annotation(n.b)
            optional(n.c)
        case .for_, .asyncFor:
            expression(n.a)
            expression(n.b)
            statements(n.c)
            statements(n.d)
            // Only a plain `for` (CPython leaves `async for`'s iterable, comprehensions' not).
            if n.kind == .for_ { iterable(n.b) }
        case .while_, .if_:
            expression(n.a)
            statements(n.b)
            statements(n.c)
        case .with, .asyncWith:
            for item in items(n.a) {
                let w = tree[NodeID(item)]
                expression(w.a)
                optional(w.b)
            }
            statements(n.b)
        case .match:
            expression(n.a)
            for c in items(n.b) {
                let matchCase = tree[NodeID(c)]
                pattern(matchCase.a)
                optional(matchCase.b)
                statements(matchCase.c)
            }
        case .raise:
            optional(n.a)
            optional(n.b)
        case .try_, .tryStar:
            statements(n.a)
            for h in items(n.b) {
                let handler = tree[NodeID(h)]
                optional(handler.a)
                statements(handler.c)
            }
            statements(n.c)
            statements(n.d)
        case .assert:
            expression(n.a)
            optional(n.b)
        case .expr: expression(n.a)
        default: break
        }
    }

    /// Defaults and annotations of a signature (`astfold_arguments`).
    mutating func arguments(_ id: Int32) {
        let a = tree[NodeID(id)]
        let k = Int(a.e)
        for list in [a.a, a.b, a.d] {
            for arg in items(list) { annotation(tree[NodeID(arg)].b) }
        }
        for single in [a.c, tree.extra[k + 1]] where single >= 0 { annotation(tree[NodeID(single)].b) }
        expressions(tree.extra[k])
        expressions(tree.extra[k + 2])
    }

    mutating func keywords(_ list: Int32) {
        for k in items(list) { expression(tree[NodeID(k)].b) }
    }

    mutating func pattern(_ id: Int32) {
        let p = tree[NodeID(id)]
        switch p.kind {
        case .matchValue: expression(p.a)
        case .matchSequence, .matchOr: for sub in items(p.a) { pattern(sub) }
        case .matchMapping:
            expressions(p.a)
            for sub in items(p.b) { pattern(sub) }
        case .matchClass:
            expression(p.a)
            for sub in items(p.b) { pattern(sub) }
            for sub in items(p.d) { pattern(sub) }
        case .matchAs: if p.a >= 0 { pattern(p.a) }
        default: break
        }
    }

    // MARK: Expressions

    mutating func expression(_ id: Int32) {
        let n = tree[NodeID(id)]
        switch n.kind {
        case .boolOp, .joinedStr, .set, .list: expressions(n.a)
        case .tuple:
            expressions(n.a)
            if ExprContext(rawValue: n.op) == .load, let key = constantTuple(n.a) { makeConstant(id, key) }
        case .binOp:
            expression(n.a)
            expression(n.b)
            binaryOperation(id)
        case .unaryOp:
            expression(n.a)
            unaryOperation(id)
        case .namedExpr: expression(n.b)
        case .lambda:
            arguments(n.a)
            expression(n.b)
        case .ifExp:
            expression(n.a)
            expression(n.b)
            expression(n.c)
        case .dict:
            expressions(n.a)
            expressions(n.b)
        case .listComp, .setComp, .generatorExp:
            expression(n.a)
            comprehensions(n.b)
        case .dictComp:
            expression(n.a)
            expression(n.b)
            comprehensions(n.c)
        case .await, .yieldFrom, .starred, .attribute: expression(n.a)
        case .yield: optional(n.a)
        case .compare:
            expression(n.a)
            expressions(n.c)
            let ops = items(n.b), comparators = items(n.c)
            if let last = ops.last, let op = CompareOperator(rawValue: UInt8(last)), op == .in_ || op == .notIn {
                iterable(comparators[comparators.count - 1])
            }
        case .call:
            expression(n.a)
            expressions(n.b)
            keywords(n.c)
        case .formattedValue:
            expression(n.a)
            optional(n.c)
        case .subscript:
            expression(n.a)
            expression(n.b)
            if ExprContext(rawValue: n.op) == .load, let value = constant(n.a), let index = constant(n.b),
               let key = FoldOperations.item(value, index) {
                makeConstant(id, key)
            }
        case .slice:
            optional(n.a)
            optional(n.b)
            optional(n.c)
        case .name:
            if ExprContext(rawValue: n.op) == .load, tree.names[Int(n.a)] == "__debug__" {
                makeConstant(id, .bool(!optimize))
            }
        default: break
        }
    }

    mutating func comprehensions(_ list: Int32) {
        for g in items(list) {
            let c = tree[NodeID(g)]
            expression(c.a)
            expression(c.b)
            expressions(c.c)
            iterable(c.b)
        }
    }

    /// A tuple of the elements' values if all are constants.
    func constantTuple(_ elements: Int32) -> ConstantKey? {
        var keys: [ConstantKey] = []
        for e in items(elements) {
            guard let key = constant(e) else { return nil }
            keys.append(key)
        }
        return .tuple(keys)
    }

    /// `fold_iter`: what `in` tests or a loop iterates need not be a new list or set, so
    /// a list display becomes a tuple (a constant one if it can) and a set display of
    /// constants a frozenset.
    mutating func iterable(_ id: Int32) {
        var n = tree[NodeID(id)]
        switch n.kind {
        case .list:
            guard !items(n.a).contains(where: { tree[NodeID($0)].kind == .starred }) else { return }
            n.kind = .tuple
            tree[NodeID(id)] = n
            if let key = constantTuple(n.a) { makeConstant(id, key) }
        case .set:
            if case .tuple(let keys)? = constantTuple(n.a) { makeConstant(id, .frozenset(keys)) }
        default: break
        }
    }

    mutating func unaryOperation(_ id: Int32) {
        let n = tree[NodeID(id)]
        let op = UnaryOperator(rawValue: n.op)!
        if let operand = constant(n.a) {
            if let key = FoldOperations.unary(op, operand) { makeConstant(id, key) }
            return
        }
        // `not a is b` is `a is not b`, and so for `in`; the other comparisons may be
        // defined so that their negation is not the opposite one.
        let compare = tree[NodeID(n.a)]
        guard op == .not, compare.kind == .compare, tree.count(of: ListID(compare.b)) == 1 else { return }
        let opposite: CompareOperator
        switch CompareOperator(rawValue: UInt8(items(compare.b)[0]))! {
        case .is_: opposite = .isNot
        case .isNot: opposite = .is_
        case .in_: opposite = .notIn
        case .notIn: opposite = .in_
        default: return
        }
        tree.extra[Int(compare.b) + 1] = Int32(opposite.rawValue)
        // The node becomes the comparison, its span included (CPython's COPY_NODE).
        tree[NodeID(id)] = compare
    }

    mutating func binaryOperation(_ id: Int32) {
        let n = tree[NodeID(id)]
        guard let left = constant(n.a) else { return }
        let op = BinaryOperator(rawValue: n.op)!
        if op == .mod, case .str(let format) = left, tree[NodeID(n.b)].kind == .tuple {
            PercentFormatRewrite.rewrite(&self, id, format: format, arguments: tree[NodeID(n.b)].a)
            return
        }
        guard let right = constant(n.b), let key = FoldOperations.binary(op, left, right) else { return }
        makeConstant(id, key)
    }
}

extension ConstantKey {
    /// The key of a parser constant.
    init(_ c: ConstantValue) {
        switch c {
        case .none: self = .none
        case .bool(let b): self = .bool(b)
        case .ellipsis: self = .ellipsis
        case .int(let i): self = .int(i)
        case .bigInt(let limbs): self = .bigInt(limbs, negative: false)
        case .float(let d): self = .float(d.bitPattern)
        case .imaginary(let d): self = .imaginary(d.bitPattern)
        case .str(let s): self = .str(s.utf8)
        case .bytes(let b): self = .bytes(b)
        case .negativeBigInt(let limbs): self = .bigInt(limbs, negative: true)
        case .complex(let real, let imag):
            self = real.bitPattern == 0 ? .imaginary(imag.bitPattern) : .complex(real: real.bitPattern, imag: imag.bitPattern)
        case .tuple(let items): self = .tuple(items.map(ConstantKey.init))
        case .frozenset(let items): self = .frozenset(items.map(ConstantKey.init))
        }
    }
}
