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

/// Text that does not depend on the tree, rendered once.
private struct DumpTexts {
    /// `"Name("` etc., by `NodeKind.rawValue`.
    let kindOpen: [[UInt8]]
    let hasPosition: [Bool]
    /// `"Load()"` etc., by raw value.
    let context: [[UInt8]]
    let boolOp: [[UInt8]]
    let binaryOp: [[UInt8]]
    let unaryOp: [[UInt8]]
    let compareOp: [[UInt8]]

    static let shared = DumpTexts()

    private init() {
        var kindOpen: [[UInt8]] = []
        var hasPosition: [Bool] = []
        var raw: UInt8 = 0
        while let kind = NodeKind(rawValue: raw) {
            kindOpen.append(Array(kind.pythonName.utf8) + [UInt8(ascii: "(")])
            hasPosition.append(kind.hasPosition)
            raw += 1
        }
        self.kindOpen = kindOpen
        self.hasPosition = hasPosition
        context = Self.instances(ExprContext.init(rawValue:), \.pythonName)
        boolOp = Self.instances(BoolOperator.init(rawValue:), \.pythonName)
        binaryOp = Self.instances(BinaryOperator.init(rawValue:), \.pythonName)
        unaryOp = Self.instances(UnaryOperator.init(rawValue:), \.pythonName)
        compareOp = Self.instances(CompareOperator.init(rawValue:), \.pythonName)
    }

    /// `"Name()"` for every raw value of an operator enum, in raw-value order.
    private static func instances<T>(_ make: (UInt8) -> T?, _ name: (T) -> String) -> [[UInt8]] {
        var result: [[UInt8]] = []
        var raw: UInt8 = 0
        while let value = make(raw) {
            result.append(Array((name(value) + "()").utf8))
            raw += 1
        }
        return result
    }
}

private struct Dumper {
    /// A node whose fields are being printed (`end < 0`; `next` is the next field
    /// index), or a list of nodes being printed (`next`..<`end` index `extra`).
    struct Frame {
        var node: Int32
        var next: Int32
        var end: Int32
        /// Whether an item was printed already, so the next one needs ", ".
        var wrote: Bool
    }

    let ast: AST
    let includeAttributes: Bool
    let fieldTable = ASTDumper.fieldTable
    let texts = DumpTexts.shared
    /// The repr of every interned identifier, rendered once.
    let nameReprs: [[UInt8]]
    var out: [UInt8] = []
    var stack: [Frame] = []

    init(ast: AST, includeAttributes: Bool) {
        self.ast = ast
        self.includeAttributes = includeAttributes
        nameReprs = ast.names.map { name in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(name.utf8.count + 2)
            PyRepr.appendStr(name.unicodeScalars.lazy.map(\.value), to: &bytes)
            return bytes
        }
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

    private mutating func open(_ id: Int32) {
        out.append(contentsOf: texts.kindOpen[Int(ast.nodes[Int(id)].kind.rawValue)])
        stack.append(Frame(node: id, next: 0, end: -1, wrote: false))
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

    /// Prints fields of the top node up to the first one that needs a new frame, or
    /// to the end of the node.
    private mutating func continueNode() {
        let top = stack.count - 1
        var frame = stack[top]
        let node = ast.nodes[Int(frame.node)]
        let fields = fieldTable[Int(node.kind.rawValue)]
        while Int(frame.next) < fields.count {
            let field = fields[Int(frame.next)]
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
                    stack.append(Frame(node: frame.node, next: value + 1, end: value + 1 + count, wrote: false))
                    return
                }
            case .name, .optionalName:
                out.append(contentsOf: nameReprs[Int(value)])
            case .nameList:
                appendList(ListID(value), nameReprs)
            case .compareOps:
                appendList(ListID(value), texts.compareOp)
            case .boolOp:
                out.append(contentsOf: texts.boolOp[Int(value)])
            case .binaryOp:
                out.append(contentsOf: texts.binaryOp[Int(value)])
            case .unaryOp:
                out.append(contentsOf: texts.unaryOp[Int(value)])
            case .context:
                out.append(contentsOf: texts.context[Int(value)])
            case .int:
                PyRepr.appendInt(Int64(value), to: &out)
            case .constant:
                PyRepr.appendConstant(ast.constants[Int(value)], to: &out)
            case .constantKind:
                PyRepr.appendASCII("'u'", to: &out)
            }
        }
        if includeAttributes && texts.hasPosition[Int(node.kind.rawValue)] {
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

    /// A list whose items are leaves: identifiers or operator codes.
    private mutating func appendList(_ list: ListID, _ texts: [[UInt8]]) {
        out.append(UInt8(ascii: "["))
        var first = true
        for item in ast.items(list) {
            if !first { appendSeparator() }
            first = false
            out.append(contentsOf: texts[Int(item)])
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
