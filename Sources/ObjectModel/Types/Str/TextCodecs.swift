import ObjectLayout

/// The native codecs (`StrCodecs`) for the io stack: decoding piece by piece, with the
/// byte offset that ends each decoded character, so a text stream can tell where in
/// its bytes a character position lies.
public enum TextCodecs {
    public struct Codec {
        let codec: StrCodecs.Codec
        public var name: String { codec.name }

        /// A small number for storing the codec in an object field.
        public var index: Int32 {
            switch codec {
            case .utf8: return 0
            case .ascii: return 1
            case .latin1: return 2
            }
        }

        public init(index: Int32) { codec = index == 0 ? .utf8 : index == 1 ? .ascii : .latin1 }

        init(codec: StrCodecs.Codec) { self.codec = codec }
    }

    /// The native codec of an encoding name; nil for those only the codec registry has.
    public static func native(_ name: Value) -> Codec? { StrCodecs.codec(name).map { Codec(codec: $0) } }

    /// The native codec of an encoding name; LookupError for the others.
    public static func lookup(_ name: Value) throws(PyException) -> Codec {
        guard let codec = native(name) else { throw PyException(Krait_exc_LookupError, "unknown encoding: \(Str.swiftString(name))") }
        return codec
    }

    /// Decodes the bytes; unless `final`, an incomplete UTF-8 sequence at the end is
    /// left undecoded (`consumed` stops before it).
    public static func decode(_ bytes: UnsafeRawBufferPointer, _ codec: Codec, errors: String, final: Bool) throws(PyException)
        -> (codePoints: [UInt32], ends: [Int], consumed: Int) {
        var points: [UInt32] = [], ends: [Int] = []
        points.reserveCapacity(bytes.count)
        ends.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 || codec.codec == .latin1 {
                points.append(UInt32(b))
                i += 1
                ends.append(i)
                continue
            }
            var failure: (length: Int, reason: String)
            if codec.codec == .ascii {
                failure = (1, "ordinal not in range(128)")
            } else {
                switch StrCodecs.utf8Sequence(bytes, at: i) {
                case .success(let c, let length):
                    points.append(c)
                    i += length
                    ends.append(i)
                    continue
                case .failure(let length, let reason):
                    if !final && reason == "unexpected end of data" { return (points, ends, i) }
                    failure = (length, reason)
                }
            }
            var replacement = StrBuilder(capacity: 4)
            i = try StrCodecs.handleDecodeError(bytes, i..<(i + failure.length), codec.codec, failure.reason, errors, into: &replacement)
            for c in replacement.codePoints {
                points.append(c)
                ends.append(i)
            }
        }
        return (points, ends, i)
    }

    /// `s.encode(codec, errors)`.
    public static func encode(_ s: Value, _ codec: Codec, errors: String) throws(PyException) -> Value {
        try StrCodecs.encode(s, codec.codec, errors: errors)
    }
}
