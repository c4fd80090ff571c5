import ObjectLayout

/// The constructors of bytes and bytearray, and the conversions to and from text:
/// decode, hex and fromhex.
enum BytesConstruct {
    /// `bytes(source, encoding, errors)` and `bytearray(…)`: the bytes they start with.
    static func source(_ args: Arguments, _ name: String) throws(PyException) -> [UInt8] {
        let p = try args.parse(name, ["source", "encoding", "errors"])
        try StrMethods.checkCodecArgumentTypes(p[1], p[2], function: name)
        guard let x = p[0] else {
            if p[1] != nil { throw PyException.typeError("encoding without a string argument") }
            if p[2] != nil { throw PyException.typeError("errors without a string argument") }
            return []
        }
        if let encoding = p[1] {
            guard StrArguments.isStr(x) else { throw PyException.typeError("encoding without a string argument") }
            return Array(ByteView(try StrMethods.encode(x, encoding, p[2], function: name)).raw)
        }
        if p[2] != nil {
            throw PyException.typeError(StrArguments.isStr(x) ? "string argument without an encoding" : "errors without a string argument")
        }
        return try contents(x, name)
    }

    /// The bytes of `bytes(x)` or `bytearray(x)` for one argument without an encoding.
    static func contents(_ x: Value, _ name: String) throws(PyException) -> [UInt8] {
        let isByteArray = name == "bytearray"
        if !isByteArray, let method = SlotFunctions.lookupSpecial(x, "__bytes__") {
            let result = try SlotFunctions.callUnbound(method, x, [])
            guard BytesLike.isBytes(result) else {
                throw PyException.typeError("__bytes__ returned non-bytes (type \(TypeObject.name(result.type)))")
            }
            return Array(ByteView(result).raw)
        }
        if StrArguments.isStr(x) { throw PyException.typeError("string argument without an encoding") }
        if Protocols.isIndex(x) {
            let count = try Protocols.index(x, overflow: Krait_exc_OverflowError)
            if count < 0 { throw PyException.valueError("negative count") }
            try Allocation.check(count: count, itemSize: 1)
            return [UInt8](repeating: 0, count: count)
        }
        if x.type == Krait_memoryview_type { try MemoryView.checkReleased(x) }
        if let readable = BytesLike.readable(x) { return Array(ByteView(readable).raw) }
        let iterator: Value
        do {
            iterator = try Protocols.iterator(x)
        } catch where error.matches(Krait_exc_TypeError) {
            throw PyException.typeError("cannot convert '\(TypeObject.name(x.type))' object to \(name)")
        }
        var out: [UInt8] = []
        while let item = try Protocols.next(iterator) {
            let i = try Protocols.index(item, overflow: Krait_exc_ValueError)
            guard i >= 0 && i < 256 else {
                throw PyException.valueError(isByteArray ? "byte must be in range(0, 256)" : "bytes must be in range(0, 256)")
            }
            out.append(UInt8(i))
        }
        return out
    }

    static func decode(_ s: Value, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("decode", ["encoding", "errors"])
        return try StrMethods.decode(s, p[0], p[1], function: "decode")
    }

    /// `hex(sep=…, bytes_per_sep=1)`: a separator every `bytes_per_sep` bytes, counted
    /// from the right (from the left when negative).
    static func hex(_ view: ByteView, _ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("hex", ["sep", "bytes_per_sep"])
        var separator: UInt32?
        if let sep = p[0] {
            // CPython asks for the length first, so a non-sequence fails as len() does.
            guard try Protocols.length(sep) == 1 else { throw PyException.valueError("sep must be length 1.") }
            let unit: UInt32
            if StrArguments.isStr(sep) {
                unit = Str.codePoint(sep, at: 0)
            } else if BytesLike.isBytes(sep) {
                unit = UInt32(ByteView(sep)[0])
            } else {
                throw PyException.typeError("sep must be str or bytes.")
            }
            guard unit < 0x80 else { throw PyException.valueError("sep must be ASCII.") }
            separator = unit
        }
        let group = try p[1].map { v throws(PyException) in try Protocols.cInt(v) } ?? 1
        let digits = Array("0123456789abcdef".unicodeScalars.map(\.value))
        var out: [UInt32] = []
        out.reserveCapacity(view.count * 3)
        let every = group == 0 ? Int.max : abs(group)
        for i in 0..<view.count {
            if let separator, i > 0 {
                let boundary = group < 0 ? i % every == 0 : (view.count - i) % every == 0
                if boundary { out.append(separator) }
            }
            out.append(digits[Int(view[i] >> 4)])
            out.append(digits[Int(view[i] & 0xF)])
        }
        return Str.make(codePoints: out)
    }

    /// `fromhex(string, /)`: pairs of hex digits, ASCII whitespace between pairs.
    static func fromHex(_ string: Value) throws(PyException) -> [UInt8] {
        guard StrArguments.isStr(string) else {
            throw PyException.typeError("fromhex() argument must be str, not \(TypeObject.argumentTypeName(string))")
        }
        let text = Str.codePoints(string)
        func digit(_ i: Int) throws(PyException) -> UInt8 {
            if i < text.count, text[i] < 0x80, let d = UInt8(String(UnicodeScalar(UInt8(text[i]))), radix: 16) { return d }
            throw PyException.valueError("non-hexadecimal number found in fromhex() arg at position \(i)")
        }
        var out: [UInt8] = []
        var i = 0
        while i < text.count {
            if text[i] < 0x80 && BytesSplit.isSpace(UInt8(text[i])) {
                i += 1
                continue
            }
            let high = try digit(i)
            let low = try digit(i + 1)
            out.append(high << 4 | low)
            i += 2
        }
        return out
    }

    /// `cls.fromhex(string)`: a subclass is called with the bytes, as CPython does.
    static func fromHexMethod(_ cls: Value, _ args: Arguments, base: TypePointer) throws(PyException) -> Value {
        let bytes = try fromHex(args.one("\(TypeObject.name(base)).fromhex"))
        let result = base == Krait_bytearray_type ? bytes.withUnsafeBytes { ByteArray.make($0) } : Bytes.make(bytes)
        if cls.object == UnsafeMutableRawPointer(base).assumingMemoryBound(to: PyObject.self) { return result }
        return try Protocols.callArray(cls, [result])
    }
}
