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

/// Number of characters CPython gets from decoding bytes `[from, to)` as UTF-8 with
/// errors="replace": each invalid part counts as one.
func characterCount(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> Int {
    var count = 0
    var i = from
    while i < to {
        if p[i] < 0x80 {
            i += 1
        } else if let (_, length) = decodeScalar(p, at: i, limit: to) {
            i += length
        } else {
            i = max(i + 1, utf8InvalidSequence(p, at: i, limit: to).1)
        }
        count += 1
    }
    return count
}

func decodeLine(_ p: UnsafePointer<UInt8>, from: Int, to: Int) -> String {
    String(decoding: UnsafeBufferPointer(start: p + from, count: max(0, to - from)), as: UTF8.self)
}

/// CPython's `_PyPegen_byte_offset_to_character_offset`: a 1-based byte offset into a
/// source line, converted to characters of that line as CPython sees it — decoded with
/// errors="replace" and encoded again, so an invalid byte weighs the three bytes of
/// U+FFFD.
func characterOffset(in line: String, byteOffset: Int) -> Int {
    let bytes = Array(line.utf8)
    let n = min(byteOffset, bytes.count + 1)
    let counted = bytes.withUnsafeBufferPointer { buffer in
        characterCount(buffer.baseAddress!, from: 0, to: min(n, bytes.count))
    }
    return counted + max(0, n - bytes.count)
}
