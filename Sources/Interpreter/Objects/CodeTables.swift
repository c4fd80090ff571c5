import Compiler
import ObjectLayout
import ObjectModel

/// A code object's instructions, locations and exception table in the forms CPython
/// 3.11's code objects show them. Krait's instructions count as one 2-byte code unit
/// each (as `f_lasti` and `tb_lasti` count them), so offsets, `co_positions()`,
/// `co_lines()` and the tables agree with each other; the opcodes are Krait's own.
enum CodeTables {
    typealias Position = (line: Int, endLine: Int, column: Int, endColumn: Int)

    static func count(_ c: CodeObjects.Pointer) -> Int { Int(c.pointee.co_ninstructions) }

    /// Line, end line, column, end column of instruction `i`; -1 where unknown.
    static func position(_ c: CodeObjects.Pointer, _ i: Int) -> Position {
        let p = Bytes.data(c.pointee.co_positions).assumingMemoryBound(to: Int32.self) + i * 4
        return p[0] > 0 ? (Int(p[0]), Int(p[1]), Int(p[2]), Int(p[3])) : (-1, -1, -1, -1)
    }

    /// `co_code`: per instruction its opcode byte and the low byte of its argument. As
    /// CPython's, it shows the code before specialisation: generic opcodes, and zeroed
    /// words for the inline caches.
    static func bytecode(_ c: CodeObjects.Pointer) -> Value {
        let words = Bytes.data(c.pointee.co_code).assumingMemoryBound(to: UInt32.self)
        var bytes = [UInt8](repeating: 0, count: count(c) * 2)
        var i = 0
        while i < count(c) {
            let op = TraceResume.opcode(words + i)
            bytes[2 * i] = op.genericForm.rawValue
            bytes[2 * i + 1] = UInt8((words[i] >> 8) & 0xFF)
            i += 1 + op.cacheWords
        }
        return Bytes.make(bytes)
    }

    // MARK: Locations

    /// `co_linetable` in CPython 3.11's format (Objects/locations.md): runs of up to
    /// eight code units with one location, each in the shortest form that holds it.
    static func lineTable(_ c: CodeObjects.Pointer) -> Value {
        var out: [UInt8] = []
        var line = Int(c.pointee.co_firstlineno)
        var i = 0
        while i < count(c) {
            let p = position(c, i)
            var length = 1
            while length < 8 && i + length < count(c) && position(c, i + length) == p { length += 1 }
            writeEntry(&out, p, length: length, line: &line)
            i += length
        }
        return Bytes.make(out)
    }

    static func writeEntry(_ out: inout [UInt8], _ p: Position, length: Int, line: inout Int) {
        func header(_ code: Int) { out.append(UInt8(0x80 | (code << 3) | (length - 1))) }
        if p.line < 0 { return header(15) }
        let delta = p.line - line
        line = p.line
        if p.column < 0 || p.endColumn < 0 {
            if p.endLine == p.line || p.endLine < 0 {
                header(13)
                writeSignedVarint(&out, delta)
                return
            }
        } else if p.endLine == p.line {
            if delta == 0 && p.column < 80 && p.endColumn >= p.column && p.endColumn - p.column < 16 {
                header(p.column / 8)
                out.append(UInt8(((p.column % 8) << 4) | (p.endColumn - p.column)))
                return
            }
            if delta >= 0 && delta < 3 && p.column < 128 && p.endColumn < 128 {
                header(10 + delta)
                out += [UInt8(p.column), UInt8(p.endColumn)]
                return
            }
        }
        header(14)
        writeSignedVarint(&out, delta)
        writeVarint(&out, p.endLine - p.line)
        writeVarint(&out, p.column + 1)
        writeVarint(&out, p.endColumn + 1)
    }

    /// Six bits a byte, least significant first, 0x40 on all but the last.
    static func writeVarint(_ out: inout [UInt8], _ value: Int) {
        var v = UInt(max(value, 0))
        while v >= 64 {
            out.append(UInt8(0x40 | (v & 0x3F)))
            v >>= 6
        }
        out.append(UInt8(v))
    }

    static func writeSignedVarint(_ out: inout [UInt8], _ value: Int) {
        writeVarint(&out, value < 0 ? ((-value) << 1) | 1 : value << 1)
    }

    /// `co_lines()`: (start, end, line) byte ranges, one per run of instructions on one
    /// line; None for instructions without one.
    static func lines(_ c: CodeObjects.Pointer) -> Value {
        let result = List.new()
        var i = 0
        while i < count(c) {
            let line = position(c, i).line
            var end = i + 1
            while end < count(c) && position(c, end).line == line { end += 1 }
            let entry = Tuple.allocate(count: 3)
            Tuple.items(entry)[0] = IntObject.make(2 * i)
            Tuple.items(entry)[1] = IntObject.make(2 * end)
            Tuple.items(entry)[2] = line < 0 ? .none : IntObject.make(line)
            List.append(result, entry)
            i = end
        }
        return result
    }

    /// `co_positions()`: one (line, end line, column, end column) per code unit.
    static func positions(_ c: CodeObjects.Pointer) -> Value {
        let result = List.new()
        for i in 0..<count(c) {
            let p = position(c, i)
            let entry = Tuple.allocate(count: 4)
            for (k, v) in [p.line, p.endLine, p.column, p.endColumn].enumerated() {
                Tuple.items(entry)[k] = v < 0 ? .none : IntObject.make(v)
            }
            List.append(result, entry)
        }
        return result
    }

    /// `co_lnotab`, the pre-3.10 table: (byte delta, line delta) pairs wherever the line
    /// changes, split to fit a byte each, as CPython 3.11 still computes it.
    static func lnotab(_ c: CodeObjects.Pointer) -> Value {
        var out: [UInt8] = []
        var line = Int(c.pointee.co_firstlineno), offset = 0
        for i in 0..<count(c) {
            let next = position(c, i).line
            guard next >= 0, next != line else { continue }
            var byteDelta = 2 * i - offset, lineDelta = next - line
            while byteDelta > 255 { out += [255, 0]; byteDelta -= 255 }
            while lineDelta > 127 { out += [UInt8(byteDelta), 127]; byteDelta = 0; lineDelta -= 127 }
            while lineDelta < -128 { out += [UInt8(byteDelta), UInt8(bitPattern: -128)]; byteDelta = 0; lineDelta += 128 }
            out += [UInt8(byteDelta), UInt8(bitPattern: Int8(lineDelta))]
            offset = 2 * i
            line = next
        }
        return Bytes.make(out)
    }

    // MARK: Exception table

    /// `co_exceptiontable` in CPython 3.11's format: for each run of instructions with
    /// the same innermost handler, its start, length, target and depth << 1 | lasti as
    /// big-endian six-bit varints, the first byte of an entry marked with 0x80.
    static func exceptionTable(_ c: CodeObjects.Pointer) -> Value {
        let table = c.pointee.co_exceptiontable
        let entries = Bytes.data(table).assumingMemoryBound(to: Int32.self)
        let entryCount = Bytes.count(table) / 16
        // Krait's ranges nest, inner ones first; CPython's do not overlap.
        func handler(_ i: Int) -> Int? { (0..<entryCount).first { Int(entries[$0 * 4]) <= i && i < Int(entries[$0 * 4 + 1]) } }
        var out: [UInt8] = []
        var i = 0
        while i < count(c) {
            guard let h = handler(i) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < count(c) && handler(end) == h { end += 1 }
            let e = entries + h * 4
            let depthLasti = (Int(e[3] & 0x7FFF_FFFF) << 1) | Int(UInt32(bitPattern: e[3]) >> 31)
            writeExceptionVarint(&out, i, start: true)
            writeExceptionVarint(&out, end - i)
            writeExceptionVarint(&out, Int(e[2]))
            writeExceptionVarint(&out, depthLasti)
            i = end
        }
        return Bytes.make(out)
    }

    static func writeExceptionVarint(_ out: inout [UInt8], _ value: Int, start: Bool = false) {
        var shift = 24
        while shift > 0 && value < 1 << shift { shift -= 6 }
        var marker: UInt8 = start ? 0x80 : 0
        while shift > 0 {
            out.append(UInt8((value >> shift) & 0x3F) | 0x40 | marker)
            marker = 0
            shift -= 6
        }
        out.append(UInt8(value & 0x3F) | marker)
    }
}
