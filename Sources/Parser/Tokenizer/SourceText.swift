#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns source bytes into what the tokenizer reads: UTF-8 (after a BOM or a PEP 263
/// declaration), universal newlines translated to `\n`, a final `\n`, and a 0 sentinel.
enum SourceText {
    /// The prepared text, and whether the encoding was declared (cookie or BOM).
    static func prepare(_ raw: [UInt8], filename: String) throws -> ([UInt8], Bool) {
        var start = 0
        var hasBOM = false
        if raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
            start = 3
            hasBOM = true
        }
        var decoded: [UInt8]
        var declared = hasBOM
        if let encoding = declaredEncoding(raw, from: start) {
            let normal = normalEncodingName(encoding)
            declared = true
            if hasBOM && normal != "utf-8" {
                throw lineZeroError("encoding problem: \(normal) with BOM", filename)
            }
            if normal == "utf-8" {
                decoded = Array(raw[start...])
            } else {
                // CPython translates newlines before decoding; error positions count that text.
                var text = translateNewlines(Array(raw[start...]))
                text.removeLast()
                decoded = try SourceDecoder.decode(text, encoding: normal, declared: encoding,
                                                   filename: filename)
                decoded.append(0)
                return (decoded, declared)
            }
        } else {
            decoded = Array(raw[start...])
        }
        return (translateNewlines(decoded), declared)
    }

    static func lineZeroError(_ message: String, _ filename: String) -> PySyntaxError {
        PySyntaxError(message: message, filename: filename, lineno: 0, offset: -1,
                      endLineno: 0, endOffset: -1, text: nil)
    }

    /// `\r\n` and `\r` become `\n`; a missing final newline is added; then the sentinel.
    static func translateNewlines(_ s: [UInt8]) -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(s.count + 2)
        if !s.contains(0x0D) {
            out.append(contentsOf: s)
        } else {
            var i = 0
            while i < s.count {
                let c = s[i]
                if c == 0x0D {
                    out.append(0x0A)
                    if i + 1 < s.count && s[i + 1] == 0x0A { i += 1 }
                } else {
                    out.append(c)
                }
                i += 1
            }
        }
        if out.last != 0x0A { out.append(0x0A) }
        out.append(0)
        return out
    }

    /// The encoding named by a PEP 263 comment on line 1, or on line 2 when line 1 is
    /// blank or a comment.
    static func declaredEncoding(_ s: [UInt8], from start: Int) -> String? {
        var lineStart = start
        for lineIndex in 0..<2 {
            var end = lineStart
            while end < s.count && s[end] != 0x0A && s[end] != 0x0D { end += 1 }
            let line = s[lineStart..<end]
            if let name = codingSpec(line) { return name }
            // Only a blank or comment-only first line lets line 2 declare the encoding.
            if lineIndex == 0 {
                let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C }
                if let first = trimmed.first, first != UInt8(ascii: "#") { return nil }
            }
            if end >= s.count { return nil }
            lineStart = end + 1
            if s[end] == 0x0D && lineStart < s.count && s[lineStart] == 0x0A { lineStart += 1 }
        }
        return nil
    }

    /// Matches `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`.
    static func codingSpec(_ line: ArraySlice<UInt8>) -> String? {
        var i = line.startIndex
        while i < line.endIndex && (line[i] == 0x20 || line[i] == 0x09 || line[i] == 0x0C) { i += 1 }
        guard i < line.endIndex && line[i] == UInt8(ascii: "#") else { return nil }
        let marker = Array("coding".utf8)
        while i + marker.count < line.endIndex {
            if Array(line[i..<(i + marker.count)]) == marker {
                let sep = line[i + marker.count]
                if sep == UInt8(ascii: ":") || sep == UInt8(ascii: "=") {
                    var j = i + marker.count + 1
                    while j < line.endIndex && (line[j] == 0x20 || line[j] == 0x09) { j += 1 }
                    let nameStart = j
                    while j < line.endIndex {
                        let c = line[j]
                        let isWord = c == UInt8(ascii: "-") || c == UInt8(ascii: "_") || c == UInt8(ascii: ".")
                            || (c | 0x20) &- UInt8(ascii: "a") < 26 || c &- 0x30 < 10 || c >= 0x80
                        if !isWord { break }
                        j += 1
                    }
                    if j > nameStart {
                        return String(decoding: line[nameStart..<j], as: UTF8.self)
                    }
                }
            }
            i += 1
        }
        return nil
    }

    /// CPython's `get_normal_name`: the spellings of UTF-8 and Latin-1 it recognises.
    static func normalEncodingName(_ name: String) -> String {
        let lower = String(name.prefix(12)).lowercased().replacingUnderscores()
        if lower == "utf-8" || lower.hasPrefix("utf-8-") { return "utf-8" }
        for latin in ["latin-1", "iso-8859-1", "iso-latin-1"]
        where lower == latin || lower.hasPrefix(latin + "-") {
            return "iso-8859-1"
        }
        return name
    }

}

private extension String {
    func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}
