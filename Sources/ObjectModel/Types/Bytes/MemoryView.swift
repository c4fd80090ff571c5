import ObjectLayout

/// `memoryview` over bytes and bytearray: one dimension of one-byte items ('B', 'b'
/// or 'c'), positions kept relative to the exporter's current data.
enum MemoryView {
    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<KraitMemoryView> { v.layout(KraitMemoryView.self) }

    static func make(_ obj: Value, start: Int, step: Int, count: Int, readonly: Bool, format: UInt8) -> Value {
        let v = Value(Allocation.object(Krait_memoryview_type, size: MemoryLayout<KraitMemoryView>.size))
        let s = state(v)
        s.pointee.mv_obj = obj
        s.pointee.mv_start = start
        s.pointee.mv_step = step
        s.pointee.mv_len = count
        s.pointee.mv_hash = -1
        s.pointee.mv_readonly = readonly ? 1 : 0
        s.pointee.mv_format = CChar(bitPattern: format)
        return v
    }

    /// `memoryview(object)`.
    static func construct(_ args: Arguments) throws(PyException) -> Value {
        if args.count > 1 { throw PyException.typeError("memoryview() takes at most 1 argument (\(args.count) given)") }
        let p = try args.parse("memoryview", ["object"], required: 1)
        let obj = p[0]!
        if obj.type == Krait_memoryview_type {
            try checkReleased(obj)
            let s = state(obj).pointee
            return make(s.mv_obj, start: s.mv_start, step: s.mv_step, count: s.mv_len, readonly: s.mv_readonly != 0, format: UInt8(bitPattern: s.mv_format))
        }
        guard BytesLike.isBytes(obj) || ByteArray.isByteArray(obj) else {
            throw PyException.typeError("memoryview: a bytes-like object is required, not '\(TypeObject.name(obj.type))'")
        }
        return make(obj, start: 0, step: 1, count: ByteView(obj).count, readonly: !ByteArray.isByteArray(obj), format: 0x42)
    }

    static func checkReleased(_ v: Value) throws(PyException) {
        if state(v).pointee.mv_released != 0 {
            throw PyException.valueError("operation forbidden on released memoryview object")
        }
    }

    /// The byte at view position `i`; the exporter may have shrunk (Krait does not
    /// lock a bytearray while views exist), so the position is checked against it.
    static func byte(_ v: Value, _ i: Int) throws(PyException) -> UInt8 {
        let s = state(v).pointee
        let view = ByteView(s.mv_obj), position = s.mv_start + i * s.mv_step
        guard position >= 0 && position < view.count else { throw PyException.indexError("index out of bounds on dimension 1") }
        return view[position]
    }

    static func bytes(_ v: Value) throws(PyException) -> [UInt8] {
        try checkReleased(v)
        var out: [UInt8] = []
        out.reserveCapacity(state(v).pointee.mv_len)
        for i in 0..<state(v).pointee.mv_len { out.append(try byte(v, i)) }
        return out
    }

    static func toBytes(_ v: Value) throws(PyException) -> Value { Bytes.make(try bytes(v)) }

    /// An item as its format reads it.
    static func item(_ v: Value, _ i: Int) throws(PyException) -> Value {
        let b = try byte(v, i)
        switch UInt8(bitPattern: state(v).pointee.mv_format) {
        case 0x62: return Value(smallInt: Int(Int8(bitPattern: b)))
        case 0x63: return Bytes.make([b])
        default: return Value(smallInt: Int(b))
        }
    }

    static func getItem(_ v: Value, _ key: Value) throws(PyException) -> Value {
        try checkReleased(v)
        let s = state(v).pointee
        switch try Subscripts.select(key, length: s.mv_len, kind: "memoryview", indexError: "index out of bounds on dimension 1",
                                     typeError: { _ in "memoryview: invalid slice key" }) {
        case .item(let i):
            return try item(v, i)
        case .slice(let start, let step, let count):
            return make(s.mv_obj, start: s.mv_start + start * s.mv_step, step: s.mv_step * step, count: count,
                        readonly: s.mv_readonly != 0, format: UInt8(bitPattern: s.mv_format))
        }
    }

    /// `m[key] = value` on a writable view: an int for an item, a bytes-like object of
    /// the same length for a slice.
    static func assign(_ v: Value, _ key: Value, _ value: Value?) throws(PyException) {
        try checkReleased(v)
        let s = state(v).pointee
        if s.mv_readonly != 0 { throw PyException.typeError("cannot modify read-only memory") }
        guard let value else { throw PyException.typeError("cannot delete memory") }
        let data = ByteArray.data(s.mv_obj).assumingMemoryBound(to: UInt8.self), limit = ByteArray.count(s.mv_obj)
        func store(_ i: Int, _ b: UInt8) throws(PyException) {
            let position = s.mv_start + i * s.mv_step
            guard position < limit else { throw PyException.indexError("index out of bounds on dimension 1") }
            data[position] = b
        }
        switch try Subscripts.select(key, length: s.mv_len, kind: "memoryview", indexError: "index out of bounds on dimension 1",
                                     typeError: { _ in "memoryview: invalid slice key" }) {
        case .item(let i) where s.mv_format == 0x63:
            guard BytesLike.isBytes(value) else { throw PyException.typeError("memoryview: invalid type for format 'c'") }
            let view = ByteView(value)
            guard view.count == 1 else { throw PyException.valueError("memoryview: invalid value for format 'c'") }
            try store(i, view[0])
        case .item(let i):
            guard Protocols.isIndex(value) else {
                throw PyException.typeError("memoryview: invalid type for format '\(Character(UnicodeScalar(UInt8(bitPattern: s.mv_format))))'")
            }
            let n = try Protocols.index(value, overflow: Krait_exc_ValueError)
            let signed = s.mv_format == 0x62
            guard signed ? (n >= -128 && n < 128) : (n >= 0 && n < 256) else {
                throw PyException.valueError("memoryview: invalid value for format '\(Character(UnicodeScalar(UInt8(bitPattern: s.mv_format))))'")
            }
            try store(i, UInt8(truncatingIfNeeded: n))
        case .slice(let start, let step, let count):
            let source = Array(try BytesLike.argument(value).raw)
            guard source.count == count else {
                throw PyException.valueError("memoryview assignment: lvalue and rvalue have different structures")
            }
            for j in 0..<count { try store(start + j * step, source[j]) }
        }
    }

    /// `cast(format)` between the one-byte formats.
    static func cast(_ v: Value, _ args: Arguments) throws(PyException) -> Value {
        try checkReleased(v)
        let p = try args.parse("cast", ["format", "shape"], required: 1)
        guard StrArguments.isStr(p[0]!) else {
            throw PyException.typeError("cast() argument 'format' must be str, not \(TypeObject.name(p[0]!.type))")
        }
        let format = Str.swiftString(p[0]!)
        guard ["B", "b", "c"].contains(format) else {
            throw PyException.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        }
        let s = state(v).pointee
        if s.mv_step != 1 { throw PyException.typeError("memoryview: casts are restricted to C-contiguous views") }
        return make(s.mv_obj, start: s.mv_start, step: 1, count: s.mv_len, readonly: s.mv_readonly != 0, format: format.utf8.first!)
    }

    static func toList(_ v: Value) throws(PyException) -> Value {
        try checkReleased(v)
        let l = List.new()
        for i in 0..<state(v).pointee.mv_len { List.append(l, try item(v, i)) }
        return l
    }

    static func repr(_ v: Value) -> String {
        let address = "0x" + String(UInt(bitPattern: v.object), radix: 16)
        return state(v).pointee.mv_released != 0 ? "<released memory at \(address)>" : "<memory at \(address)>"
    }

    static func hash(_ v: Value) throws(PyException) -> Int {
        try checkReleased(v)
        let s = state(v)
        if s.pointee.mv_hash != -1 { return s.pointee.mv_hash }
        if s.pointee.mv_readonly == 0 { throw PyException.valueError("cannot hash writable memoryview object") }
        let h = Bytes.hash(try toBytes(v))
        s.pointee.mv_hash = h
        return h
    }

    /// `==`: equal items (a released view equals only itself).
    static func equal(_ v: Value, _ other: Value) throws(PyException) -> Value {
        if v == other { return .true }
        if state(v).pointee.mv_released != 0 { return .false }
        if other.type == Krait_memoryview_type {
            if state(other).pointee.mv_released != 0 { return .false }
            return .bool(try bytes(v) == (try bytes(other)))
        }
        guard let readable = BytesLike.readable(other) else { return .notImplemented }
        return .bool(try bytes(v) == Array(ByteView(readable).raw))
    }

    static let traverse: traverseproc = { object, visit, arg in
        Trace.visit(object!.layout(KraitMemoryView.self).pointee.mv_obj, visit, arg)
        return 0
    }
}
