extension Tokenizer {
    /// CPython's tokenizer `syntaxerror()`: the error points just before the current
    /// position; offsets count characters of the current line; the text is the line
    /// without its newline.
    mutating func fail(_ message: String) -> Bool {
        failAt(kind: .syntaxError, message, line: line, lineStart: lineStart, from: pos, to: pos)
    }

    /// A tokenizer error whose offsets are the character counts of the line's bytes
    /// before `from` and `to`.
    mutating func failAt(kind: PySyntaxError.Kind, _ message: String, line errLine: Int32,
                         lineStart start: Int, from: Int, to: Int) -> Bool {
        var end = start
        while end < n && p[end] != 0x0A { end += 1 }
        let text = decodeLine(p, from: start, to: end)
        error = PySyntaxError(kind: kind, message: message, filename: filename,
                              lineno: Int(errLine),
                              offset: characterCount(p, from: start, to: min(from, end + 1)),
                              endLineno: Int(errLine),
                              endOffset: characterCount(p, from: start, to: min(to, end + 1)),
                              text: text)
        return false
    }

    /// An error with explicit 1-based character offsets (CPython's `syntaxerror_known_range`).
    mutating func failRange(_ message: String, offset: Int, endOffset: Int) -> Bool {
        var end = lineStart
        while end < n && p[end] != 0x0A { end += 1 }
        error = PySyntaxError(kind: .syntaxError, message: message, filename: filename,
                              lineno: Int(line), offset: offset, endLineno: Int(line),
                              endOffset: endOffset, text: decodeLine(p, from: lineStart, to: end))
        return false
    }
}

/// Number of code points in UTF-8 bytes `[from, to)`; an incomplete sequence counts as one,
/// as CPython's decoding with "replace" does.
func characterCount(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    var count = 0
    var i = from
    while i < to {
        if p[i] & 0xC0 != 0x80 { count += 1 }
        i += 1
    }
    return count
}

func decodeLine(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: p + from, count: max(0, to - from)), as: UTF8.self)
}
