import ObjectLayout
import ObjectModel

/// One encoding call: its input, its output and its error handling, as CPython's
/// `unicode_encode_call_errorhandler`. The encoder finds the unencodable range and
/// asks `replacement` what stands for it; the answer is bytes, copied as they are,
/// or text, which the encoder must encode itself (and fails on what it cannot).
struct Encoding {
    let input: Value
    let text: TextReader
    var out: [UInt8] = []
    let encoding: String
    let errors: ErrorMode
    /// Whether surrogateescape fails only from the first character it cannot escape
    /// (CPython's UTF-8, ASCII and Latin-1 encoders) rather than for the whole range.
    let escapesPrefix: Bool
    private var exception: Value = .empty
    private var handler: Value = .empty

    enum Replacement {
        case bytes([UInt8])
        case text([UInt32])
    }

    init(_ input: Value, encoding: String, errors: ErrorMode, escapesPrefix: Bool = false) {
        self.input = input
        text = TextReader(input)
        self.encoding = encoding
        self.errors = errors
        self.escapesPrefix = escapesPrefix
        out.reserveCapacity(text.count)
    }

    var bytes: Value { Bytes.make(out) }

    /// The exception for input[start..<end]: made for the first error, updated after.
    mutating func error(_ start: Int, _ end: Int, _ reason: String) -> PyException {
        if exception.isEmpty {
            exception = UnicodeErrors.encodeError(encoding: encoding, object: input, start: start, end: end, reason: reason).value
        } else {
            UnicodeErrorFields.update(exception, start: start, end: end, reason: reason)
        }
        return PyException(exception)
    }

    /// What replaces the unencodable input[start..<end], and where encoding resumes.
    mutating func replacement(_ start: Int, _ end: Int, _ reason: String) throws(PyException) -> (Replacement, Int) {
        var out: [UInt32] = []
        switch errors {
        case .strict:
            throw error(start, end, reason)
        case .ignore:
            break
        case .replace:
            out = Array(repeating: 0x3F, count: end - start)
        case .backslashreplace:
            for i in start..<end { CodecText.appendEscape(text[i], to: &out) }
        case .xmlcharrefreplace:
            for i in start..<end { CodecText.append("&#\(text[i]);", to: &out) }
        case .namereplace:
            for i in start..<end { BuiltinErrorHandlers.appendName(text[i], to: &out) }
        case .surrogateescape:
            var escaped: [UInt8] = []
            for i in start..<end {
                let c = text[i]
                guard c >= 0xDC80 && c <= 0xDCFF else { throw error(escapesPrefix ? i : start, end, reason) }
                escaped.append(UInt8(c - 0xDC00))
            }
            return (.bytes(escaped), end)
        case .surrogatepass:
            guard let form = StandardEncoding(encoding) else { throw error(start, end, reason) }
            var encoded: [UInt8] = []
            for i in start..<end {
                guard CodecText.isSurrogate(text[i]) else { throw error(start, end, reason) }
                form.encode(text[i], to: &encoded)
            }
            return (.bytes(encoded), end)
        case .registered(let name):
            return try callHandler(name, start, end, reason)
        }
        return (.text(out), end)
    }

    private mutating func callHandler(_ name: String, _ start: Int, _ end: Int, _ reason: String) throws(PyException) -> (Replacement, Int) {
        if handler.isEmpty { handler = try ErrorHandlerRegistry.lookup(Str.make(name)) }
        _ = error(start, end, reason)
        let result = try Protocols.call(handler, exception)
        let message = "encoding error handler must return (str/bytes, int) tuple"
        guard TypeObject.isSubtype(result.type, of: Krait_tuple_type), Tuple.count(result) == 2 else {
            throw PyException.typeError(message)
        }
        let replacement = Tuple.item(result, 0)
        var position = try HandlerResults.position(Tuple.item(result, 1))
        guard ModuleTypes.isStr(replacement) || BytesLike.isBytes(replacement) else { throw PyException.typeError(message) }
        if position < 0 { position += text.count }
        guard position >= 0 && position <= text.count else {
            throw PyException.indexError("position \(position) from error handler out of bounds")
        }
        if BytesLike.isBytes(replacement) { return (.bytes(Array(ByteView(replacement).raw)), position) }
        return (.text(CodecText.codePoints(replacement)), position)
    }
}

/// The position an error handler returns, converted as PyArg_ParseTuple's "n".
enum HandlerResults {
    static func position(_ v: Value) throws(PyException) -> Int {
        guard let i = IntObject.machineValue(try Protocols.indexValue(v)) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return i
    }
}
