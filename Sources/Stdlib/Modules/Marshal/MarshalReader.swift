import ObjectLayout
import ObjectModel

/// `marshal.loads` and `marshal.load`: CPython's r_object, over bytes or a file read
/// with `readinto` exactly as far as the object goes.
struct MarshalReader {
    let data: [UInt8]
    var position = 0
    /// The file of `marshal.load`, or none for `loads`.
    let file: Value?
    /// Objects read with the reference flag, in order: a list, so the collector sees
    /// them. A reserved slot (a tuple or frozenset still being read) holds None.
    let refs: Value
    var depth = 0
    /// The bytes last read from the file.
    var fileBytes: [UInt8] = []

    init(data: [UInt8], refs: Value) {
        self.data = data
        self.file = nil
        self.refs = refs
    }

    init(file: Value, refs: Value) {
        self.data = []
        self.file = file
        self.refs = refs
    }

    static func bad(_ what: String) -> PyException { PyException.valueError("bad marshal data (\(what))") }

    /// The next `n` bytes: from the data in place, or read from the file into
    /// `fileBytes`. Either way the result is valid until the next call.
    mutating func take(_ n: Int) throws(PyException) -> UnsafeRawBufferPointer {
        guard let file else {
            guard n <= data.count - position else { throw PyException(Krait_exc_EOFError, "marshal data too short") }
            defer { position += n }
            return data.withUnsafeBytes { UnsafeRawBufferPointer(rebasing: $0[position..<(position + n)]) }
        }
        let buffer = try Protocols.call(Value(Krait_bytearray_type), IntObject.make(n))
        let result = try Protocols.callMethod(file, "readinto", buffer)
        let read = try Protocols.index(result, overflow: Krait_exc_ValueError)
        if read > n {
            throw PyException.valueError("read() returned too much data: \(n) bytes requested, \(read) returned")
        }
        if read != n { throw PyException(Krait_exc_EOFError, "EOF read where not expected") }
        let (bytes, count) = BufferExporters.contents(buffer)
        fileBytes = Array(UnsafeRawBufferPointer(start: bytes, count: min(count, n)))
        return fileBytes.withUnsafeBytes { $0 }
    }

    mutating func byte() throws(PyException) -> UInt8 { try take(1)[0] }

    mutating func int32() throws(PyException) -> Int32 {
        let b = try take(4)
        return Int32(bitPattern: UInt32(littleEndian: b.loadUnaligned(as: UInt32.self)))
    }

    mutating func double() throws(PyException) -> Double {
        let b = try take(8)
        return Double(bitPattern: UInt64(littleEndian: b.loadUnaligned(as: UInt64.self)))
    }

    mutating func length(_ what: String) throws(PyException) -> Int {
        let n = Int(try int32())
        if n < 0 { throw MarshalReader.bad("\(what) size out of range") }
        return n
    }

    /// Versions 0 and 1 write floats as text.
    mutating func floatText() throws(PyException) -> Double {
        let n = Int(try byte())
        let text = try take(n)
        return FloatObject.value(try Protocols.call(Value(Krait_float_type), Str.make(String(decoding: text, as: UTF8.self))))
    }

    mutating func reserve() -> Int {
        List.append(refs, .none)
        return List.count(refs) - 1
    }

    func fill(_ index: Int, _ v: Value) { List.items(refs)[index] = v }

    /// The next object, or nil for the NULL marker that ends a dict.
    mutating func read() throws(PyException) -> Value? {
        let code: UInt8
        do throws(PyException) {
            code = try byte()
        } catch where error.matches(Krait_exc_EOFError) {
            throw PyException(Krait_exc_EOFError, "EOF read where object expected")
        }
        depth += 1
        defer { depth -= 1 }
        if depth > MarshalFormat.maxDepth { throw PyException.valueError("recursion limit exceeded") }
        let flagged = code & MarshalFormat.flagRef != 0
        let type = code & ~MarshalFormat.flagRef
        // Containers take their slot before their contents, as CPython numbers them.
        let slot = flagged && [MarshalFormat.tuple, MarshalFormat.smallTuple, MarshalFormat.frozenset,
                               MarshalFormat.code].contains(type) ? reserve() : nil
        let v = try readValue(type, flagged: flagged)
        guard let v else { return nil }
        if let slot {
            fill(slot, v)
        } else if flagged && ![MarshalFormat.list, MarshalFormat.dict, MarshalFormat.set].contains(type) {
            List.append(refs, v)
        }
        return v
    }

    mutating func readItem(_ container: String) throws(PyException) -> Value {
        guard let item = try read() else {
            throw PyException.typeError("NULL object in marshal data for \(container)")
        }
        return item
    }

    mutating func readValue(_ type: UInt8, flagged: Bool) throws(PyException) -> Value? {
        switch type {
        case MarshalFormat.null: return nil
        case MarshalFormat.none: return Value.none
        case MarshalFormat.false_: return .bool(false)
        case MarshalFormat.true_: return .bool(true)
        case MarshalFormat.ellipsis: return .ellipsis
        case MarshalFormat.stopIteration: return Value(Krait_exc_StopIteration)
        case MarshalFormat.int: return IntObject.make(Int(try int32()))
        case MarshalFormat.long: return try readLong()
        case MarshalFormat.float: return FloatObject.make(try floatText())
        case MarshalFormat.binaryFloat: return FloatObject.make(try double())
        case MarshalFormat.complex:
            let real = try floatText()
            return ComplexObject.make(real, try floatText())
        case MarshalFormat.binaryComplex:
            let real = try double()
            return ComplexObject.make(real, try double())
        case MarshalFormat.bytes:
            let n = try length("bytes object")
            return Bytes.make(try take(n))
        case MarshalFormat.unicode, MarshalFormat.interned:
            let n = try length("string")
            let utf8 = try take(n)
            let decoded = try TextCodecs.decode(utf8, try TextCodecs.lookup(Str.make("utf-8")), errors: "surrogatepass", final: true)
            let s = Str.make(codePoints: decoded.codePoints)
            return type == MarshalFormat.interned ? Interned.intern(s) : s
        case MarshalFormat.ascii, MarshalFormat.asciiInterned, MarshalFormat.shortASCII, MarshalFormat.shortASCIIInterned:
            let short = type == MarshalFormat.shortASCII || type == MarshalFormat.shortASCIIInterned
            let n = short ? Int(try byte()) : try length("string")
            let text = try take(n)
            guard !text.contains(where: { $0 >= 0x80 }) else {
                throw PyException.valueError("bad marshal data (non-ASCII string)")
            }
            let s = Str.allocate(length: n, kind: 1, ascii: true)
            if n > 0 { Str.data(s).copyMemory(from: text.baseAddress!, byteCount: n) }
            return type == MarshalFormat.asciiInterned || type == MarshalFormat.shortASCIIInterned ? Interned.intern(s) : s
        case MarshalFormat.tuple, MarshalFormat.smallTuple:
            let n = type == MarshalFormat.smallTuple ? Int(try byte()) : try length("tuple")
            let t = Tuple.allocate(count: n)
            for i in 0..<n { Tuple.items(t)[i] = try readItem("tuple") }
            return t
        case MarshalFormat.list:
            let n = try length("list")
            let l = List.new(capacity: n)
            if flagged { List.append(refs, l) }
            for _ in 0..<n { List.append(l, try readItem("list")) }
            return l
        case MarshalFormat.dict:
            let d = Dict.new()
            if flagged { List.append(refs, d) }
            while let key = try read() {
                guard let value = try read() else { break }
                try Dict.setItem(d, key, value)
            }
            return d
        case MarshalFormat.set, MarshalFormat.frozenset:
            let n = try length("set")
            let s = Sets.new(type: type == MarshalFormat.set ? Krait_set_type : Krait_frozenset_type)
            if flagged && type == MarshalFormat.set { List.append(refs, s) }
            for _ in 0..<n { try Sets.add(s, try readItem("set")) }
            return s
        case MarshalFormat.code: return try MarshalCode.read(&self)
        case MarshalFormat.ref:
            let index = Int(try int32())
            guard index >= 0, index < List.count(refs), List.item(refs, index) != .none else {
                throw MarshalReader.bad("invalid reference")
            }
            return List.item(refs, index)
        default:
            throw MarshalReader.bad("unknown type code")
        }
    }

    mutating func readLong() throws(PyException) -> Value {
        let signed = Int(try int32())
        let n = abs(signed)
        if n > Int(Int32.max) { throw MarshalReader.bad("long size out of range") }
        var digits: [UInt64] = []
        for k in 0..<n {
            let b = try take(2)
            let d = UInt64(b[0]) | UInt64(b[1]) << 8
            if d >= 1 << 15 { throw MarshalReader.bad("digit out of range in long") }
            if k == n - 1 && d == 0 { throw MarshalReader.bad("unnormalized long data") }
            digits.append(d)
        }
        var limbs = [UInt64](repeating: 0, count: (n * 15 + 63) / 64)
        for (k, d) in digits.enumerated() {
            let offset = 15 * k
            limbs[offset / 64] |= d << UInt64(offset % 64)
            if offset % 64 > 64 - 15 { limbs[offset / 64 + 1] |= d >> UInt64(64 - offset % 64) }
        }
        return IntObject.make(limbs: limbs, negative: signed < 0)
    }
}
