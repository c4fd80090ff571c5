import ObjectLayout
import ObjectModel

/// TextIOWrapper with an encoding (or error handler) only the codec registry has:
/// the codec's incremental decoder and encoder, and tell()/seek() with CPython's
/// cookies (the position of a point where the decoder held no bytes, its flags there,
/// the bytes to feed it and the characters to skip after them), as `textio.c`.
extension TextIO {
    static let registryCodec: Int32 = -1

    /// Whether the native codecs handle `errors` (as they do for decoding and encoding).
    static func nativeErrors(_ errors: Value) -> Bool {
        ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"].contains(Str.swiftString(errors))
    }

    /// Makes the decoder (readable buffers) and encoder (writable ones).
    static func setUpRegistryCodec(_ t: Object, _ encoding: Value) throws(PyException) {
        let info = try CodecRegistry.lookupText(try CodecRegistry.name(encoding), alternate: "codecs.open()")
        let buffer = t.pointee.buffer
        t.pointee.decoder = .empty
        t.pointee.encoder = .empty
        if t.pointee.can_read != 0 {
            var decoder = try Protocols.callMethod(info, "incrementaldecoder", t.pointee.errors)
            if t.pointee.readuniversal != 0 {
                decoder = try Protocols.call(Value(Krait_newlineDecoder_type), decoder, .bool(t.pointee.readtranslate != 0))
            }
            t.pointee.decoder = decoder
        }
        if try Protocols.isTrue(try Protocols.callMethod(buffer, "writable")) {
            t.pointee.encoder = try Protocols.callMethod(info, "incrementalencoder", t.pointee.errors)
        }
        t.pointee.telling = try Protocols.isTrue(try Protocols.callMethod(buffer, "seekable")) ? 1 : 0
        t.pointee.dec_flags = .empty
        t.pointee.b2cratio = 0
        // Past the start of the stream, an encoder must not write a byte order mark.
        if t.pointee.telling != 0 && !t.pointee.encoder.isEmpty {
            let position = try Protocols.callMethod(buffer, "tell")
            if !(try Protocols.equal(position, Value(smallInt: 0))) {
                _ = try Protocols.callMethod(t.pointee.encoder, "setstate", Value(smallInt: 0))
            }
        }
    }

    static func readingDecoder(_ t: Object) throws(PyException) -> Value {
        guard !t.pointee.decoder.isEmpty else { throw IOBase.unsupported("not readable") }
        return t.pointee.decoder
    }

    static func decode(_ decoder: Value, _ input: Value, final: Bool) throws(PyException) -> Value {
        let decoded = try Protocols.callMethod(decoder, "decode", input, .bool(final))
        guard ModuleTypes.isStr(decoded) else {
            throw PyException.typeError("decoder should return a string result, not '\(TypeObject.name(decoded.type))'")
        }
        return decoded
    }

    /// The decoder's state: (buffered bytes, flags).
    static func decoderState(_ decoder: Value) throws(PyException) -> (buffer: Value, flags: Value) {
        let state = try Protocols.callMethod(decoder, "getstate")
        guard TypeObject.isSubtype(state.type, of: Krait_tuple_type), Tuple.count(state) == 2 else {
            throw PyException.typeError("illegal decoder state")
        }
        let buffer = Tuple.item(state, 0)
        guard BytesLike.isBytes(buffer) else {
            throw PyException.typeError("illegal decoder state: the first item should be a bytes object, not '\(TypeObject.name(buffer.type))'")
        }
        return (buffer, Tuple.item(state, 1))
    }

    /// Reads and decodes the next chunk, first noting the snapshot tell() starts from;
    /// false at the end of the stream with nothing new. A read of `sizeHint` more
    /// characters reads enough bytes for them at the last chunk's ratio, as CPython.
    static func nextRegistryChunk(_ t: Object, sizeHint: Int) throws(PyException) -> Bool {
        let decoder = try readingDecoder(t)
        var snapshot: (buffer: Value, flags: Value)?
        if t.pointee.telling != 0 { snapshot = try decoderState(decoder) }
        let buffer = t.pointee.buffer
        let read1 = try Protocols.lookupAttribute(buffer, Str.make("read1"))
        var reader = read1 ?? .none
        if read1 == nil { reader = try Protocols.getAttribute(buffer, "read") }
        let hint = sizeHint > 0 ? Int(Swift.max(t.pointee.b2cratio, 1) * Double(sizeHint)) : 0
        let chunk = try Protocols.call(reader, IntObject.make(Swift.max(t.pointee.chunk_size, hint)))
        guard BytesLike.isBytes(chunk) || ByteArray.isByteArray(chunk) else {
            throw PyException.typeError("underlying \(read1 == nil ? "read" : "read1")() should have returned a bytes-like object, not '\(TypeObject.name(chunk.type))'")
        }
        let byteCount = ByteView(chunk).count
        let decoded = try decode(decoder, chunk, final: byteCount == 0)
        let charCount = Str.length(decoded)
        t.pointee.b2cratio = charCount > 0 ? Double(byteCount) / Double(charCount) : 0
        t.pointee.decoded = decoded
        t.pointee.decoded_pos = 0
        if let snapshot {
            var input = Array(ByteView(snapshot.buffer).raw)
            input += ByteView(chunk).raw
            t.pointee.pending = Bytes.make(input)
            t.pointee.dec_flags = snapshot.flags
        }
        return byteCount > 0 || charCount > 0
    }

    /// read(-1): what is decoded, then all the rest.
    static func readAllRegistry(_ t: Object, into out: inout [UInt32]) throws(PyException) {
        let decoder = try readingDecoder(t)
        take(t, Int.max, into: &out)
        let rest = try Protocols.callMethod(t.pointee.buffer, "read")
        let decoded = try decode(decoder, rest == .none ? Bytes.make([]) : rest, final: true)
        out += CodecText.codePoints(decoded)
        t.pointee.decoded = .empty
        t.pointee.decoded_pos = 0
        t.pointee.dec_flags = .empty
    }

    static func encodeRegistry(_ t: Object, _ text: Value) throws(PyException) -> Value {
        guard !t.pointee.encoder.isEmpty else { throw IOBase.unsupported("not writable") }
        let encoded = try Protocols.callMethod(t.pointee.encoder, "encode", text)
        guard BytesLike.isBytes(encoded) else {
            throw PyException.typeError("encoder should return a bytes object, not '\(TypeObject.name(encoded.type))'")
        }
        return encoded
    }

    /// After a write, what was read ahead is dropped and the decoder starts afresh.
    static func resetRegistryReading(_ t: Object) throws(PyException) {
        t.pointee.decoded = .empty
        t.pointee.decoded_pos = 0
        t.pointee.dec_flags = .empty
        t.pointee.pending = .empty
        if !t.pointee.decoder.isEmpty { _ = try Protocols.callMethod(t.pointee.decoder, "reset") }
    }

    struct Cookie {
        var start: Int = 0
        var flags: Int32 = 0
        var bytesToFeed: Int32 = 0
        var charsToSkip: Int32 = 0
        var needEOF = false

        /// The int CPython packs these fields into (little-endian, 21 bytes).
        var value: Value {
            let low = UInt64(UInt32(bitPattern: flags)) | UInt64(UInt32(bitPattern: bytesToFeed)) << 32
            let high = UInt64(UInt32(bitPattern: charsToSkip)) | (needEOF ? 1 << 32 : 0)
            return IntObject.make(limbs: [UInt64(bitPattern: Int64(start)), low, high], negative: false)
        }

        init(start: Int, flags: Int32) {
            self.start = start
            self.flags = flags
        }

        init(_ v: Value) throws(PyException) {
            let (limbs, _) = IntObject.limbsAndSign(try Protocols.indexValue(v))
            if limbs.count > 3 || (limbs.count == 3 && limbs[2] >> 40 != 0) {
                throw PyException.overflowError("int too big to convert")
            }
            let word = { (i: Int) -> UInt64 in i < limbs.count ? limbs[i] : 0 }
            start = Int(Int64(bitPattern: word(0)))
            flags = Int32(bitPattern: UInt32(truncatingIfNeeded: word(1)))
            bytesToFeed = Int32(bitPattern: UInt32(truncatingIfNeeded: word(1) >> 32))
            charsToSkip = Int32(bitPattern: UInt32(truncatingIfNeeded: word(2)))
            needEOF = (word(2) >> 32) & 0xFF != 0
        }
    }

    static func flags(_ v: Value) throws(PyException) -> Int32 {
        guard let i = IntObject.machineValue(try Protocols.indexValue(v)), let small = Int32(exactly: i) else {
            throw PyException.overflowError("Python int too large to convert to C int")
        }
        return small
    }

    /// Puts the decoder in the state at a cookie's start point (reset at the start of
    /// the stream, where utf-16's state is "expecting a byte order mark").
    static func setDecoderState(_ decoder: Value, _ cookie: Cookie) throws(PyException) {
        if cookie.start == 0 && cookie.flags == 0 {
            _ = try Protocols.callMethod(decoder, "reset")
        } else {
            _ = try Protocols.callMethod(decoder, "setstate", Tuple.make(Bytes.make([]), IntObject.make(Int(cookie.flags))))
        }
    }

    static func decodedLength(_ decoder: Value, _ input: ArraySlice<UInt8>) throws(PyException) -> Int {
        let bytes = input.withUnsafeBytes { Bytes.make($0) }
        let decoded = try Protocols.callMethod(decoder, "decode", bytes)
        guard ModuleTypes.isStr(decoded) else {
            throw PyException.typeError("decoder should return a string result, not '\(TypeObject.name(decoded.type))'")
        }
        return Str.length(decoded)
    }

    /// tell() from the snapshot: replays the decoder over the snapshot's input to find
    /// the last point before the current character where it held no bytes.
    static func tellRegistry(_ t: Object, position: Value) throws(PyException) -> Value {
        guard !t.pointee.decoder.isEmpty, !t.pointee.dec_flags.isEmpty else { return position }
        let decoder = t.pointee.decoder
        let input = Array(ByteView(t.pointee.pending).raw)
        var cookie = Cookie(start: try ModuleTypes.size(position) - input.count, flags: try flags(t.pointee.dec_flags))
        var charsToSkip = t.pointee.decoded_pos
        if charsToSkip == 0 { return cookie.value }
        let saved = try Protocols.callMethod(decoder, "getstate")
        // Decoding only up to here, so the decoder is put back however this ends.
        let result = Result { () throws(PyException) -> Value in
            var skipBytes = Int(t.pointee.b2cratio * Double(charsToSkip))
            var skipBack = 1
            while skipBytes > 0 {
                try setDecoderState(decoder, cookie)
                let n = try decodedLength(decoder, input[0..<Swift.min(skipBytes, input.count)])
                if n <= charsToSkip {
                    let state = try decoderState(decoder)
                    if Bytes.count(state.buffer) == 0 {
                        cookie.flags = try flags(state.flags)
                        charsToSkip -= n
                        break
                    }
                    skipBytes -= Bytes.count(state.buffer)
                    skipBack = 1
                } else {
                    skipBytes -= skipBack
                    skipBack *= 2
                }
            }
            if skipBytes <= 0 {
                skipBytes = 0
                try setDecoderState(decoder, cookie)
            }
            cookie.start += skipBytes
            if charsToSkip == 0 {
                cookie.charsToSkip = 0
                return cookie.value
            }
            // One byte at a time to the target, noting each point where the decoder
            // holds nothing back.
            var decodedCount = 0
            var i = skipBytes
            while i < input.count {
                decodedCount += try decodedLength(decoder, input[i..<(i + 1)])
                cookie.bytesToFeed += 1
                let state = try decoderState(decoder)
                if Bytes.count(state.buffer) == 0 && decodedCount <= charsToSkip {
                    cookie.start += Int(cookie.bytesToFeed)
                    charsToSkip -= decodedCount
                    cookie.flags = try flags(state.flags)
                    cookie.bytesToFeed = 0
                    decodedCount = 0
                }
                if decodedCount >= charsToSkip { break }
                i += 1
            }
            if i == input.count {
                decodedCount += Str.length(try decode(decoder, Bytes.make([]), final: true))
                cookie.needEOF = true
                if decodedCount < charsToSkip { throw PyException(Krait_exc_OSError, "can't reconstruct logical file position") }
            }
            cookie.charsToSkip = Int32(charsToSkip)
            return cookie.value
        }
        _ = try Protocols.callMethod(decoder, "setstate", saved)
        return try result.get()
    }

    /// seek(cookie) to a cookie tell() made (or a plain position).
    static func seekRegistry(_ t: Object, _ cookieValue: Value) throws(PyException) {
        let cookie = try Cookie(cookieValue)
        _ = try Protocols.callMethod(t.pointee.buffer, "seek", IntObject.make(cookie.start))
        t.pointee.decoded = .empty
        t.pointee.decoded_pos = 0
        t.pointee.dec_flags = .empty
        t.pointee.pending = .empty
        if !t.pointee.decoder.isEmpty { try setDecoderState(t.pointee.decoder, cookie) }
        let flags = IntObject.make(Int(cookie.flags))
        if cookie.charsToSkip != 0 {
            let input = try Protocols.callMethod(t.pointee.buffer, "read", IntObject.make(Int(cookie.bytesToFeed)))
            guard BytesLike.isBytes(input) else {
                throw PyException.typeError("underlying read() should have returned a bytes object, not '\(TypeObject.name(input.type))'")
            }
            t.pointee.dec_flags = flags
            t.pointee.pending = input
            let decoded = try decode(try readingDecoder(t), input, final: cookie.needEOF)
            t.pointee.decoded = decoded
            if Str.length(decoded) < Int(cookie.charsToSkip) { throw PyException(Krait_exc_OSError, "can't restore logical file position") }
            t.pointee.decoded_pos = Int(cookie.charsToSkip)
        } else {
            t.pointee.dec_flags = flags
            t.pointee.pending = Bytes.make([])
        }
        try resetEncoder(t, startOfStream: cookie.start == 0 && cookie.flags == 0)
    }

    /// The encoder writes a byte order mark again only at the start of the stream.
    static func resetEncoder(_ t: Object, startOfStream: Bool) throws(PyException) {
        guard !t.pointee.encoder.isEmpty else { return }
        if startOfStream {
            _ = try Protocols.callMethod(t.pointee.encoder, "reset")
        } else {
            _ = try Protocols.callMethod(t.pointee.encoder, "setstate", Value(smallInt: 0))
        }
    }

    /// seek(0, 2) with a registry codec.
    static func seekEndRegistry(_ t: Object) throws(PyException) -> Value {
        t.pointee.decoded = .empty
        t.pointee.decoded_pos = 0
        t.pointee.dec_flags = .empty
        t.pointee.pending = .empty
        if !t.pointee.decoder.isEmpty { _ = try Protocols.callMethod(t.pointee.decoder, "reset") }
        let result = try Protocols.callMethod(t.pointee.buffer, "seek", Value(smallInt: 0), Value(smallInt: 2))
        try resetEncoder(t, startOfStream: try Protocols.equal(result, Value(smallInt: 0)))
        return result
    }
}
