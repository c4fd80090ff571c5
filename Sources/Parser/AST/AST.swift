/// Index of a node in an `AST` arena; `none` stands for an absent optional child.
public struct NodeID: Hashable, Sendable {
    public var raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static let none = NodeID(-1)
    public var isNone: Bool { raw < 0 }
}

/// Handle of a list stored in `AST.extra`: `extra[raw]` is the count, the items follow.
/// `raw == 0` is the shared empty list.
public struct ListID: Hashable, Sendable {
    public var raw: Int32
    public init(_ raw: Int32) { self.raw = raw }
    public static let empty = ListID(0)
}

/// Source span of a node: lines are 1-based, columns are UTF-8 byte offsets, as in CPython.
public struct SourceSpan: Hashable, Sendable {
    public var lineno: Int32
    public var colOffset: Int32
    public var endLineno: Int32
    public var endColOffset: Int32

    public init(lineno: Int32, colOffset: Int32, endLineno: Int32, endColOffset: Int32) {
        self.lineno = lineno
        self.colOffset = colOffset
        self.endLineno = endLineno
        self.endColOffset = endColOffset
    }

    public static let zero = SourceSpan(lineno: 0, colOffset: 0, endLineno: 0, endColOffset: 0)
}

/// One node: a kind, a small operand (operator, context, flag) and up to five
/// children. What each child slot means for each kind is documented in `docs/AST.md`
/// and encoded in `ASTDumper`; typed accessors live in `AST+Access.swift`.
public struct Node: Sendable {
    public var kind: NodeKind
    /// Operator, `expr_context`, `is_async`, `simple`, or the `u` kind flag of a constant.
    public var op: UInt8
    public var span: SourceSpan
    public var a: Int32
    public var b: Int32
    public var c: Int32
    public var d: Int32
    public var e: Int32

    public init(kind: NodeKind, op: UInt8 = 0, span: SourceSpan,
                a: Int32 = -1, b: Int32 = -1, c: Int32 = -1, d: Int32 = -1, e: Int32 = -1) {
        self.kind = kind
        self.op = op
        self.span = span
        self.a = a
        self.b = b
        self.c = c
        self.d = d
        self.e = e
    }
}

/// A Python string value. It may hold lone surrogates (`"\ud800"` is a legal literal),
/// so it cannot always be a Swift `String`; it is kept as UTF-8 in which surrogates are
/// encoded like any other code point (three bytes, `ED A0 80`…), which is compact and
/// copies straight from the source.
public struct PyStringValue: Hashable, Sendable {
    public var utf8: [UInt8]

    public init(utf8: [UInt8]) { self.utf8 = utf8 }

    public init(_ scalars: [UInt32]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for v in scalars { appendCodePoint(v, to: &bytes) }
        self.utf8 = bytes
    }

    public init(_ s: String) { self.utf8 = Array(s.utf8) }

    /// The code points.
    public var scalars: [UInt32] {
        var out: [UInt32] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        let n = utf8.count
        while i < n {
            let b0 = UInt32(utf8[i])
            if b0 < 0x80 {
                out.append(b0)
                i += 1
            } else if b0 < 0xE0 {
                out.append((b0 & 0x1F) << 6 | UInt32(utf8[i + 1] & 0x3F))
                i += 2
            } else if b0 < 0xF0 {
                out.append((b0 & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F))
                i += 3
            } else {
                out.append((b0 & 0x07) << 18 | UInt32(utf8[i + 1] & 0x3F) << 12
                           | UInt32(utf8[i + 2] & 0x3F) << 6 | UInt32(utf8[i + 3] & 0x3F))
                i += 4
            }
        }
        return out
    }
}

/// Appends a code point (surrogates included) in UTF-8 form.
@inline(__always)
func appendCodePoint(_ v: UInt32, to out: inout [UInt8]) {
    if v < 0x80 {
        out.append(UInt8(v))
    } else if v < 0x800 {
        out.append(UInt8(0xC0 | v >> 6))
        out.append(UInt8(0x80 | v & 0x3F))
    } else if v < 0x10000 {
        out.append(UInt8(0xE0 | v >> 12))
        out.append(UInt8(0x80 | (v >> 6) & 0x3F))
        out.append(UInt8(0x80 | v & 0x3F))
    } else {
        out.append(UInt8(0xF0 | v >> 18))
        out.append(UInt8(0x80 | (v >> 12) & 0x3F))
        out.append(UInt8(0x80 | (v >> 6) & 0x3F))
        out.append(UInt8(0x80 | v & 0x3F))
    }
}

/// The value of a `Constant` node (and of `MatchSingleton`).
public enum ConstantValue: Hashable, Sendable {
    case none
    case bool(Bool)
    case ellipsis
    case int(Int64)
    /// Magnitude of a non-negative integer literal too large for `Int64`, as
    /// little-endian 64-bit limbs.
    case bigInt([UInt64])
    case float(Double)
    /// An imaginary literal `1.5j`: complex(0, value).
    case imaginary(Double)
    case str(PyStringValue)
    case bytes([UInt8])
    // The parser makes none of the following; trees built by Python code (`ast`
    // objects compiled with `compile()`) may hold them.
    /// The magnitude of a negative integer too large for `Int64`.
    case negativeBigInt([UInt64])
    case complex(real: Double, imag: Double)
    case tuple([ConstantValue])
    /// Items in iteration order.
    case frozenset([ConstantValue])
}

/// A parsed module (or expression): an arena of nodes plus interned names and constants.
/// Nodes refer to each other by index, so the whole tree is a handful of flat arrays.
public struct AST: Sendable {
    public var nodes: [Node] = []
    /// List storage: see `ListID`.
    public var extra: [Int32] = [0]
    /// Interned identifiers.
    public var names: [String] = []
    public var constants: [ConstantValue] = []
    public var root: NodeID = .none

    private var nameIndex: [String: Int32] = [:]

    public init() {}

    @inline(__always)
    public subscript(id: NodeID) -> Node {
        get { nodes[Int(id.raw)] }
        set { nodes[Int(id.raw)] = newValue }
    }

    public mutating func add(_ node: Node) -> NodeID {
        nodes.append(node)
        return NodeID(Int32(nodes.count - 1))
    }

    public mutating func list(_ items: [Int32]) -> ListID {
        if items.isEmpty { return .empty }
        let start = Int32(extra.count)
        extra.append(Int32(items.count))
        extra.append(contentsOf: items)
        return ListID(start)
    }

    public mutating func list(_ items: [NodeID]) -> ListID {
        if items.isEmpty { return .empty }
        let start = Int32(extra.count)
        extra.append(Int32(items.count))
        for item in items { extra.append(item.raw) }
        return ListID(start)
    }

    public func count(of list: ListID) -> Int { Int(extra[Int(list.raw)]) }

    /// The raw items of a list (node indices, name indices or operator codes).
    public func items(_ list: ListID) -> ArraySlice<Int32> {
        let start = Int(list.raw)
        let n = Int(extra[start])
        return extra[(start + 1)..<(start + 1 + n)]
    }

    public mutating func intern(_ name: String) -> Int32 {
        if let i = nameIndex[name] { return i }
        let i = Int32(names.count)
        names.append(name)
        nameIndex[name] = i
        return i
    }

    public mutating func addConstant(_ value: ConstantValue) -> Int32 {
        constants.append(value)
        return Int32(constants.count - 1)
    }
}
