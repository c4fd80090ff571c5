import Parser

/// The `match` statement, as CPython 3.11 compiles it: the subject stays on the stack
/// while each case's pattern is tried on a copy; a failing test jumps to a label that
/// pops what the pattern had pushed so far, then on to the next case.
extension Compiler {
    /// Labels that pop `n` values before failing: `label(n)` falls through the pops to 0.
    final class FailPops {
        var labels: [Label] = []
        let unit: CodeUnit

        init(_ unit: CodeUnit) { self.unit = unit }

        func label(_ pops: Int) -> Label {
            while labels.count <= pops { labels.append(unit.newLabel()) }
            return labels[pops]
        }

        /// Emits the pops, highest first; returns the label for no pop (the failure).
        func emit() {
            for n in stride(from: labels.count - 1, through: 1, by: -1) {
                unit.place(labels[n])
                unit.emit(.popTop)
            }
            if let first = labels.first { unit.place(first) }
        }
    }

    func matchStatement(_ n: Node) throws(CompileError) {
        try expression(NodeID(n.a))
        let cases = items(n.b)
        let end = unit.newLabel()
        for (i, raw) in cases.enumerated() {
            let c = tree[NodeID(raw)]
            let last = i == cases.count - 1
            let fail = FailPops(unit)
            unit.position = tree[NodeID(c.a)].span
            if !last { unit.emit(.copy, 1) }
            patternNames = []
            try pattern(NodeID(c.a), fail, depth: 0, allowIrrefutable: last || c.b >= 0)
            if c.b >= 0 { try jumpIf(NodeID(c.b), false, fail.label(0)) }
            if !last { unit.emit(.popTop) }
            try statements(c.c)
            if unit.reachable { unit.emitJump(.jump, end) }
            fail.emit()
            // After the last case failed nothing is left of the subject.
            if last { unit.place(end) }
        }
        if cases.isEmpty { unit.emit(.popTop) }
    }

    /// Matches the value on top of the stack against `id`, consuming it. On failure
    /// jumps to `fail.label(depth)` with `depth` values above the case's base. Where a
    /// capture or wildcard would make later cases or alternatives unreachable,
    /// `allowIrrefutable` is false and it is an error (CPython's `allow_irrefutable`).
    func pattern(_ id: NodeID, _ fail: FailPops, depth: Int, allowIrrefutable: Bool = true) throws(CompileError) {
        let p = tree[id]
        unit.position = p.span
        patternSpan = p.span
        switch p.kind {
        case .matchValue:
            // After folding, only constants and attribute lookups (an f-string is not).
            guard constantKey(of: NodeID(p.a)) != nil || tree[NodeID(p.a)].kind == .attribute else {
                throw error("patterns may only match literals and attribute lookups", id)
            }
            try expression(NodeID(p.a))
            unit.emit(.compareOp, 2)
            unit.emitJump(.popJumpIfFalse, fail.label(depth))
        case .matchSingleton:
            loadConst(ConstantKey(tree.constants[Int(p.a)]))
            unit.emit(.isOp, 0)
            unit.emitJump(.popJumpIfFalse, fail.label(depth))
        case .matchAs:
            if p.a < 0 {
                if !allowIrrefutable {
                    throw patternError(p.b >= 0 ? "name capture '\(name(p.b))' makes remaining patterns unreachable"
                                                : "wildcard makes remaining patterns unreachable")
                }
                if p.b >= 0 { try bindPattern(name(p.b)) } else { unit.emit(.popTop) }
                return
            }
            if p.b >= 0 {
                unit.emit(.copy, 1)
                try pattern(NodeID(p.a), fail, depth: depth + 1, allowIrrefutable: allowIrrefutable)
                try bindPattern(name(p.b))
            } else {
                try pattern(NodeID(p.a), fail, depth: depth, allowIrrefutable: allowIrrefutable)
            }
        case .matchOr: try orPattern(p, fail, depth: depth, allowIrrefutable: allowIrrefutable)
        case .matchSequence: try sequencePattern(p, fail, depth: depth)
        case .matchMapping: try mappingPattern(p, fail, depth: depth)
        case .matchClass: try classPattern(p, fail, depth: depth)
        case .matchStar:
            throw error("can't use starred name here", id)
        default:
            throw error("unexpected pattern \(p.kind.pythonName)", id)
        }
    }

    func patternError(_ message: String) -> CompileError {
        CompileError(message: message, filename: filename, span: patternSpan)
    }

    /// Stores a capture, refusing a name the pattern already binds.
    func bindPattern(_ n: String) throws(CompileError) {
        if patternNames.contains(n) { throw patternError("multiple assignments to name '\(n)' in pattern") }
        patternNames.append(n)
        storeName(n)
    }

    private func orPattern(_ p: Node, _ fail: FailPops, depth: Int, allowIrrefutable: Bool) throws(CompileError) {
        let alternatives = items(p.a)
        let end = unit.newLabel()
        let outer = patternNames
        var first: [String]? = nil
        for (i, alt) in alternatives.enumerated() {
            patternNames = []
            if i == alternatives.count - 1 {
                try pattern(NodeID(alt), fail, depth: depth, allowIrrefutable: allowIrrefutable)
            } else {
                let next = FailPops(unit)
                unit.emit(.copy, 1)
                try pattern(NodeID(alt), next, depth: 0, allowIrrefutable: false)
                unit.emit(.popTop)
                unit.emitJump(.jump, end)
                next.emit()
            }
            if let first, Set(first) != Set(patternNames) { throw patternError("alternative patterns bind different names") }
            if first == nil { first = patternNames }
        }
        unit.place(end)
        patternNames = outer
        for n in first ?? [] {
            if patternNames.contains(n) { throw patternError("multiple assignments to name '\(n)' in pattern") }
            patternNames.append(n)
        }
    }

    private func sequencePattern(_ p: Node, _ fail: FailPops, depth: Int) throws(CompileError) {
        let subpatterns = items(p.a)
        let star = subpatterns.firstIndex { tree[NodeID($0)].kind == .matchStar }
        if subpatterns.filter({ tree[NodeID($0)].kind == .matchStar }).count > 1 {
            throw error("multiple starred names in sequence pattern", NodeID(subpatterns[1]))
        }
        let size = subpatterns.count
        let starWildcard = star.map { tree[NodeID(subpatterns[$0])].a < 0 } ?? false
        let onlyWildcards = subpatterns.allSatisfy { isWildcard(NodeID($0)) }
        unit.emit(.matchSequence)
        unit.emitJump(.popJumpIfFalse, fail.label(depth + 1))
        if star == nil || size > 1 {
            unit.emit(.getLen)
            loadConst(.int(Int64(size - (star == nil ? 0 : 1))))
            unit.emit(.compareOp, star == nil ? 2 : 5)
            unit.emitJump(.popJumpIfFalse, fail.label(depth + 1))
        }
        if onlyWildcards {
            unit.emit(.popTop)
        } else if let star, starWildcard {
            try subscriptedItems(subpatterns, star: star, fail, depth: depth)
        } else {
            if let star {
                unit.emit(.unpackEx, star | (size - star - 1) << 8)
            } else {
                unit.emit(.unpackSequence, size)
            }
            for (i, sub) in subpatterns.enumerated() {
                let remaining = size - i - 1
                let s = tree[NodeID(sub)]
                if s.kind == .matchStar {
                    patternSpan = s.span
                    if s.a >= 0 { try bindPattern(name(s.a)) } else { unit.emit(.popTop) }
                } else {
                    try pattern(NodeID(sub), fail, depth: depth + remaining)
                }
            }
        }
    }

    /// `[a, *_, b]`: with the star a wildcard, each item is fetched by index instead of
    /// unpacking the whole subject (`range(1 << 30)` must not be materialised). Items
    /// after the star are indexed from `len()`, as the subject may not take negative ones.
    private func subscriptedItems(_ subpatterns: [Int32], star: Int, _ fail: FailPops, depth: Int) throws(CompileError) {
        let size = subpatterns.count
        for (i, sub) in subpatterns.enumerated() where i != star && !isWildcard(NodeID(sub)) {
            unit.emit(.copy, 1)
            if i < star {
                loadConst(.int(Int64(i)))
            } else {
                unit.emit(.getLen)
                loadConst(.int(Int64(size - i)))
                unit.emit(.binaryOp, binaryArgument(BinaryOperator.sub.rawValue))
            }
            unit.emit(.binarySubscr)
            try pattern(NodeID(sub), fail, depth: depth + 1)
        }
        unit.emit(.popTop)
    }

    /// `_` alone, or `*_` (CPython's WILDCARD_CHECK / WILDCARD_STAR_CHECK).
    private func isWildcard(_ id: NodeID) -> Bool {
        let p = tree[id]
        switch p.kind {
        case .matchAs: return p.a < 0 && p.b < 0
        case .matchStar: return p.a < 0
        default: return false
        }
    }

    private func mappingPattern(_ p: Node, _ fail: FailPops, depth: Int) throws(CompileError) {
        let keys = items(p.a), subpatterns = items(p.b)
        unit.emit(.matchMapping)
        unit.emitJump(.popJumpIfFalse, fail.label(depth + 1))
        if keys.isEmpty && p.c < 0 {
            unit.emit(.popTop)
            return
        }
        if !keys.isEmpty {
            unit.emit(.getLen)
            loadConst(.int(Int64(keys.count)))
            unit.emit(.compareOp, 5)
            unit.emitJump(.popJumpIfFalse, fail.label(depth + 1))
        }
        var seen = Set<ConstantValue>()
        for k in keys {
            let key = tree[NodeID(k)]
            guard key.kind == .constant || key.kind == .attribute else {
                throw error("mapping pattern keys may only match literals and attribute lookups", NodeID(k))
            }
            if let literal = literalKey(NodeID(k)), !seen.insert(equalityKey(literal)).inserted {
                throw patternError("mapping pattern checks duplicate key (\(literal.pythonRepr))")
            }
            try expression(NodeID(k))
        }
        unit.emit(.buildTuple, keys.count)
        unit.emit(.matchKeys)
        unit.emit(.copy, 1)
        unit.emitJump(.popJumpIfNone, fail.label(depth + 3))
        unit.emit(.unpackSequence, keys.count)
        for (i, sub) in subpatterns.enumerated() {
            try pattern(NodeID(sub), fail, depth: depth + 2 + keys.count - i - 1)
        }
        if p.c >= 0 {
            unit.emit(.copyDictWithoutKeys)
            try bindPattern(name(p.c))
            unit.emit(.popTop)
        } else {
            unit.emit(.popTop)
            unit.emit(.popTop)
        }
    }

    /// A mapping key's value when it is a constant (negative and complex numbers are
    /// folded ones), as a parser constant for the duplicate check and its message.
    private func literalKey(_ id: NodeID) -> ConstantValue? {
        switch constantKey(of: id) {
        case .none?: return ConstantValue.none
        case .bool(let b)?: return .bool(b)
        case .int(let i)?: return .int(i)
        case .float(let bits)?: return .float(Double(bitPattern: bits))
        case .imaginary(let bits)?: return .imaginary(Double(bitPattern: bits))
        case .str(let s)?: return .str(PyStringValue(utf8: s))
        case .bytes(let b)?: return .bytes(b)
        default: return nil
        }
    }

    /// A key as Python's equality sees it: True, 1 and 1.0 are one key.
    private func equalityKey(_ c: ConstantValue) -> ConstantValue {
        switch c {
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d) where d == d.rounded() && abs(d) < 0x1p62: return .int(Int64(d))
        default: return c
        }
    }

    private func classPattern(_ p: Node, _ fail: FailPops, depth: Int) throws(CompileError) {
        let positional = items(p.b), names = items(p.c), keyword = items(p.d)
        var seen = Set<String>()
        for n in names where !seen.insert(name(n)).inserted {
            throw error("attribute name repeated in class pattern: \(name(n))", NodeID(keyword[0]))
        }
        try expression(NodeID(p.a))
        loadConst(.names(names.map { name($0) }))
        unit.position = p.span
        unit.emit(.matchClass, positional.count)
        unit.emit(.copy, 1)
        unit.emitJump(.popJumpIfNone, fail.label(depth + 1))
        let all = positional + keyword
        unit.emit(.unpackSequence, all.count)
        for (i, sub) in all.enumerated() {
            try pattern(NodeID(sub), fail, depth: depth + all.count - i - 1)
        }
    }
}
