import ObjectLayout
import ObjectModel

/// `_io.TextIOWrapper`'s reading and writing: text decoded a chunk at a time with the
/// native codecs (UTF-8, ASCII, Latin-1), newlines translated as the newline mode
/// asks, and each character's end offset kept so `tell()` is exact.
enum TextIO {
    typealias Object = UnsafeMutablePointer<KraitTextIOObject>

    @inline(__always)
    static func object(_ v: Value) -> Object { v.layout(KraitTextIOObject.self) }

    static func ready(_ v: Value) throws(PyException) -> Object {
        let t = object(v)
        if t.pointee.ok == 0 {
            if t.pointee.detached != 0 { throw PyException.valueError("underlying buffer has been detached") }
            throw PyException.valueError("I/O operation on uninitialized object")
        }
        return t
    }

    static func open(_ v: Value) throws(PyException) -> Object {
        let t = try ready(v)
        if try IOBase.isClosed(t.pointee.buffer) { throw IOBase.closedFile() }
        return t
    }

    static func codec(_ t: Object) -> TextCodecs.Codec { TextCodecs.Codec(index: t.pointee.codec) }

    static func remaining(_ t: Object) -> Int {
        t.pointee.decoded.isEmpty ? 0 : Str.length(t.pointee.decoded) - t.pointee.decoded_pos
    }

    /// Forgets decoded text and undecoded bytes (after a seek or before a write).
    static func reset(_ t: Object, at position: Int) {
        t.pointee.decoded = .empty
        t.pointee.ends = .empty
        t.pointee.pending = .empty
        t.pointee.decoded_pos = 0
        t.pointee.snapshot_pos = position
    }

    static func endOffset(_ t: Object, _ i: Int) -> Int {
        Bytes.data(t.pointee.ends).assumingMemoryBound(to: Int.self)[i]
    }

    /// The stream position where the next undecoded byte (of `pending`) lies.
    static func pendingStart(_ t: Object) -> Int {
        t.pointee.ends.isEmpty ? t.pointee.snapshot_pos : t.pointee.snapshot_pos + endOffset(t, Bytes.count(t.pointee.ends) / 8 - 1)
    }

    /// Decodes `input` (from stream position `start`) as the new chunk; `final` at
    /// the end of the stream. A final "\r" is kept undecoded in universal mode, as it
    /// may begin "\r\n".
    static func load(_ t: Object, _ input: [UInt8], start: Int, final: Bool) throws(PyException) {
        let errors = Str.swiftString(t.pointee.errors), codec = codec(t)
        let decoded = input.withUnsafeBytes { b in
            Result { () throws(PyException) in try TextCodecs.decode(b, codec, errors: errors, final: final) }
        }
        var (points, ends, consumed) = try decoded.get()
        if t.pointee.readuniversal != 0 && !final && points.last == 0x0D {
            points.removeLast()
            ends.removeLast()
            consumed = ends.last ?? 0
        }
        if t.pointee.readuniversal != 0 { translate(t, &points, &ends) }
        ends.append(consumed)
        t.pointee.decoded = Str.make(codePoints: points)
        t.pointee.ends = ends.withUnsafeBytes { Bytes.make($0) }
        t.pointee.pending = Bytes.make(Array(input[consumed...]))
        t.pointee.decoded_pos = 0
        t.pointee.snapshot_pos = start
    }

    /// Records the newline kinds and, when translating, makes "\r\n" and "\r" one "\n".
    static func translate(_ t: Object, _ points: inout [UInt32], _ ends: inout [Int]) {
        var outPoints: [UInt32] = [], outEnds: [Int] = []
        outPoints.reserveCapacity(points.count)
        outEnds.reserveCapacity(points.count)
        var i = 0
        while i < points.count {
            let c = points[i]
            if c == 0x0D && i + 1 < points.count && points[i + 1] == 0x0A {
                t.pointee.seennl |= NewlineDecoder.crlf
                if t.pointee.readtranslate != 0 {
                    outPoints.append(0x0A)
                    outEnds.append(ends[i + 1])
                } else {
                    outPoints.append(contentsOf: [0x0D, 0x0A])
                    outEnds.append(contentsOf: [ends[i], ends[i + 1]])
                }
                i += 2
                continue
            }
            if c == 0x0D { t.pointee.seennl |= NewlineDecoder.cr }
            if c == 0x0A { t.pointee.seennl |= NewlineDecoder.lf }
            outPoints.append(c == 0x0D && t.pointee.readtranslate != 0 ? 0x0A : c)
            outEnds.append(ends[i])
            i += 1
        }
        points = outPoints
        ends = outEnds
    }

    /// Reads and decodes the next chunk; false at the end of the stream with nothing new.
    static func nextChunk(_ t: Object, sizeHint: Int = 0) throws(PyException) -> Bool {
        if t.pointee.codec == registryCodec { return try nextRegistryChunk(t, sizeHint: sizeHint) }
        let start = pendingStart(t)
        var input = t.pointee.pending.isEmpty ? [] : Array(ByteView(t.pointee.pending).raw)
        let buffer = t.pointee.buffer
        let read1 = try Protocols.lookupAttribute(buffer, Str.make("read1"))
        var reader = read1 ?? .none
        if read1 == nil { reader = try Protocols.getAttribute(buffer, "read") }
        let data = try Protocols.call(reader, IntObject.make(t.pointee.chunk_size))
        guard BytesLike.isBytes(data) || ByteArray.isByteArray(data) else {
            throw PyException.typeError("underlying \(read1 == nil ? "read" : "read1")() should have returned a bytes-like object, not '\(TypeObject.name(data.type))'")
        }
        let eof = ByteView(data).count == 0
        input.append(contentsOf: ByteView(data).raw)
        try load(t, input, start: start, final: eof)
        return !(eof && Str.length(t.pointee.decoded) == 0)
    }

    /// Takes up to `n` decoded characters.
    static func take(_ t: Object, _ n: Int, into out: inout [UInt32]) {
        let count = Swift.min(n, remaining(t))
        guard count > 0 else { return }
        let pos = t.pointee.decoded_pos
        for i in pos..<(pos + count) { out.append(Str.codePoint(t.pointee.decoded, at: i)) }
        t.pointee.decoded_pos += count
    }

    static func read(_ t: Object, _ size: Int) throws(PyException) -> Value {
        if t.pointee.can_read == 0 { throw IOBase.unsupported("not readable") }
        var out: [UInt32] = []
        if size < 0 && t.pointee.codec == registryCodec {
            try readAllRegistry(t, into: &out)
            return Str.make(codePoints: out)
        }
        if size < 0 {
            take(t, Int.max, into: &out)
            let start = pendingStart(t)
            var input = t.pointee.pending.isEmpty ? [] : Array(ByteView(t.pointee.pending).raw)
            let data = try Protocols.callMethod(t.pointee.buffer, "read")
            if data != .none { input.append(contentsOf: try BytesLike.argument(data).raw) }
            try load(t, input, start: start, final: true)
            take(t, Int.max, into: &out)
            return Str.make(codePoints: out)
        }
        take(t, size, into: &out)
        while out.count < size, try nextChunk(t, sizeHint: size - out.count) { take(t, size - out.count, into: &out) }
        return Str.make(codePoints: out)
    }

    static func readline(_ t: Object, _ limit: Int) throws(PyException) -> Value {
        if t.pointee.can_read == 0 { throw IOBase.unsupported("not readable") }
        var line: [UInt32] = []
        while true {
            let available = remaining(t)
            var candidate = line
            let pos = t.pointee.decoded_pos
            for i in pos..<(pos + available) { candidate.append(Str.codePoint(t.pointee.decoded, at: i)) }
            let found = candidate.withUnsafeBufferPointer { b in
                StringIO.lineLength(b, translated: t.pointee.readtranslate != 0, universal: t.pointee.readuniversal != 0,
                                    newline: t.pointee.readnl)
            }
            var end = found ?? candidate.count
            if limit >= 0 { end = Swift.min(end, limit) }
            if found != nil || (limit >= 0 && candidate.count >= limit) {
                t.pointee.decoded_pos += end - line.count
                return Str.make(codePoints: candidate[0..<end])
            }
            line = candidate
            t.pointee.decoded_pos += available
            if !(try nextChunk(t)) { return Str.make(codePoints: line) }
        }
    }

    static func write(_ v: Value, _ t: Object, _ s: Value) throws(PyException) {
        var text = s
        let points = Str.codePoints(s)
        let hasLF = points.contains(0x0A)
        if hasLF && !t.pointee.writenl.isEmpty {
            let newline = Str.codePoints(t.pointee.writenl)
            text = Str.make(codePoints: points.flatMap { $0 == 0x0A ? newline : [$0] })
        }
        let needFlush = t.pointee.line_buffering != 0 && (hasLF || points.contains(0x0D))
        let encoded: Value
        if t.pointee.codec == registryCodec {
            encoded = try encodeRegistry(t, text)
            try resetRegistryReading(t)
        } else {
            encoded = try TextCodecs.encode(text, codec(t), errors: Str.swiftString(t.pointee.errors))
            if !t.pointee.decoded.isEmpty || !t.pointee.pending.isEmpty { reset(t, at: pendingStart(t)) }
        }
        _ = try Protocols.callMethod(t.pointee.buffer, "write", encoded)
        if needFlush || t.pointee.write_through != 0 { _ = try Protocols.callMethod(t.pointee.buffer, "flush") }
    }

    static func tell(_ v: Value, _ t: Object) throws(PyException) -> Value {
        if !(try Protocols.isTrue(try Protocols.callMethod(t.pointee.buffer, "seekable"))) {
            throw IOBase.unsupported("underlying stream is not seekable")
        }
        _ = try Protocols.callMethod(v, "flush")
        if t.pointee.codec == registryCodec { return try tellRegistry(t, position: try Protocols.callMethod(t.pointee.buffer, "tell")) }
        if t.pointee.decoded.isEmpty && t.pointee.pending.isEmpty { return try Protocols.callMethod(t.pointee.buffer, "tell") }
        let pos = t.pointee.decoded_pos
        return IntObject.make(t.pointee.snapshot_pos + (pos == 0 ? 0 : endOffset(t, pos - 1)))
    }

    static func seek(_ v: Value, _ t: Object, _ cookie: Value, _ whence: Int) throws(PyException) -> Value {
        if !(try Protocols.isTrue(try Protocols.callMethod(t.pointee.buffer, "seekable"))) {
            throw IOBase.unsupported("underlying stream is not seekable")
        }
        switch whence {
        case 1:
            if !(try Protocols.equal(cookie, Value(smallInt: 0))) { throw IOBase.unsupported("can't do nonzero cur-relative seeks") }
            return try seek(v, t, try tell(v, t), 0)
        case 2:
            if !(try Protocols.equal(cookie, Value(smallInt: 0))) { throw IOBase.unsupported("can't do nonzero end-relative seeks") }
            _ = try Protocols.callMethod(v, "flush")
            if t.pointee.codec == registryCodec { return try seekEndRegistry(t) }
            let result = try Protocols.callMethod(t.pointee.buffer, "seek", Value(smallInt: 0), Value(smallInt: 2))
            reset(t, at: try ModuleTypes.size(result))
            return result
        case 0:
            if IntObject.sign(try Protocols.indexValue(cookie)) < 0 {
                throw PyException.valueError("negative seek position \(try Protocols.reprText(cookie))")
            }
            _ = try Protocols.callMethod(v, "flush")
            if t.pointee.codec == registryCodec {
                try seekRegistry(t, cookie)
                return cookie
            }
            _ = try Protocols.callMethod(t.pointee.buffer, "seek", cookie)
            reset(t, at: try ModuleTypes.size(cookie))
            return cookie
        default:
            throw PyException.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
        }
    }
}
