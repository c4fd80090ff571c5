import Parser

/// CPython 3.11's `optimize_format`: `'...' % (a, b)` with a literal format whose units are
/// all simple `%s`, `%r` or `%a` (flags, a width and a precision of at most two digits
/// each) and exactly as many as the tuple's items is compiled as the f-string it equals.
/// Anything else is left to `str.__mod__` at run time.
enum PercentFormatRewrite {
    static let maxDigits = 3

    static func rewrite(_ folder: inout ConstantFolder, _ id: Int32, format: [UInt8], arguments list: Int32) {
        let args = folder.items(list)
        if args.contains(where: { folder.tree[NodeID($0)].kind == .starred }) { return }
        let text = PyStringValue(utf8: format).scalars
        var parts: [Part] = []
        var pos = 0
        var used = 0
        while true {
            if let literal = literal(text, &pos) { parts.append(.literal(literal)) }
            if pos >= text.count { break }
            // More units than items.
            if used >= args.count { return }
            pos += 1
            guard let unit = unit(text, &pos) else { return }
            parts.append(.field(args[used], conversion: unit.conversion, spec: unit.spec))
            used += 1
        }
        // More items than units.
        if used < args.count { return }
        build(&folder, id, parts)
    }

    enum Part {
        case literal([UInt32])
        case field(Int32, conversion: UInt32, spec: String?)
    }

    /// The text up to the next unit, with `%%` as `%`; nil if there is none.
    static func literal(_ text: [UInt32], _ pos: inout Int) -> [UInt32]? {
        var out: [UInt32] = []
        let percent = UInt32(UInt8(ascii: "%"))
        while pos < text.count {
            if text[pos] != percent {
                out.append(text[pos])
                pos += 1
            } else if pos + 1 < text.count && text[pos + 1] == percent {
                out.append(percent)
                pos += 2
            } else {
                break
            }
        }
        return out.isEmpty ? nil : out
    }

    /// A unit after its `%`: its conversion and the format spec that does what its left
    /// adjustment, width and precision do; nil when it is not a simple one.
    static func unit(_ text: [UInt32], _ pos: inout Int) -> (conversion: UInt32, spec: String?)? {
        var leftAdjust = false
        var c: UInt32 = 0
        func next() -> Bool {
            guard pos < text.count else { return false }
            c = text[pos]
            pos += 1
            return true
        }
        func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }
        // The other flags (`+`, space, `#`, `0`) do nothing to a string.
        repeat {
            guard next() else { return nil }
            if c == UInt32(UInt8(ascii: "-")) { leftAdjust = true }
        } while "-+ #0".unicodeScalars.contains(where: { $0.value == c })
        var width: Int?
        if isDigit(c) {
            var w = 0, digits = 0
            while isDigit(c) {
                w = w * 10 + Int(c - 0x30)
                guard next() else { return nil }
                digits += 1
                if digits >= maxDigits { return nil }
            }
            width = w
        }
        var precision: Int?
        if c == UInt32(UInt8(ascii: ".")) {
            guard next() else { return nil }
            var p = 0, digits = 0
            while isDigit(c) {
                p = p * 10 + Int(c - 0x30)
                guard next() else { return nil }
                digits += 1
                if digits >= maxDigits { return nil }
            }
            precision = p
        }
        guard c == UInt32(UInt8(ascii: "s")) || c == UInt32(UInt8(ascii: "r")) || c == UInt32(UInt8(ascii: "a")) else { return nil }
        // Strings are left-aligned by default and right-aligned by `%5s`.
        var spec = ""
        if let width { spec += (leftAdjust ? "" : ">") + String(width) }
        if let precision { spec += "." + String(precision) }
        return (c, spec.isEmpty ? nil : spec)
    }

    /// Replaces the `%` operation by a JoinedStr of the parts, in the same span.
    static func build(_ folder: inout ConstantFolder, _ id: Int32, _ parts: [Part]) {
        let span = folder.tree[NodeID(id)].span
        var values: [Int32] = []
        for part in parts {
            switch part {
            case .literal(let text):
                values.append(constantNode(&folder.tree, .str(PyStringValue(text)), span))
            case .field(let arg, let conversion, let spec):
                let specNode = spec.map { constantNode(&folder.tree, .str(PyStringValue($0)), span) } ?? -1
                let field = Node(kind: .formattedValue, span: folder.tree[NodeID(arg)].span, a: arg, b: Int32(conversion), c: specNode)
                values.append(folder.tree.add(field).raw)
            }
        }
        let list = folder.tree.list(values)
        folder.tree[NodeID(id)] = Node(kind: .joinedStr, span: span, a: list.raw)
    }

    static func constantNode(_ tree: inout AST, _ value: ConstantValue, _ span: SourceSpan) -> Int32 {
        tree.add(Node(kind: .constant, span: span, a: tree.addConstant(value))).raw
    }
}
