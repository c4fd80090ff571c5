/// A DeprecationWarning the parser gives: CPython 3.11's `warn_invalid_escape_sequence`.
public struct ParserWarning: Sendable {
    public let message: String
    public let filename: String
    public let lineno: Int
}

/// Issues the warning through the runtime's filters and returns whether they made it
/// an error; the parser then raises a SyntaxError at the string, as CPython replaces
/// the DeprecationWarning exception to point at the token.
public typealias ParserWarningHandler = (ParserWarning) -> Bool

extension Parser {
    /// Warns of the first invalid escape in one decoded piece of the string token `t`,
    /// `escape` being the index of the character after its backslash. Each escape
    /// warns once per parse, however often backtracking or the second pass decode it.
    mutating func warnInvalidEscape(_ escape: Int?, token t: Token) throws {
        guard let escape, let handler = warningHandler, warnedEscapes.insert(escape).inserted else { return }
        let c = src[escape]
        let message: String
        if c >= UInt8(ascii: "4") && c <= UInt8(ascii: "7") {
            let digits = String(decoding: UnsafeBufferPointer(start: src + escape, count: 3), as: UTF8.self)
            message = "invalid octal escape sequence '\\\(digits)'"
        } else {
            message = "invalid escape sequence '\\\(Character(Unicode.Scalar(c)))'"
        }
        if handler(ParserWarning(message: message, filename: filename, lineno: Int(t.line))) {
            throw fail(message, at: t)
        }
    }
}
