import Parser

/// Prints a syntax error the way CPython 3.11's default excepthook does:
///
///       File "x.py", line 1
///         def f(
///              ^
///     SyntaxError: '(' was never closed
enum SyntaxErrorFormatter {
    static func format(_ e: PySyntaxError) -> String {
        if e.kind == .memoryError { return "MemoryError\n" }
        var out = "  File \"\(e.filename)\", line \(e.lineno)\n"
        if let text = e.text, e.lineno > 0 {
            // CPython strips the line's indentation and shifts the caret to match.
            let line = text.hasSuffix("\n") ? String(text.dropLast()) : text
            let scalars = Array(line.unicodeScalars)
            var lead = 0
            while lead < scalars.count && (scalars[lead] == " " || scalars[lead] == "\t" || scalars[lead] == "\u{0C}") {
                lead += 1
            }
            let shown = String(String.UnicodeScalarView(scalars[lead...]))
            out += "    \(shown)\n"
            if e.offset >= 1 {
                let start = max(0, e.offset - 1 - lead)
                var width = 1
                if e.endLineno == e.lineno && e.endOffset > e.offset {
                    width = e.endOffset - e.offset
                }
                let available = max(0, scalars.count - lead - start)
                width = max(1, min(width, max(available, 1)))
                out += "    " + String(repeating: " ", count: start) + String(repeating: "^", count: width) + "\n"
            }
        }
        out += "\(e.kind.rawValue): \(e.message)\n"
        return out
    }
}
