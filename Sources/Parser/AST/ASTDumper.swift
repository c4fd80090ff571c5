/// CPython 3.11's `ast.dump`, for checking Krait's parser against CPython's.
public enum ASTDumper {
    /// Exactly what `ast.dump(tree, include_attributes=includeAttributes)` returns in
    /// CPython 3.11 (default `annotate_fields=True`, no `indent`: one line) for the tree
    /// at `ast.root`; `"None"` if there is no root.
    ///
    /// The tree is walked with an explicit stack, so nesting depth is limited only by
    /// memory. The tree must be well formed (valid indices and operator codes).
    public static func dump(_ ast: AST, includeAttributes: Bool = true) -> String {
        String(decoding: dumpUTF8(ast, includeAttributes: includeAttributes), as: UTF8.self)
    }

    /// `dump` as UTF-8 bytes, which spares copying a large dump into a `String`.
    public static func dumpUTF8(_ ast: AST, includeAttributes: Bool = true) -> [UInt8] {
        var dumper = Dumper(ast: ast, includeAttributes: includeAttributes)
        dumper.run()
        return dumper.out
    }
}

/// Byte strings stored back to back, so that printing one costs no reference
/// counting: text `i` is `bytes[starts[i]..<starts[i + 1]]`.
private struct TextPool {
    var bytes: [UInt8] = []
    var starts: [Int32] = [0]

    var count: Int32 { Int32(starts.count - 1) }

    mutating func add<S: Sequence>(_ text: S) where S.Element == UInt8 {
        bytes.append(contentsOf: text)
        starts.append(Int32(bytes.count))
    }
}

/// Text that does not depend on the tree, rendered once. Each `…Base` is the pool
/// index of raw value 0 of that enum.
private struct FixedTexts {
    var pool = TextPool()
    /// `"Name("` etc.
    var kindBase: Int32 = 0
    /// `"Load()"` etc.
    var contextBase: Int32 = 0
    var boolOpBase: Int32 = 0
    var binaryOpBase: Int32 = 0
    var unaryOpBase: Int32 = 0
    var compareOpBase: Int32 = 0
    /// By `NodeKind.rawValue`.
    var hasPosition: [Bool] = []

    static let shared = FixedTexts()

    private init() {
        kindBase = pool.count
        var raw: UInt8 = 0
        while let kind = NodeKind(rawValue: raw) {
            pool.add(Array(kind.pythonName.utf8) + [UInt8(ascii: "(")])
            hasPosition.append(kind.hasPosition)
            raw += 1
        }
        contextBase = addInstances(ExprContext.init(rawValue:), \.pythonName)
        boolOpBase = addInstances(BoolOperator.init(rawValue:), \.pythonName)
        binaryOpBase = addInstances(BinaryOperator.init(rawValue:), \.pythonName)
        unaryOpBase = addInstances(UnaryOperator.init(rawValue:), \.pythonName)
        compareOpBase = addInstances(CompareOperator.init(rawValue:), \.pythonName)
    }

    /// Adds `"Name()"` for every raw value of an operator enum; returns the base.
    private mutating func addInstances<T>(_ make: (UInt8) -> T?, _ name: (T) -> String) -> Int32 {
        let base = pool.count
        var raw: UInt8 = 0
        while let value = make(raw) {
            pool.add((name(value) + "()").utf8)
            raw += 1
        }
        return base
    }
}

private struct Dumper {
    /// A node whose fields are being printed (`end < 0`; `next` is the index of its
    /// next field in `fieldSpecs`), or a list of nodes being printed (`next`..<`end`
    /// index `extra`).
    struct Frame {
        var next: Int32
        var end: Int32
        var node: Int32
        /// Whether an item was printed already, so the next one needs ", ".
        var wrote: Bool
    }

    let ast: AST
    let includeAttributes: Bool
    let fieldSpecs = ASTDumper.fieldTable.specs
    let fieldStarts = ASTDumper.fieldTable.starts
    let fixed = FixedTexts.shared
    /// The fixed texts followed by the repr of every interned identifier.
    let texts: TextPool
    let nameBase: Int32
    var out: [UInt8] = []
    var stack: [Frame] = []

    init(ast: AST, includeAttributes: Bool) {
        self.ast = ast
        self.includeAttributes = includeAttributes
        var texts = fixed.pool
        nameBase = texts.count
        var scratch: [UInt8] = []
        for name in ast.names {
            scratch.removeAll(keepingCapacity: true)
            PyRepr.appendStr(utf8: Array(name.utf8), to: &scratch)
            texts.add(scratch)
        }
        self.texts = texts
        // A guess at the output size; with positions a node takes about 90 bytes.
        out.reserveCapacity(ast.nodes.count * (includeAttributes ? 96 : 40) + 16)
    }

    mutating func run() {
        guard !ast.root.isNone else {
            PyRepr.appendASCII("None", to: &out)
            return
        }
        open(ast.root.raw)
        while !stack.isEmpty {
            if stack[stack.count - 1].end >= 0 {
                continueList()
            } else {
                continueNode()
            }
        }
    }

    @inline(__always)
    private mutating func appendText(_ index: Int32) {
        let start = Int(texts.starts[Int(index)])
        let end = Int(texts.starts[Int(index) + 1])
        texts.bytes.withUnsafeBufferPointer { bytes in
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
        }
    }

    private mutating func open(_ id: Int32) {
        // Without cycles a path holds each node once, plus a list frame per node;
        // a cycle would grow the stack until memory runs out.
        precondition(stack.count < 2 * ast.nodes.count, "ASTDumper: the tree has a cycle")
        let kind = Int32(ast.nodes[Int(id)].kind.rawValue)
        appendText(fixed.kindBase + kind)
        stack.append(Frame(next: fieldStarts[Int(kind)], end: -1, node: id, wrote: false))
    }

    private mutating func continueList() {
        let top = stack.count - 1
        var frame = stack[top]
        if frame.next == frame.end {
            out.append(UInt8(ascii: "]"))
            stack.removeLast()
            return
        }
        let item = ast.extra[Int(frame.next)]
        if frame.wrote { appendSeparator() }
        frame.next += 1
        frame.wrote = true
        stack[top] = frame
        if item < 0 {
            PyRepr.appendASCII("None", to: &out)
        } else {
            open(item)
        }
    }

    /// Prints fields of the top node up to the first one that needs a frame of its
    /// own, or to the end of the node.
    private mutating func continueNode() {
        let top = stack.count - 1
        var frame = stack[top]
        let node = ast.nodes[Int(frame.node)]
        let kind = Int(node.kind.rawValue)
        let end = fieldStarts[kind + 1]
        while frame.next < end {
            let field = fieldSpecs[Int(frame.next)]
            frame.next += 1
            let value = slotValue(node, field.slot)
            switch field.form {
            case .optionalNode, .optionalName:
                if value < 0 { continue }
            case .constantKind:
                if value != 1 { continue }
            default:
                break
            }
            if frame.wrote { appendSeparator() }
            frame.wrote = true
            PyRepr.appendASCII(field.label, to: &out)
            out.append(UInt8(ascii: "="))
            switch field.form {
            case .node, .optionalNode:
                if value < 0 {
                    PyRepr.appendASCII("None", to: &out)
                } else {
                    stack[top] = frame
                    open(value)
                    return
                }
            case .nodeList:
                let count = ast.extra[Int(value)]
                if count == 0 {
                    PyRepr.appendASCII("[]", to: &out)
                } else {
                    out.append(UInt8(ascii: "["))
                    stack[top] = frame
                    stack.append(Frame(next: value + 1, end: value + 1 + count, node: frame.node, wrote: false))
                    return
                }
            case .name, .optionalName:
                appendText(nameBase + value)
            case .nameList:
                appendList(ListID(value), base: nameBase)
            case .compareOps:
                appendList(ListID(value), base: fixed.compareOpBase)
            case .boolOp:
                appendText(fixed.boolOpBase + value)
            case .binaryOp:
                appendText(fixed.binaryOpBase + value)
            case .unaryOp:
                appendText(fixed.unaryOpBase + value)
            case .context:
                appendText(fixed.contextBase + value)
            case .int:
                PyRepr.appendInt(Int64(value), to: &out)
            case .constant:
                PyRepr.appendConstant(ast.constants[Int(value)], to: &out)
            case .constantKind:
                PyRepr.appendASCII("'u'", to: &out)
            }
        }
        if includeAttributes && fixed.hasPosition[kind] {
            if frame.wrote { appendSeparator() }
            appendPosition(node.span)
        }
        out.append(UInt8(ascii: ")"))
        stack.removeLast()
    }

    @inline(__always)
    private func slotValue(_ node: Node, _ slot: FieldSlot) -> Int32 {
        switch slot {
        case .a: return node.a
        case .b: return node.b
        case .c: return node.c
        case .d: return node.d
        case .e: return node.e
        case .extra0: return ast.extra[Int(node.e)]
        case .extra1: return ast.extra[Int(node.e) + 1]
        case .extra2: return ast.extra[Int(node.e) + 2]
        case .op: return Int32(node.op)
        }
    }

    /// A list whose items are leaves (identifiers or operator codes): text `base + item`.
    private mutating func appendList(_ list: ListID, base: Int32) {
        out.append(UInt8(ascii: "["))
        var first = true
        for item in ast.items(list) {
            if !first { appendSeparator() }
            first = false
            appendText(base + item)
        }
        out.append(UInt8(ascii: "]"))
    }

    private mutating func appendPosition(_ span: SourceSpan) {
        PyRepr.appendASCII("lineno=", to: &out)
        PyRepr.appendInt(Int64(span.lineno), to: &out)
        PyRepr.appendASCII(", col_offset=", to: &out)
        PyRepr.appendInt(Int64(span.colOffset), to: &out)
        PyRepr.appendASCII(", end_lineno=", to: &out)
        PyRepr.appendInt(Int64(span.endLineno), to: &out)
        PyRepr.appendASCII(", end_col_offset=", to: &out)
        PyRepr.appendInt(Int64(span.endColOffset), to: &out)
    }

    @inline(__always)
    private mutating func appendSeparator() {
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: " "))
    }
}
