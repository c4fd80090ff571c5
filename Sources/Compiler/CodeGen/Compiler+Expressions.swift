import ObjectModel
import Parser

extension Compiler {
    func expression(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        let saved = unit.position
        unit.position = n.span
        defer { unit.position = saved }
        switch n.kind {
        case .constant: loadConst(constantKey(of: id)!)
        case .name: loadName(name(n.a))
        case .binOp:
            try expression(NodeID(n.a))
            try expression(NodeID(n.b))
            unit.position = n.span
            unit.emit(.binaryOp, binaryArgument(n.op))
        case .unaryOp:
            try expression(NodeID(n.a))
            unit.position = n.span
            switch UnaryOperator(rawValue: n.op)! {
            case .invert: unit.emit(.unaryInvert)
            case .not: unit.emit(.unaryNot)
            case .uAdd: unit.emit(.unaryPositive)
            case .uSub: unit.emit(.unaryNegative)
            }
        case .boolOp:
            let end = unit.newLabel()
            let values = items(n.a)
            let jump: Opcode = BoolOperator(rawValue: n.op) == .and ? .jumpIfFalseOrPop : .jumpIfTrueOrPop
            for (i, v) in values.enumerated() {
                try expression(NodeID(v))
                if i < values.count - 1 { unit.emitJump(jump, end) }
            }
            unit.place(end)
        case .compare:
            try checkCompare(id)
            try compare(n)
        case .call:
            try checkCaller(id, function: n.a)
            try call(n)
        case .attribute, .subscript:
            if n.kind == .subscript { try checkSubscript(id) }
            try access(n, attribute: .loadAttr, subscript: .binarySubscr)
        case .slice:
            for part in [n.a, n.b] {
                if part >= 0 { try expression(NodeID(part)) } else { loadConst(.none) }
            }
            if n.c >= 0 {
                try expression(NodeID(n.c))
                unit.emit(.buildSlice, 3)
            } else {
                unit.emit(.buildSlice, 2)
            }
        case .tuple: try sequenceDisplay(items(n.a), build: .buildTuple)
        case .list: try sequenceDisplay(items(n.a), build: .buildList)
        case .set: try sequenceDisplay(items(n.a), build: .buildSet)
        case .dict: try dictDisplay(n)
        case .ifExp:
            let orelse = unit.newLabel(), end = unit.newLabel()
            try jumpIf(NodeID(n.a), false, orelse)
            try expression(NodeID(n.b))
            unit.emitJump(.jump, end)
            unit.place(orelse)
            try expression(NodeID(n.c))
            unit.place(end)
        case .namedExpr:
            try expression(NodeID(n.b))
            unit.emit(.copy, 1)
            try assign(to: NodeID(n.a))
        case .joinedStr: try joinedString(n)
        case .formattedValue:
            try formattedValue(n)
        case .lambda: try lambda(id)
        case .listComp, .setComp, .dictComp, .generatorExp: try comprehension(id)
        case .yield:
            guard unit.scope.isFunctionLike else { throw error("'yield' outside function", id) }
            if n.a >= 0 { try expression(NodeID(n.a)) } else { loadConst(.none) }
            emitYield()
        case .yieldFrom:
            guard unit.scope.isFunctionLike else { throw error("'yield from' outside function", id) }
            if unit.scope.isAsyncFunction { throw error("'yield from' inside async function", id) }
            try expression(NodeID(n.a))
            unit.emit(.getYieldFromIter)
            try yieldFromLoop()
        case .await:
            // Comprehensions may await; a comprehension that does is checked as a whole.
            if unit.scope.kind != .comprehension { try requireAsync("'await' outside async function", id) }
            try expression(NodeID(n.a))
            unit.position = n.span
            unit.emit(.getAwaitable)
            try yieldFromLoop()
        case .starred:
            throw error("can't use starred expression here", id)
        default:
            throw error("unexpected expression \(n.kind.pythonName)", id)
        }
    }

    /// `await`, `async for` and `async with` need an `async def` around them.
    func requireAsync(_ message: String, _ id: NodeID) throws(CompileError) {
        guard unit.scope.isAsyncFunction else {
            if unit.scope.kind == .module || unit.scope.kind == .class, message.hasPrefix("'await'") {
                throw error("'await' outside function", id)
            }
            throw error(message, id)
        }
    }

    /// YIELD_VALUE, its value wrapped first in an async generator.
    func emitYield() {
        if unit.scope.isGenerator && unit.scope.isCoroutine { unit.emit(.asyncGenWrap) }
        unit.emit(.yieldValue)
    }

    /// `yield from`: the receiver is on the stack; sends values until it finishes.
    func yieldFromLoop() throws(CompileError) {
        let top = unit.newLabel(), exit = unit.newLabel()
        loadConst(.none)
        unit.place(top)
        unit.emitJump(.send, exit)
        unit.emit(.yieldValue)
        unit.emitJump(.jump, top)
        unit.place(exit)
    }

    /// BINARY_OP's argument: the object model's operator, +128 for the in-place form.
    func binaryArgument(_ op: UInt8) -> Int {
        let table: [BinaryOperator: BinaryOp] = [
            .add: .add, .sub: .subtract, .mult: .multiply, .matMult: .matrixMultiply, .div: .trueDivide,
            .mod: .remainder, .pow: .power, .lShift: .lshift, .rShift: .rshift, .bitOr: .or,
            .bitXor: .xor, .bitAnd: .and, .floorDiv: .floorDivide,
        ]
        return table[BinaryOperator(rawValue: op)!]!.rawValue
    }

    func inPlaceArgument(_ op: UInt8) -> Int { binaryArgument(op) | 128 }

    // MARK: Comparison and conditions

    func compare(_ n: Node) throws(CompileError) {
        let ops = items(n.b), comparators = items(n.c)
        try expression(NodeID(n.a))
        if ops.count == 1 {
            try expression(NodeID(comparators[0]))
            unit.position = n.span
            emitCompare(ops[0])
            return
        }
        let cleanup = unit.newLabel(), end = unit.newLabel()
        for i in 0..<(ops.count - 1) {
            try expression(NodeID(comparators[i]))
            unit.emit(.swap, 2)
            unit.emit(.copy, 2)
            unit.position = n.span
            emitCompare(ops[i])
            unit.emitJump(.jumpIfFalseOrPop, cleanup)
        }
        try expression(NodeID(comparators[ops.count - 1]))
        unit.position = n.span
        emitCompare(ops[ops.count - 1])
        unit.emitJump(.jump, end)
        unit.place(cleanup)
        unit.emit(.swap, 2)
        unit.emit(.popTop)
        unit.place(end)
    }

    func emitCompare(_ raw: Int32) {
        switch CompareOperator(rawValue: UInt8(raw))! {
        case .eq: unit.emit(.compareOp, CompareOp.eq.rawValue.asInt)
        case .notEq: unit.emit(.compareOp, CompareOp.ne.rawValue.asInt)
        case .lt: unit.emit(.compareOp, CompareOp.lt.rawValue.asInt)
        case .ltE: unit.emit(.compareOp, CompareOp.le.rawValue.asInt)
        case .gt: unit.emit(.compareOp, CompareOp.gt.rawValue.asInt)
        case .gtE: unit.emit(.compareOp, CompareOp.ge.rawValue.asInt)
        case .is_: unit.emit(.isOp, 0)
        case .isNot: unit.emit(.isOp, 1)
        case .in_: unit.emit(.containsOp, 0)
        case .notIn: unit.emit(.containsOp, 1)
        }
    }

    /// Jumps to `label` when `id` is `condition`, short-circuiting `not`, `and` and `or`.
    func jumpIf(_ id: NodeID, _ condition: Bool, _ label: Label) throws(CompileError) {
        let n = tree[id]
        if n.kind == .unaryOp, UnaryOperator(rawValue: n.op) == .not {
            try jumpIf(NodeID(n.a), !condition, label)
            return
        }
        if n.kind == .boolOp {
            let isAnd = BoolOperator(rawValue: n.op) == .and
            let values = items(n.a)
            // `a and b` jumps when false if any is false; when true only if all are.
            if isAnd != condition {
                for v in values { try jumpIf(NodeID(v), condition, label) }
            } else {
                let skip = unit.newLabel()
                for v in values.dropLast() { try jumpIf(NodeID(v), !condition, skip) }
                try jumpIf(NodeID(values.last!), condition, label)
                unit.place(skip)
            }
            return
        }
        if let key = constantKey(of: id) {
            constantJump(key, condition, label)
            return
        }
        try expression(id)
        unit.position = n.span
        unit.emitJump(condition ? .popJumpIfTrue : .popJumpIfFalse, label)
    }

    /// A test of a constant is decided now, as CPython's flow-graph optimiser decides
    /// `LOAD_CONST; POP_JUMP_IF_…`: the constant stays among the code's constants, the
    /// load becomes a NOP (for the line), and the jump is unconditional or gone.
    func constantJump(_ key: ConstantKey, _ condition: Bool, _ label: Label) {
        _ = unit.constant(key)
        unit.emit(.nop)
        if ConstantValues.isTrue(key) == condition { unit.emitJump(.jump, label) }
    }

    // MARK: Displays

    func isStarred(_ e: Int32) -> Bool { tree[NodeID(e)].kind == .starred }

    func sequenceDisplay(_ elements: [Int32], build: Opcode) throws(CompileError) {
        // More than two constants: a list extended by a constant tuple, a set updated by a
        // constant frozenset (CPython's starunpack_helper).
        if elements.count > 2, build != .buildTuple {
            let keys = elements.compactMap { constantKey(of: NodeID($0)) }
            if keys.count == elements.count {
                let isSet = build == .buildSet
                unit.emit(build, 0)
                loadConst(isSet ? .frozenset(keys) : .tuple(keys))
                unit.emit(isSet ? .setUpdate : .listExtend, 1)
                return
            }
        }
        guard elements.contains(where: isStarred) else {
            for e in elements { try expression(NodeID(e)) }
            unit.emit(build, elements.count)
            return
        }
        let isSet = build == .buildSet
        var pending = 0
        var started = false
        for e in elements {
            if isStarred(e) {
                if !started {
                    unit.emit(isSet ? .buildSet : .buildList, pending)
                    started = true
                }
                try expression(NodeID(tree[NodeID(e)].a))
                unit.emit(isSet ? .setUpdate : .listExtend, 1)
            } else if started {
                try expression(NodeID(e))
                unit.emit(isSet ? .setAdd : .listAppend, 1)
            } else {
                try expression(NodeID(e))
                pending += 1
            }
        }
        if build == .buildTuple { unit.emit(.listToTuple) }
    }

    /// CPython's `compiler_dict`: each run of `key: value` items is a dict of its own
    /// (`compiler_subdict`), merged with `**` items by DICT_UPDATE.
    func dictDisplay(_ n: Node) throws(CompileError) {
        let keys = items(n.a), values = items(n.b)
        var haveDict = false
        var runStart = 0
        func flush(_ end: Int) throws(CompileError) {
            guard end > runStart else { return }
            try subdict(Array(keys[runStart..<end]), Array(values[runStart..<end]))
            if haveDict { unit.emit(.dictUpdate, 1) }
            haveDict = true
        }
        for (i, k) in keys.enumerated() {
            if k < 0 {
                try flush(i)
                if !haveDict {
                    unit.emit(.buildMap, 0)
                    haveDict = true
                }
                try expression(NodeID(values[i]))
                unit.emit(.dictUpdate, 1)
                runStart = i + 1
            } else if (i - runStart) * 2 > Compiler.stackUseGuideline {
                try flush(i + 1)
                runStart = i + 1
            }
        }
        try flush(keys.count)
        if !haveDict { unit.emit(.buildMap, 0) }
    }

    /// CPython keeps a display's items off the stack past this many (STACK_USE_GUIDELINE).
    static let stackUseGuideline = 30

    /// A dict of `key: value` items; constant keys (more than one) are one constant
    /// tuple for BUILD_CONST_KEY_MAP.
    func subdict(_ keys: [Int32], _ values: [Int32]) throws(CompileError) {
        let big = keys.count * 2 > Compiler.stackUseGuideline
        let constantKeys = keys.compactMap { constantKey(of: NodeID($0)) }
        if keys.count > 1 && !big && constantKeys.count == keys.count {
            for v in values { try expression(NodeID(v)) }
            loadConst(.tuple(constantKeys))
            unit.emit(.buildConstKeyMap, keys.count)
            return
        }
        if big { unit.emit(.buildMap, 0) }
        for (k, v) in zip(keys, values) {
            try expression(NodeID(k))
            try expression(NodeID(v))
            if big { unit.emit(.mapAdd, 1) }
        }
        if !big { unit.emit(.buildMap, keys.count) }
    }

    // MARK: Calls

    func call(_ n: Node) throws(CompileError) {
        let args = items(n.b), keywords = items(n.c)
        let needsEx = args.contains(where: isStarred) || keywords.contains { tree[NodeID($0)].a < 0 }
        var seen = Set<String>()
        for k in keywords where tree[NodeID(k)].a >= 0 {
            let kw = name(tree[NodeID(k)].a)
            if !seen.insert(kw).inserted { throw error("keyword argument repeated: \(kw)", NodeID(k)) }
        }
        let function = tree[NodeID(n.a)]
        if function.kind == .attribute && !needsEx && args.count + keywords.count < 256 {
            try expression(NodeID(function.a))
            unit.position = function.span
            unit.emit(.loadMethod, unit.name(attributeName(function.b)))
        } else {
            unit.emit(.pushNull)
            try expression(NodeID(n.a))
        }
        unit.position = n.span
        if needsEx {
            try sequenceDisplayAsTuple(args)
            if !keywords.isEmpty {
                try keywordDict(keywords)
                unit.position = n.span
                unit.emit(.callFunctionEx, 1)
            } else {
                unit.position = n.span
                unit.emit(.callFunctionEx, 0)
            }
            return
        }
        for a in args { try expression(NodeID(a)) }
        for k in keywords { try expression(NodeID(tree[NodeID(k)].b)) }
        unit.position = n.span
        if !keywords.isEmpty {
            unit.emit(.kwNames, unit.constant(.names(keywords.map { name(tree[NodeID($0)].a) })))
        }
        unit.emit(.call, args.count + keywords.count)
    }

    /// The positional arguments of a call with `*`: a lone `*x` goes to the call as it
    /// is (CALL_FUNCTION_EX makes the tuple and names the function in its error).
    func sequenceDisplayAsTuple(_ args: [Int32]) throws(CompileError) {
        if args.count == 1 && isStarred(args[0]) {
            try expression(NodeID(tree[NodeID(args[0])].a))
            return
        }
        try sequenceDisplay(args, build: .buildTuple)
    }

    /// `f(a=1, **m, b=2)`: each run of named keywords becomes a dict, and every dict after
    /// the first is merged into it, so a name given twice is an error (as CPython).
    func keywordDict(_ keywords: [Int32]) throws(CompileError) {
        var run: [Int32] = []
        var haveDict = false
        func flush() throws(CompileError) {
            guard !run.isEmpty else { return }
            try subkwargs(run)
            if haveDict { unit.emit(.dictMerge, 1) }
            haveDict = true
            run = []
        }
        for k in keywords {
            let kw = tree[NodeID(k)]
            if kw.a < 0 {
                try flush()
                if !haveDict {
                    unit.emit(.buildMap, 0)
                    haveDict = true
                }
                try expression(NodeID(kw.b))
                unit.emit(.dictMerge, 1)
            } else {
                run.append(k)
            }
        }
        try flush()
    }

    /// A dict of named keywords (CPython's `compiler_subkwargs`): more than one has its
    /// names as one constant tuple.
    func subkwargs(_ keywords: [Int32]) throws(CompileError) {
        let big = keywords.count * 2 > Compiler.stackUseGuideline
        let names = keywords.map { ConstantKey.str(Array(name(tree[NodeID($0)].a).utf8)) }
        if keywords.count > 1 && !big {
            for k in keywords { try expression(NodeID(tree[NodeID(k)].b)) }
            loadConst(.tuple(names))
            unit.emit(.buildConstKeyMap, keywords.count)
            return
        }
        if big { unit.emit(.buildMap, 0) }
        for (k, key) in zip(keywords, names) {
            loadConst(key)
            try expression(NodeID(tree[NodeID(k)].b))
            if big { unit.emit(.mapAdd, 1) }
        }
        if !big { unit.emit(.buildMap, keywords.count) }
    }

    // MARK: f-strings

    func joinedString(_ n: Node) throws(CompileError) {
        let parts = items(n.a)
        if parts.count == 1, tree[NodeID(parts[0])].kind == .constant {
            try expression(NodeID(parts[0]))
            return
        }
        if parts.isEmpty {
            loadConst(.str([]))
            return
        }
        for p in parts { try expression(NodeID(p)) }
        if parts.count > 1 { unit.emit(.buildString, parts.count) }
    }

    func formattedValue(_ n: Node) throws(CompileError) {
        try expression(NodeID(n.a))
        var flags = 0
        switch n.b {
        case 115: flags = 1
        case 114: flags = 2
        case 97: flags = 3
        case -1: break
        default:
            var failure = CompileError(message: "Unrecognized conversion character \(n.b)", filename: filename, span: n.span)
            failure.isSystemError = true
            throw failure
        }
        if n.c >= 0 {
            try expression(NodeID(n.c))
            flags |= 4
        }
        unit.emit(.formatValue, flags)
    }
}

extension Int32 {
    var asInt: Int { Int(self) }
}
