/// Prints a syntax error the way CPython 3.11's default excepthook does:
///
///       File "x.py", line 1
///         def f(
///              ^
///     SyntaxError: '(' was never closed
public enum SyntaxErrorFormatter {
    /// `typeName` names a subclass when the exception is one.
    public static func format(_ e: PySyntaxError, typeName: String? = nil) -> String {
        if e.kind == .memoryError { return "MemoryError\n" }
        var out = e.hasLocation ? "  File \"\(e.filename)\", line \(e.lineno)\n" : ""
        if let text = e.text, e.lineno > 0 {
            // As traceback.py: strip the newline, then leading blanks; the caret columns
            // are 1-based offsets into the unstripped line.
            var right = Array(text.unicodeScalars)
            while right.last == "\n" { right.removeLast() }
            var lead = 0
            while lead < right.count && (right[lead] == " " || right[lead] == "\n" || right[lead] == "\u{0C}") {
                lead += 1
            }
            let left = right[lead...]
            out += "    " + String(String.UnicodeScalarView(left)) + "\n"
            var endOffset = e.endOffset == 0 ? e.offset : e.endOffset
            if e.offset == endOffset || endOffset == -1 { endOffset = e.offset + 1 }
            let column = e.offset - 1 - lead
            let endColumn = endOffset - 1 - lead
            if column >= 0 {
                var caretSpace = ""
                for (i, c) in left.enumerated() where i < column {
                    caretSpace.unicodeScalars.append(c.properties.isWhitespace ? c : " ")
                }
                out += "    " + caretSpace + String(repeating: "^", count: max(0, endColumn - column)) + "\n"
            }
        }
        out += "\(typeName ?? e.kind.rawValue): \(e.message)\n"
        return out
    }
}
