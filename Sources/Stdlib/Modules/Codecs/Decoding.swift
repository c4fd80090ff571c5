import ObjectLayout
import ObjectModel

/// One decoding call: its input, its output and its error handling, as CPython's
/// `unicode_decode_call_errorhandler_writer`. A registered handler gets one exception
/// object, updated for each error, and may replace its input (the exception's
/// `object`), so decoders read the input through `bytes` and `count` afresh after
/// every error.
struct Decoding {
    /// The input as a bytes object (what the exception's `object` holds).
    private(set) var input: Value
    private(set) var bytes: UnsafePointer<UInt8>
    private(set) var count: Int
    var out: [UInt32] = []
    let encoding: String
    let errors: ErrorMode
    private var exception: Value = .empty
    private var handler: Value = .empty

    init(_ input: Value, encoding: String, errors: ErrorMode) {
        self.input = input
        bytes = UnsafePointer(Bytes.data(input).assumingMemoryBound(to: UInt8.self))
        count = Bytes.count(input)
        self.encoding = encoding
        self.errors = errors
        out.reserveCapacity(count)
    }

    @inline(__always)
    subscript(i: Int) -> UInt8 { bytes[i] }

    @inline(__always)
    func unit16(_ i: Int, big: Bool) -> UInt32 {
        big ? UInt32(bytes[i]) << 8 | UInt32(bytes[i + 1]) : UInt32(bytes[i + 1]) << 8 | UInt32(bytes[i])
    }

    @inline(__always)
    func unit32(_ i: Int, big: Bool) -> UInt32 {
        big ? unit16(i, big: true) << 16 | unit16(i + 2, big: true) : unit16(i + 2, big: false) << 16 | unit16(i, big: false)
    }

    var text: Value { Str.make(codePoints: out) }

    /// The exception for input[start..<end]: made for the first error, updated after.
    mutating func exceptionObject(_ start: Int, _ end: Int, _ reason: String) -> Value {
        if exception.isEmpty {
            exception = UnicodeErrors.decodeError(encoding: encoding, object: input, start: start, end: end, reason: reason).value
        } else {
            UnicodeErrorFields.update(exception, start: start, end: end, reason: reason)
        }
        return exception
    }

    /// Handles the undecodable input[start..<end]: appends the replacement and
    /// returns the position decoding resumes at.
    mutating func fail(_ start: Int, _ end: Int, _ reason: String) throws(PyException) -> Int {
        switch errors {
        case .strict:
            throw PyException(exceptionObject(start, end, reason))
        case .ignore:
            return end
        case .replace:
            out.append(0xFFFD)
            return end
        case .backslashreplace:
            for i in start..<end { CodecText.appendEscape(UInt32(bytes[i]), to: &out) }
            return end
        case .surrogateescape:
            // At most four bytes, and never an ASCII one.
            var i = start
            while i < end && i - start < 4 && bytes[i] >= 0x80 {
                out.append(0xDC00 + UInt32(bytes[i]))
                i += 1
            }
            if i == start { throw PyException(exceptionObject(start, end, reason)) }
            return i
        case .surrogatepass:
            guard let form = StandardEncoding(encoding), let c = form.decodeSurrogate(bytes + start, available: count - start) else {
                throw PyException(exceptionObject(start, end, reason))
            }
            out.append(c)
            return start + form.unit
        case .xmlcharrefreplace, .namereplace:
            throw PyException.typeError("don't know how to handle UnicodeDecodeError in error callback")
        case .registered(let name):
            return try callHandler(name, start, end, reason)
        }
    }

    private mutating func callHandler(_ name: String, _ start: Int, _ end: Int, _ reason: String) throws(PyException) -> Int {
        if handler.isEmpty { handler = try ErrorHandlerRegistry.lookup(Str.make(name)) }
        let e = exceptionObject(start, end, reason)
        let result = try Protocols.call(handler, e)
        let message = "decoding error handler must return (str, int) tuple"
        guard TypeObject.isSubtype(result.type, of: Krait_tuple_type), Tuple.count(result) == 2,
              ModuleTypes.isStr(Tuple.item(result, 0)) else {
            throw PyException.typeError(message)
        }
        let replacement = Tuple.item(result, 0)
        var position = try HandlerResults.position(Tuple.item(result, 1))
        // The handler may have given the exception another object to decode.
        let object = try UnicodeErrorFields.object(e, bytes: true)
        input = object
        bytes = UnsafePointer(Bytes.data(object).assumingMemoryBound(to: UInt8.self))
        count = Bytes.count(object)
        if position < 0 { position += count }
        guard position >= 0 && position <= count else {
            throw PyException.indexError("position \(position) from error handler out of bounds")
        }
        let text = TextReader(replacement)
        for i in 0..<text.count { out.append(text[i]) }
        return position
    }
}

/// The bytes-like arguments of the decoders, as a bytes object.
enum DecodeInput {
    /// `data` as bytes: an exact bytes as it is, other buffers copied.
    static func bytes(_ data: Value) throws(PyException) -> Value {
        if data.isExactly(Krait_bytes_type) { return data }
        return Bytes.make(try BytesLike.argument(data).raw)
    }
}
