import Parser

/// A SyntaxError as CPython raised it, recorded by the Python scripts of these tests
/// (InvalidPrograms/regenerate.py, Support/cpython_ast_dump.py). JSON `null` is
/// CPython's `None`.
struct SyntaxErrorRecord: Decodable {
    /// `SyntaxError`, `IndentationError`, `TabError`, or another exception class when
    /// CPython raised something Krait cannot (then only `msg` accompanies it).
    var errorClass: String
    var msg: String
    var lineno: Int?
    var offset: Int?
    var endLineno: Int?
    var endOffset: Int?
    var text: String?

    enum CodingKeys: String, CodingKey {
        case errorClass = "class"
        case msg, lineno, offset
        case endLineno = "end_lineno"
        case endOffset = "end_offset"
        case text
    }

    /// One line for reports: `SyntaxError: invalid syntax (line 1, offset 3)`.
    var summary: String {
        "\(errorClass): \(msg) (line \(show(lineno)), offset \(show(offset)))"
    }

    /// Every field in which Krait's `error` differs from this record, one line each;
    /// empty when they agree. `filename` is the name both parsers were given.
    ///
    /// `PySyntaxError` has no optionals: it spells `None` as 0 for a line and -1 for
    /// an offset, which is what CPython itself reports for a bad encoding declaration
    /// (lineno 0, offset -1, end_lineno None, end_offset None).
    func differences(from error: PySyntaxError, filename: String) -> [String] {
        var lines: [String] = []
        func check(_ field: String, _ cpython: String, _ krait: String) {
            // Bytes, not `String ==`: that one equates canonically equivalent texts.
            if !cpython.utf8.elementsEqual(krait.utf8) {
                lines.append("\(field): CPython \(cpython), Krait \(krait)")
            }
        }
        check("class", errorClass, error.kind.rawValue)
        check("msg", quoted(msg), quoted(error.message))
        check("filename", quoted(filename), quoted(error.filename))
        check("lineno", show(lineno ?? 0), show(error.lineno))
        check("offset", show(offset ?? -1), show(error.offset))
        check("end_lineno", show(endLineno ?? 0), show(error.endLineno))
        check("end_offset", show(endOffset ?? -1), show(error.endOffset))
        check("text", show(text), show(error.text))
        return lines
    }
}

/// Krait's error in the same one-line form as `SyntaxErrorRecord.summary`.
func summary(of error: PySyntaxError) -> String {
    "\(error.kind.rawValue): \(error.message) (line \(error.lineno), offset \(error.offset))"
}

private func show(_ value: Int?) -> String {
    value.map(String.init) ?? "None"
}

private func show(_ value: String?) -> String {
    value.map(quoted) ?? "None"
}

/// A string in double quotes with its control characters visible. Not Swift's
/// `debugDescription`, which also escapes every `'` of messages like "expected ':'".
private func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        case "\r": result += "\\r"
        case "\t": result += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F:
            result += "\\u{\(String(scalar.value, radix: 16))}"
        default: result.unicodeScalars.append(scalar)
        }
    }
    return result + "\""
}
