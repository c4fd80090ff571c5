import ObjectLayout
import ObjectModel

/// `_io.StringIO`'s text: UCS-4 code points in a byte block, read and written at `pos`
/// as CPython's stringio.c does (writes past the end pad with NULs).
enum StringIO {
    typealias Object = UnsafeMutablePointer<KraitStringIOObject>

    @inline(__always)
    static func object(_ v: Value) -> Object { v.layout(KraitStringIOObject.self) }

    /// The object, checked to be initialised and (unless `closedOK`) open.
    static func checked(_ v: Value, closedOK: Bool = false) throws(PyException) -> Object {
        let s = object(v)
        if s.pointee.ok == 0 { throw PyException.valueError("I/O operation on uninitialized object") }
        if !closedOK && s.pointee.closed != 0 { throw PyException.valueError("I/O operation on closed file") }
        return s
    }

    static func text(_ s: Object) -> UnsafeMutableBufferPointer<UInt32> {
        UnsafeMutableBufferPointer(start: s.pointee.buf, count: s.pointee.string_size)
    }

    static func substring(_ s: Object, _ start: Int, _ count: Int) -> Value {
        Str.make(codePoints: UnsafeBufferPointer(start: s.pointee.buf.map { $0 + start }, count: count))
    }

    /// Makes room for `size` code points, growing by an eighth more as CPython's `resize_buffer`.
    static func reserve(_ s: Object, _ size: Int) {
        if size <= s.pointee.allocated { return }
        let capacity = size + size >> 3 + (size < 9 ? 3 : 6)
        let block = ByteBlocks.allocate(capacity * 4)
        let items = UnsafeMutableRawPointer(block).assumingMemoryBound(to: UInt32.self)
        if let old = s.pointee.buf, s.pointee.string_size > 0 { items.update(from: old, count: s.pointee.string_size) }
        s.pointee.buf = items
        s.pointee.allocated = capacity
    }

    /// `write(s)`: universal-newline decoding, then "\n" to `writenl`, then the code
    /// points at `pos`.
    static func write(_ s: Object, _ str: Value) throws(PyException) {
        var points = Str.codePoints(str)
        if !s.pointee.decoder.isEmpty {
            points = NewlineDecoder.translate(try NewlineDecoder.state(s.pointee.decoder), points, final: true)
        }
        if !s.pointee.writenl.isEmpty {
            let newline = Str.codePoints(s.pointee.writenl)
            points = points.flatMap { $0 == 0x0A ? newline : [$0] }
        }
        let pos = s.pointee.pos, end = pos + points.count
        reserve(s, end)
        if pos > s.pointee.string_size {
            (s.pointee.buf! + s.pointee.string_size).initialize(repeating: 0, count: pos - s.pointee.string_size)
        }
        points.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { (s.pointee.buf! + pos).update(from: base, count: b.count) }
        }
        s.pointee.pos = end
        s.pointee.string_size = Swift.max(s.pointee.string_size, end)
    }

    static func read(_ s: Object, _ size: Int) -> Value {
        let available = Swift.max(s.pointee.string_size - s.pointee.pos, 0)
        let n = size < 0 || size > available ? available : size
        if n == 0 { return Str.make("") }
        let result = substring(s, s.pointee.pos, n)
        s.pointee.pos += n
        return result
    }

    /// `readline(limit)`: up to the line ending of the newline mode, or `limit` code points.
    static func readline(_ s: Object, _ limit: Int) -> Value {
        let pos = s.pointee.pos
        if pos >= s.pointee.string_size { return Str.make("") }
        let available = s.pointee.string_size - pos
        let end = limit < 0 || limit > available ? available : limit
        let line = UnsafeBufferPointer(start: s.pointee.buf! + pos, count: end)
        let n = lineLength(line, translated: s.pointee.readtranslate != 0, universal: s.pointee.readuniversal != 0,
                           newline: s.pointee.readnl) ?? end
        s.pointee.pos += n
        return substring(s, pos, n)
    }

    /// The length of the first line of `text` with its ending, or nil when it has none
    /// (`_PyIO_find_line_ending`); `newline` is the ending of a fixed-newline mode.
    static func lineLength(_ text: UnsafeBufferPointer<UInt32>, translated: Bool, universal: Bool, newline: Value) -> Int? {
        if translated || (!universal && (newline.isEmpty || newline == .none)) {
            return text.firstIndex(of: 0x0A).map { $0 + 1 }
        }
        if universal {
            guard let i = text.firstIndex(where: { $0 == 0x0A || $0 == 0x0D }) else { return nil }
            if text[i] == 0x0D && i + 1 < text.count && text[i + 1] == 0x0A { return i + 2 }
            return i + 1
        }
        let ending = Str.codePoints(newline)
        guard text.count >= ending.count else { return nil }
        for i in 0...(text.count - ending.count) where text[i] == ending[0] {
            if ending.indices.allSatisfy({ text[i + $0] == ending[$0] }) { return i + ending.count }
        }
        return nil
    }

    /// `StringIO(initial_value='', newline='\n')`.
    static func initialize(_ v: Value, _ args: Arguments) throws(PyException) {
        let p = try args.parse("StringIO", ["initial_value", "newline"])
        let newline = p[1] ?? Str.make("\n")
        if newline != .none && !ModuleTypes.isStr(newline) {
            throw PyException.typeError("newline must be str or None, not \(TypeObject.name(newline.type))")
        }
        if newline != .none && !["", "\n", "\r", "\r\n"].contains(Str.swiftString(newline)) {
            throw PyException.valueError("illegal newline value: \(try Protocols.reprText(newline))")
        }
        let initial = p[0] ?? .none
        if initial != .none && !ModuleTypes.isStr(initial) {
            throw PyException.typeError("initial_value must be str or None, not \(TypeObject.name(initial.type))")
        }
        let s = object(v)
        s.pointee.ok = 0
        s.pointee.closed = 0
        s.pointee.buf = nil
        s.pointee.allocated = 0
        s.pointee.string_size = 0
        s.pointee.pos = 0
        s.pointee.readnl = newline == .none ? .empty : newline
        s.pointee.readuniversal = newline == .none || Str.length(newline) == 0 ? 1 : 0
        s.pointee.readtranslate = newline == .none ? 1 : 0
        // "\n" needs no translation on write; "\r" and "\r\n" do (and None means "\n" here).
        s.pointee.writenl = newline != .none && Str.length(newline) > 0 && Str.codePoint(newline, at: 0) == 0x0D ? newline : .empty
        s.pointee.decoder = s.pointee.readuniversal != 0 ? NewlineDecoder.make(translate: s.pointee.readtranslate != 0) : .empty
        s.pointee.ok = 1
        if initial != .none && Str.length(initial) > 0 {
            try write(s, initial)
            s.pointee.pos = 0
        }
    }
}
