import ObjectLayout

/// `int.to_bytes` and `int.from_bytes`: two's complement when signed.
enum IntBytes {
    static func byteOrder(_ v: Value?, _ function: String) throws(PyException) -> Bool {
        guard let v else { return false }
        guard v.isExactly(Krait_str_type) || TypeObject.isSubtype(v.type, of: Krait_str_type) else {
            throw PyException.typeError("\(function)() argument 'byteorder' must be str, not \(TypeObject.argumentTypeName(v))")
        }
        switch Str.swiftString(v) {
        case "little": return true
        case "big": return false
        default: throw PyException.valueError("byteorder must be either 'little' or 'big'")
        }
    }

    /// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
    static func toBytes(_ v: Value, _ args: Arguments) throws(PyException) -> Value {
        let slots = try args.bind("to_bytes", ["length", "byteorder", "signed"], keywordOnly: 2)
        let length = try args.value(at: slots[0]).map { l throws(PyException) in try Protocols.index(l, overflow: Krait_exc_OverflowError) } ?? 1
        if length < 0 { throw PyException.valueError("length argument must be non-negative") }
        let little = try byteOrder(args.value(at: slots[1]), "to_bytes")
        let signed = try args.value(at: slots[2]).map { s throws(PyException) in try Protocols.isTrue(s) } ?? false
        let x = BigInts.limbs(v)
        if x.negative && !signed { throw PyException.overflowError("can't convert negative int to unsigned") }
        // Bits needed: the magnitude's, plus a sign bit when signed; a negative power of
        // two needs no more bits than its magnitude minus one.
        var bits = BigInts.bitLength(x)
        if x.negative && isPowerOfTwo(x) { bits -= 1 }
        if signed && !x.isZero { bits += 1 }
        if bits > length * 8 { throw PyException.overflowError("int too big to convert") }
        let result = Bytes.allocate(count: length)
        let out = Bytes.data(result).assumingMemoryBound(to: UInt8.self)
        var carry: UInt64 = 1
        for i in 0..<((length + 7) / 8) {
            let limb = BigInts.complementLimb(x, i, &carry)
            for j in 0..<8 where i * 8 + j < length {
                let byte = UInt8(truncatingIfNeeded: limb >> UInt64(8 * j))
                out[little ? i * 8 + j : length - 1 - (i * 8 + j)] = byte
            }
        }
        return result
    }

    static func isPowerOfTwo(_ x: Limbs) -> Bool {
        guard !x.isZero, x.base[x.count - 1].nonzeroBitCount == 1 else { return false }
        return !BigInts.anyLowBits(x, (x.count - 1) * 64)
    }

    /// `int.from_bytes(bytes, byteorder='big', *, signed=False)`; the class is the method's self.
    static func fromBytes(_ args: Arguments) throws(PyException) -> Value {
        let slots = try args.bind("from_bytes", ["bytes", "byteorder", "signed"], keywordOnly: 2)
        guard let source = args.value(at: slots[0]) else {
            throw PyException.typeError("from_bytes() missing required argument 'bytes' (pos 1)")
        }
        let little = try byteOrder(args.value(at: slots[1]), "from_bytes")
        let signed = try args.value(at: slots[2]).map { s throws(PyException) in try Protocols.isTrue(s) } ?? false
        let bytes = try byteValues(source)
        let n = bytes.count
        let r = BigInts.allocate((n + 7) / 8)
        let limbs = BigInts.digits(r)
        for (i, byte) in bytes.enumerated() {
            let position = little ? i : n - 1 - i
            limbs[position / 8] |= UInt64(byte) << UInt64(8 * (position % 8))
        }
        let magnitude = BigInts.finish(r, count: (n + 7) / 8, negative: false)
        let top = n == 0 ? 0 : bytes[little ? n - 1 : 0]
        guard signed && top >= 0x80 else { return magnitude }
        return IntOps.subtract(magnitude, try IntOps.shiftLeft(Value(smallInt: 1), IntObject.make(8 * n)))
    }

    /// The bytes of a bytes object, or of an iterable of ints in range(256).
    /// `PyObject_Bytes`: `bytes(v)` except that ints and strs are refused.
    static func byteValues(_ v: Value) throws(PyException) -> [UInt8] {
        if Protocols.isIndex(v) || StrArguments.isStr(v) {
            throw PyException.typeError("cannot convert '\(TypeObject.name(v.type))' object to bytes")
        }
        return try BytesConstruct.contents(v, "bytes")
    }
}
