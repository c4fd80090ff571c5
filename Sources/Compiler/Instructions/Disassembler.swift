import Parser

/// `krait --dis`: every code unit of a module, instruction by instruction, with the
/// source line where it changes, in the spirit of CPython's `dis`.
public enum Disassembler {
    public static func text(_ module: CompiledModule) -> String {
        var out = ""
        for (index, unit) in module.units.enumerated() {
            let table = unit.finish()
            if index > 0 { out += "\n" }
            out += "Disassembly of <code object \(unit.name) at #\(index), file \"\(module.filename)\", line \(unit.firstLine)>:\n"
            var lastLine: Int32 = -1
            // Instruction starts: cache words after an instruction are not instructions.
            var starts: [Int] = []
            var next = 0
            while next < unit.code.count {
                starts.append(next)
                next += 1 + Opcode(rawValue: UInt8(truncatingIfNeeded: unit.code[next]))!.spec.cache
            }
            let targets = Set(starts.compactMap { i -> Int? in
                let op = Opcode(rawValue: UInt8(truncatingIfNeeded: unit.code[i]))!
                return op.spec.operand == .jumpTarget ? Int(unit.code[i] >> 8) : nil
            })
            for i in starts {
                let word = unit.code[i]
                let op = Opcode(rawValue: UInt8(truncatingIfNeeded: word))!
                let arg = Int(word >> 8)
                let line = unit.positions[i].lineno
                let lineText = line != lastLine && line > 0 ? String(line) : ""
                if line > 0 { lastLine = line }
                let marker = targets.contains(i) ? ">>" : "  "
                var row = pad(lineText, 6) + marker + pad(String(i), 6, right: true) + " " + pad(op.spec.name, 22)
                if op.spec.operand != .none {
                    row += pad(String(arg), 5, right: true) + describe(op, arg, unit)
                }
                out += row.trimmingTrailing() + "\n"
            }
            if !table.isEmpty {
                out += "ExceptionTable:\n"
                var k = 0
                while k + 3 < table.count {
                    let depth = table[k + 3] & 0x7FFF_FFFF
                    out += "  \(table[k]) to \(table[k + 1] - 1) -> \(table[k + 2]) [\(depth)]\n"
                    k += 4
                }
            }
        }
        return out
    }

    static func describe(_ op: Opcode, _ arg: Int, _ unit: CodeUnit) -> String {
        switch op.spec.operand {
        case .constant: return " (" + constantText(unit.constants[arg]) + ")"
        case .name: return " (" + unit.names[arg] + ")"
        case .local, .cell: return " (" + unit.localsplus[arg] + ")"
        case .jumpTarget: return " (to \(arg))"
        case .compare: return " (" + ["<", "<=", "==", "!=", ">", ">="][arg] + ")"
        case .binary:
            let symbols = ["+", "-", "*", "%", "divmod", "**", "<<", ">>", "&", "^", "|", "//", "/", "@"]
            let symbol = arg & 127 < symbols.count ? symbols[arg & 127] : "?"
            return " (" + symbol + (arg & 128 != 0 ? "=" : "") + ")"
        case .none, .number: return ""
        }
    }

    static func constantText(_ c: ConstantKey) -> String {
        switch c {
        case .none: return PyRepr.constant(.none)
        case .ellipsis: return "Ellipsis"
        case .bool(let b): return PyRepr.constant(.bool(b))
        case .int(let i): return PyRepr.int(i)
        case .bigInt(let limbs, let negative): return (negative ? "-" : "") + PyRepr.bigInt(limbs)
        case .float(let bits): return PyRepr.float(Double(bitPattern: bits))
        case .imaginary(let bits): return PyRepr.imaginary(Double(bitPattern: bits))
        case .str(let utf8): return PyRepr.constant(.str(PyStringValue(utf8: utf8)))
        case .bytes(let b): return PyRepr.constant(.bytes(b))
        case .complex(let real, let imag): return ConstantValues.complexText(Double(bitPattern: real), Double(bitPattern: imag))
        case .tuple(let items): return tupleText(items.map(constantText))
        case .frozenset(let items): return items.isEmpty ? "frozenset()" : "frozenset({" + items.map(constantText).joined(separator: ", ") + "})"
        case .code(let i): return "<code object #\(i)>"
        case .names(let names): return tupleText(names.map { PyRepr.constant(.str(PyStringValue($0))) })
        }
    }

    static func tupleText(_ items: [String]) -> String {
        "(" + items.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
    }

    static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return right ? fill + s : s + fill
    }
}

extension String {
    func trimmingTrailing() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
