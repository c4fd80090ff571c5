import ObjectLayout
import ObjectModel

/// The builtin error handlers as Python calls them (`codecs.lookup_error('replace')(exc)`):
/// each reads the exception's fields and returns (replacement, position), as CPython's
/// `PyCodec_*Errors` functions. The codecs themselves run the same rules without an
/// exception object (`Decoding`, `Encoding`).
enum BuiltinErrorHandlers {
    static func strict(_ e: Value) throws(PyException) -> Value {
        guard TypeObject.isSubtype(e.type, of: Krait_exc_BaseException) else {
            throw PyException.typeError("codec must pass exception instance")
        }
        throw PyException(e)
    }

    static func ignore(_ e: Value) throws(PyException) -> Value {
        guard let kind = UnicodeErrorFields.kind(e) else { throw UnicodeErrorFields.wrongType(e) }
        let span = try UnicodeErrorFields.span(e, kind)
        return result(Str.make(""), span.end)
    }

    static func replace(_ e: Value) throws(PyException) -> Value {
        guard let kind = UnicodeErrorFields.kind(e) else { throw UnicodeErrorFields.wrongType(e) }
        let span = try UnicodeErrorFields.span(e, kind)
        let count = Swift.max(0, span.end - span.start)
        switch kind {
        case .encode: return result(Str.make(codePoints: repeatElement(UInt32(0x3F), count: count)), span.end)
        case .decode: return result(Str.make(codePoints: [0xFFFD]), span.end)
        case .translate: return result(Str.make(codePoints: repeatElement(UInt32(0xFFFD), count: count)), span.end)
        }
    }

    static func xmlCharRefReplace(_ e: Value) throws(PyException) -> Value {
        guard UnicodeErrorFields.kind(e) == .encode else { throw UnicodeErrorFields.wrongType(e) }
        let span = try UnicodeErrorFields.span(e, .encode)
        let text = TextReader(span.object)
        var out: [UInt32] = []
        var i = Swift.max(span.start, 0)
        while i < span.end {
            CodecText.append("&#\(text[i]);", to: &out)
            i += 1
        }
        return result(Str.make(codePoints: out), span.end)
    }

    static func backslashReplace(_ e: Value) throws(PyException) -> Value {
        guard let kind = UnicodeErrorFields.kind(e) else { throw UnicodeErrorFields.wrongType(e) }
        let span = try UnicodeErrorFields.span(e, kind)
        var out: [UInt32] = []
        var i = Swift.max(span.start, 0)
        if kind == .decode {
            let bytes = Bytes.data(span.object).assumingMemoryBound(to: UInt8.self)
            while i < span.end {
                CodecText.appendEscape(UInt32(bytes[i]), to: &out)
                i += 1
            }
        } else {
            let text = TextReader(span.object)
            while i < span.end {
                CodecText.appendEscape(text[i], to: &out)
                i += 1
            }
        }
        return result(Str.make(codePoints: out), span.end)
    }

    static func nameReplace(_ e: Value) throws(PyException) -> Value {
        guard UnicodeErrorFields.kind(e) == .encode else { throw UnicodeErrorFields.wrongType(e) }
        let span = try UnicodeErrorFields.span(e, .encode)
        let text = TextReader(span.object)
        var out: [UInt32] = []
        var i = Swift.max(span.start, 0)
        while i < span.end {
            appendName(text[i], to: &out)
            i += 1
        }
        return result(Str.make(codePoints: out), span.end)
    }

    /// `\N{NAME}`, or the backslash escape of a character without a name.
    static func appendName(_ c: UInt32, to out: inout [UInt32]) {
        if let name = CharacterNames.name(c) {
            CodecText.append("\\N{\(name)}", to: &out)
        } else {
            CodecText.appendEscape(c, to: &out)
        }
    }

    static func surrogateEscape(_ e: Value) throws(PyException) -> Value {
        switch UnicodeErrorFields.kind(e) {
        case .encode:
            let span = try UnicodeErrorFields.span(e, .encode)
            let text = TextReader(span.object)
            var out: [UInt8] = []
            var i = Swift.max(span.start, 0)
            while i < span.end {
                let c = text[i]
                guard c >= 0xDC80 && c <= 0xDCFF else { throw PyException(e) }
                out.append(UInt8(c - 0xDC00))
                i += 1
            }
            return result(Bytes.make(out), span.end)
        case .decode:
            let span = try UnicodeErrorFields.span(e, .decode)
            let bytes = Bytes.data(span.object).assumingMemoryBound(to: UInt8.self)
            var out: [UInt32] = []
            // At most four bytes, and never an ASCII one.
            while span.start >= 0 && out.count < 4 && out.count < span.end - span.start && bytes[span.start + out.count] >= 0x80 {
                out.append(0xDC00 + UInt32(bytes[span.start + out.count]))
            }
            if out.isEmpty { throw PyException(e) }
            return result(Str.make(codePoints: out), span.start + out.count)
        default:
            throw UnicodeErrorFields.wrongType(e)
        }
    }

    static func surrogatePass(_ e: Value) throws(PyException) -> Value {
        switch UnicodeErrorFields.kind(e) {
        case .encode:
            let span = try UnicodeErrorFields.span(e, .encode)
            guard let form = StandardEncoding(try UnicodeErrorFields.encoding(e)) else { throw PyException(e) }
            let text = TextReader(span.object)
            var out: [UInt8] = []
            var i = Swift.max(span.start, 0)
            while i < span.end {
                let c = text[i]
                guard CodecText.isSurrogate(c) else { throw PyException(e) }
                form.encode(c, to: &out)
                i += 1
            }
            return result(Bytes.make(out), span.end)
        case .decode:
            let span = try UnicodeErrorFields.span(e, .decode)
            guard let form = StandardEncoding(try UnicodeErrorFields.encoding(e)) else { throw PyException(e) }
            let bytes = Bytes.data(span.object).assumingMemoryBound(to: UInt8.self)
            guard span.start >= 0,
                  let c = form.decodeSurrogate(bytes + span.start, available: Bytes.count(span.object) - span.start) else {
                throw PyException(e)
            }
            return result(Str.make(codePoints: [c]), span.start + form.unit)
        default:
            throw UnicodeErrorFields.wrongType(e)
        }
    }

    static func result(_ replacement: Value, _ position: Int) -> Value {
        let p = IntObject.make(position)
        return Tuple.make(replacement, p)
    }
}
