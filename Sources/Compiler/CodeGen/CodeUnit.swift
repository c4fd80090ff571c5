import Parser

/// A constant of a code object, described without creating objects, so a unit can be
/// built before the runtime materialises it (and equal constants share a slot).
indirect enum ConstantKey: Hashable {
    case none, ellipsis
    case bool(Bool)
    case int(Int64)
    case bigInt([UInt64], negative: Bool)
    case float(UInt64)
    case imaginary(UInt64)
    /// A complex number folded from constants, with a real part other than +0.0 (one
    /// with +0.0 is an `imaginary`, as the literal it equals).
    case complex(real: UInt64, imag: UInt64)
    case str([UInt8])
    case bytes([UInt8])
    case tuple([ConstantKey])
    /// A frozenset folded from a set display: its items in the display's order, which
    /// is how it is rebuilt, so it iterates as CPython's.
    case frozenset([ConstantKey])
    case code(Int)
    /// A tuple of keyword names for `KW_NAMES`.
    case names([String])
}

/// A jump target inside one unit.
struct Label: Hashable { let id: Int }

/// A protected range of instructions and where exceptions raised in it go.
final class Handler {
    let label: Label
    /// Stack depth to unwind to before pushing the exception.
    let depth: Int
    /// Whether the handler also receives the index of the raising instruction.
    let pushesLasti: Bool
    let nesting: Int
    var ranges: [(Int, Int)] = []
    var openedAt: Int?
    /// False for a handler set up in dead code: nothing raises into it, so its code
    /// is dead too (and the depths there mean nothing).
    var live = true

    init(label: Label, depth: Int, pushesLasti: Bool, nesting: Int) {
        self.label = label
        self.depth = depth
        self.pushesLasti = pushesLasti
        self.nesting = nesting
    }
}

/// The instructions and tables of one code object while it is being generated.
final class CodeUnit {
    let scope: Scope
    let name: String
    var qualname: String
    let firstLine: Int32
    var flags: Int32 = 0
    var argcount = 0, posonlyargcount = 0, kwonlyargcount = 0

    var code: [UInt32] = []
    var positions: [SourceSpan] = []
    /// Per code word, whether it was emitted where control can reach; constants only dead
    /// code loads do not keep the end of `constants` (CPython drops dead blocks first).
    private var live: [Bool] = []
    /// LOAD_CONSTs made by folding a BUILD_TUPLE of constants, by code index: their
    /// constants are added after all others, as CPython's flow-graph optimiser adds them.
    private var deferredConstants: [Int: ConstantKey] = [:]
    /// The code index of the last label or handler placed: folding looks no further
    /// back, since a jump target starts a new basic block.
    private var blockStart = 0
    var constants: [ConstantKey] = []
    private var constantIndex: [ConstantKey: Int] = [:]
    var names: [String] = []
    private var nameIndex: [String: Int] = [:]
    /// Locals (parameters first), then cells that are not parameters, then free names.
    var localsplus: [String] = []
    var kinds: [UInt8] = []
    var localIndex: [String: Int] = [:]
    var cellIndex: [String: Int] = [:]
    /// A class body's implicit `__class__` cell; kept apart from `cellIndex` because the
    /// body may also have a free `__class__` (`nonlocal __class__`), which its own name
    /// operations use while its methods close over this cell.
    var classCellIndex: Int?
    var cell2arg: [Int32] = []
    var nlocals = 0, ncells = 0, nfrees = 0

    private var labelTargets: [Int] = []
    private var labelDepths: [Int?] = []
    /// Instructions whose argument is a label id, to patch when labels are placed.
    private var jumpSites: [Int] = []
    var handlers: [Handler] = []
    var activeHandlers: [Handler] = []

    var depth = 0
    var maxDepth = 0
    /// The code after an unconditional transfer is unreachable until a label is placed.
    var reachable = true
    var position = SourceSpan.zero

    init(scope: Scope, name: String, qualname: String, firstLine: Int32) {
        self.scope = scope
        self.name = name
        self.qualname = qualname
        self.firstLine = firstLine
    }

    // MARK: Tables

    func constant(_ key: ConstantKey) -> Int {
        if let i = constantIndex[key] { return i }
        constants.append(key)
        constantIndex[key] = constants.count - 1
        return constants.count - 1
    }

    func name(_ text: String) -> Int {
        if let i = nameIndex[text] { return i }
        names.append(text)
        nameIndex[text] = names.count - 1
        return names.count - 1
    }

    /// Lays out locals, cells and free variables from the analysed scope.
    func layOutVariables(parameters: [String]) {
        for p in parameters where localIndex[p] == nil { addLocal(p) }
        if scope.kind != .class && scope.kind != .module {
            for n in scope.order where scope.scopes[n] == .local && localIndex[n] == nil { addLocal(n) }
        }
        nlocals = localsplus.count
        var cells = scope.order.filter { scope.scopes[$0] == .cell }
        if scope.hasClassCell { cells.append("__class__") }
        if scope.hasClassCell { classCellIndex = localsplus.count + cells.count - 1 }
        for c in cells {
            cellIndex[c] = localsplus.count
            cell2arg.append(Int32(parameters.firstIndex(of: c).map { localIndex[parameters[$0]]! } ?? -1))
            localsplus.append(c)
            kinds.append(1)
        }
        ncells = cells.count
        var frees = scope.order.filter { scope.scopes[$0] == .free }
        for f in scope.classFrees.sorted() where !frees.contains(f) { frees.append(f) }
        frees.sort()
        for f in frees {
            cellIndex[f] = localsplus.count
            localsplus.append(f)
            kinds.append(2)
        }
        nfrees = frees.count
    }

    private func addLocal(_ n: String) {
        localIndex[n] = localsplus.count
        localsplus.append(n)
        kinds.append(0)
    }

    // MARK: Emission

    func emit(_ op: Opcode, _ arg: Int = 0) {
        if op == .buildTuple, foldTuple(arg) { return }
        let spec = op.spec
        append(encodeInstruction(op, arg))
        // Cache words start zeroed (unspecialised) and share the instruction's position.
        for _ in 0..<spec.cache { append(0) }
        adjust(spec.stackEffect(arg))
        if spec.terminates { reachable = false }
    }

    private func append(_ word: UInt32) {
        code.append(word)
        positions.append(position)
        live.append(reachable)
    }

    /// CPython's `fold_tuple_on_constants`: `BUILD_TUPLE n` right after n LOAD_CONSTs in
    /// the same block becomes one LOAD_CONST of the tuple.
    private func foldTuple(_ count: Int) -> Bool {
        let start = code.count - count
        guard reachable, start >= blockStart else { return false }
        var items: [ConstantKey] = []
        for i in start..<code.count {
            guard code[i] & 0xFF == UInt32(Opcode.loadConst.rawValue) else { return false }
            items.append(deferredConstants[i] ?? constants[Int(code[i] >> 8)])
        }
        for i in start..<code.count { deferredConstants[i] = nil }
        code.removeLast(count)
        positions.removeLast(count)
        live.removeLast(count)
        adjust(-count)
        deferredConstants[code.count] = .tuple(items)
        emit(.loadConst, 0)
        return true
    }

    private func adjust(_ delta: Int) {
        depth += delta
        precondition(depth >= 0 || !reachable, "compiler stack accounting went below zero in \(qualname)")
        if depth > maxDepth { maxDepth = depth }
    }

    func newLabel() -> Label {
        labelTargets.append(-1)
        labelDepths.append(nil)
        return Label(id: labelTargets.count - 1)
    }

    /// A jump to `label`; the depth at the target is recorded for when it is placed.
    func emitJump(_ op: Opcode, _ label: Label) {
        let spec = op.spec
        // A jump in dead code does not make its target reachable (CPython drops it).
        if reachable { note(label, depth: depth + spec.jumpEffect!(0)) }
        jumpSites.append(code.count)
        append(encodeInstruction(op, label.id))
        adjust(spec.stackEffect(0))
        if spec.terminates { reachable = false }
    }

    func note(_ label: Label, depth d: Int) {
        if labelDepths[label.id] == nil { labelDepths[label.id] = d }
        if d > maxDepth { maxDepth = d }
    }

    /// Places `label` at the next instruction.
    /// Code after it is reachable again only if something jumps there.
    /// The position CPython's line propagation gives an instruction emitted here that
    /// has none of its own: the previous instruction's when only it leads here, else
    /// none (a label placed here has other predecessors).
    var inheritedPosition: SourceSpan {
        guard reachable, let last = positions.last, !labelTargets.contains(code.count) else { return .zero }
        return last
    }

    func place(_ label: Label) {
        labelTargets[label.id] = code.count
        blockStart = code.count
        guard let d = labelDepths[label.id] else { return }
        if !reachable { depth = d }
        reachable = true
    }

    /// Places a handler's label: the stack holds what it had at set-up plus the exception.
    func placeHandler(_ handler: Handler) {
        labelTargets[handler.label.id] = code.count
        blockStart = code.count
        depth = max(0, handler.depth) + (handler.pushesLasti ? 2 : 1)
        if handler.live && depth > maxDepth { maxDepth = depth }
        reachable = handler.live
    }

    // MARK: Exception ranges

    func pushHandler(_ label: Label, depth handlerDepth: Int? = nil, pushesLasti: Bool = false) -> Handler {
        let h = Handler(label: label, depth: handlerDepth ?? depth, pushesLasti: pushesLasti, nesting: activeHandlers.count)
        h.openedAt = code.count
        h.live = reachable
        handlers.append(h)
        activeHandlers.append(h)
        return h
    }

    func popHandler(_ h: Handler) {
        close(h)
        let last = activeHandlers.removeLast()
        precondition(last === h, "exception handlers closed out of order")
    }

    func close(_ h: Handler) {
        if let start = h.openedAt, start < code.count { h.ranges.append((start, code.count)) }
        h.openedAt = nil
    }

    func reopen(_ h: Handler) { h.openedAt = code.count }

    // MARK: Finishing

    private var exceptionTable: [Int32]?

    /// Resolves labels (once); returns the exception table as int32 quadruples,
    /// innermost first.
    func finish() -> [Int32] {
        if let exceptionTable { return exceptionTable }
        addDeferredConstants()
        trimUnusedConstants()
        for site in jumpSites {
            let word = code[site]
            let target = labelTargets[Int(word >> 8)]
            precondition(target >= 0, "jump to a label never placed in \(qualname)")
            code[site] = (word & 0xFF) | UInt32(target) << 8
        }
        var table: [(nesting: Int, entry: [Int32])] = []
        for h in handlers {
            let target = Int32(labelTargets[h.label.id])
            for (start, end) in h.ranges {
                table.append((h.nesting, [Int32(start), Int32(end), target, Int32(h.depth) | (h.pushesLasti ? Int32(bitPattern: 0x8000_0000) : 0)]))
            }
        }
        table.sort { $0.nesting > $1.nesting }
        let result = table.flatMap(\.entry)
        exceptionTable = result
        return result
    }

    /// Folded tuples join the constants last, reusing an equal one already there.
    private func addDeferredConstants() {
        for (site, key) in deferredConstants.sorted(by: { $0.key < $1.key }) {
            code[site] = encodeInstruction(.loadConst, constant(key))
        }
        deferredConstants = [:]
    }

    /// CPython's `trim_unused_consts`: constants after the last one live code uses are
    /// dropped (the first stays: it may be the docstring). Dead code keeps its words, now
    /// loading the first constant, since nothing runs it.
    private func trimUnusedConstants() {
        var used = 0
        var i = 0
        var loads: [Int] = []
        while i < code.count {
            let op = Opcode(rawValue: UInt8(code[i] & 0xFF))!
            if op.spec.operand == .constant {
                loads.append(i)
                if live[i] { used = max(used, Int(code[i] >> 8)) }
            }
            i += 1 + op.cacheWords
        }
        guard used + 1 < constants.count else { return }
        for key in constants[(used + 1)...] { constantIndex[key] = nil }
        constants.removeLast(constants.count - used - 1)
        for site in loads where Int(code[site] >> 8) > used {
            code[site] = code[site] & 0xFF
        }
    }
}
