import ObjectLayout

/// `memoryview` over bytes and bytearray: items of any native struct format, in one
/// dimension or, after a `cast` with a shape, several; positions kept relative to the
/// exporter's current data.
enum MemoryView {
    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<KraitMemoryView> { v.layout(KraitMemoryView.self) }

    /// A view of `obj` shaped as `like` (format, item size, dimensions), or as bytes.
    static func make(_ obj: Value, start: Int, step: Int, count: Int, readonly: Bool, like: Value? = nil) -> Value {
        let v = Value(Allocation.object(Krait_memoryview_type, size: MemoryLayout<KraitMemoryView>.size))
        let s = state(v)
        s.pointee.mv_obj = obj
        s.pointee.mv_dims = .empty
        s.pointee.mv_start = start
        s.pointee.mv_step = step
        s.pointee.mv_len = count
        s.pointee.mv_hash = -1
        s.pointee.mv_readonly = readonly ? 1 : 0
        s.pointee.mv_ndim = 1
        if let like {
            let l = state(like).pointee
            s.pointee.mv_format = l.mv_format
            s.pointee.mv_native_prefix = l.mv_native_prefix
            s.pointee.mv_itemsize = l.mv_itemsize
        } else {
            s.pointee.mv_format = CChar(bitPattern: MemoryViewFormat.B)
            s.pointee.mv_itemsize = 1
        }
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
            let v = make(s.mv_obj, start: s.mv_start, step: s.mv_step, count: s.mv_len, readonly: s.mv_readonly != 0, like: obj)
            setDimensions(v, s.mv_dims, ndim: Int(s.mv_ndim))
            return v
        }
        if BytesLike.isBytes(obj) || ByteArray.isByteArray(obj) {
            return make(obj, start: 0, step: 1, count: ByteView(obj).count, readonly: !ByteArray.isByteArray(obj))
        }
        guard let export = BufferExporters.export(obj) else {
            throw PyException.typeError("memoryview: a bytes-like object is required, not '\(TypeObject.name(obj.type))'")
        }
        let itemsize = Swift.max(export.itemsize, 1)
        let v = make(obj, start: 0, step: itemsize, count: export.len / itemsize, readonly: export.readonly != 0)
        state(v).pointee.mv_format = CChar(bitPattern: BufferExporters.format(export))
        state(v).pointee.mv_itemsize = itemsize
        return v
    }

    static func setDimensions(_ v: Value, _ dims: Value, ndim: Int) {
        state(v).pointee.mv_dims = dims
        state(v).pointee.mv_ndim = Int32(ndim)
    }

    static func checkReleased(_ v: Value) throws(PyException) {
        if state(v).pointee.mv_released != 0 {
            throw PyException.valueError("operation forbidden on released memoryview object")
        }
    }

    static func format(_ v: Value) -> UInt8 { UInt8(bitPattern: state(v).pointee.mv_format) }

    /// The format as messages show it (without the '@').
    static func formatName(_ v: Value) -> String { String(UnicodeScalar(format(v))) }

    // MARK: Dimensions

    static func shape(_ v: Value) -> [Int] {
        let s = state(v).pointee
        if s.mv_ndim == 1 { return [s.mv_len] }
        return (0..<Int(s.mv_ndim)).map { Tuple.item(s.mv_dims, $0).smallInt }
    }

    static func strides(_ v: Value) -> [Int] {
        let s = state(v).pointee
        if s.mv_ndim == 1 { return [s.mv_step] }
        return (0..<Int(s.mv_ndim)).map { Tuple.item(s.mv_dims, Int(s.mv_ndim) + $0).smallInt }
    }

    static func itemCount(_ v: Value) -> Int { shape(v).reduce(1, *) }

    static func isCContiguous(_ v: Value) -> Bool {
        let shape = shape(v), strides = strides(v)
        var expected = state(v).pointee.mv_itemsize
        for d in stride(from: shape.count - 1, through: 0, by: -1) {
            if shape[d] > 1 && strides[d] != expected { return false }
            expected *= shape[d]
        }
        return true
    }

    /// Fortran order: the first dimension's items adjacent.
    static func isFContiguous(_ v: Value) -> Bool {
        let shape = shape(v), strides = strides(v)
        var expected = state(v).pointee.mv_itemsize
        for d in 0..<shape.count {
            if shape[d] > 1 && strides[d] != expected { return false }
            expected *= shape[d]
        }
        return true
    }

    // MARK: Items

    /// The exporter's bytes at `offset` for one item; the exporter may have shrunk
    /// (Krait does not lock a bytearray while views exist), so the offset is checked.
    static func itemPointer(_ v: Value, _ offset: Int, dimension: Int = 1) throws(PyException) -> UnsafeMutableRawPointer {
        let s = state(v).pointee
        let (data, count) = BufferExporters.contents(s.mv_obj)
        guard offset >= 0 && offset + s.mv_itemsize <= count else {
            throw PyException.indexError("index out of bounds on dimension \(dimension)")
        }
        return data + offset
    }

    static func read(_ v: Value, _ offset: Int) throws(PyException) -> Value {
        MemoryViewFormat.unpack(format(v), try itemPointer(v, offset))
    }

    /// Item `i` of a one-dimensional view.
    static func item(_ v: Value, _ i: Int) throws(PyException) -> Value {
        let s = state(v).pointee
        guard s.mv_ndim == 1 else { throw PyException(Krait_exc_NotImplementedError, "multi-dimensional sub-views are not implemented") }
        return try read(v, s.mv_start + i * s.mv_step)
    }

    /// The byte offset of every item, in C order (last index varying fastest) or in
    /// Fortran order (first index fastest).
    static func forEachOffset(_ v: Value, fortran: Bool = false, _ body: (Int) throws(PyException) -> Void) throws(PyException) {
        let shape = shape(v), strides = strides(v)
        // The dimensions from the outermost loop to the innermost.
        let order = fortran ? Array(shape.indices.reversed()) : Array(shape.indices)
        func walk(_ level: Int, _ offset: Int) throws(PyException) {
            if level == order.count { return try body(offset) }
            let d = order[level]
            for i in 0..<shape[d] { try walk(level + 1, offset + i * strides[d]) }
        }
        try walk(0, state(v).pointee.mv_start)
    }

    static func bytes(_ v: Value, fortran: Bool = false) throws(PyException) -> [UInt8] {
        try checkReleased(v)
        let m = state(v).pointee
        let size = m.mv_itemsize
        // A one-dimensional view of adjacent items is one copy of its bytes.
        if m.mv_ndim == 1 && m.mv_step == size {
            let (data, count) = BufferExporters.contents(m.mv_obj)
            let length = m.mv_len * size
            if m.mv_start >= 0 && m.mv_start + length <= count {
                return Array(UnsafeRawBufferPointer(start: data + m.mv_start, count: length))
            }
        }
        var out: [UInt8] = []
        out.reserveCapacity(itemCount(v) * size)
        try forEachOffset(v, fortran: fortran) { offset throws(PyException) in
            out.append(contentsOf: UnsafeRawBufferPointer(start: try itemPointer(v, offset), count: size))
        }
        return out
    }

    static func toBytes(_ v: Value, fortran: Bool = false) throws(PyException) -> Value { Bytes.make(try bytes(v, fortran: fortran)) }

    /// `tolist()`: nested lists, one level per dimension.
    static func toList(_ v: Value) throws(PyException) -> Value {
        try checkReleased(v)
        let shape = shape(v), strides = strides(v)
        func build(_ d: Int, _ offset: Int) throws(PyException) -> Value {
            let l = List.new()
            for i in 0..<shape[d] {
                let item = d + 1 == shape.count ? try read(v, offset + i * strides[d]) : try build(d + 1, offset + i * strides[d])
                List.append(l, item)
            }
            return l
        }
        return try build(0, state(v).pointee.mv_start)
    }

    // MARK: Subscripts

    static func getItem(_ v: Value, _ key: Value) throws(PyException) -> Value {
        try checkReleased(v)
        let s = state(v).pointee
        if key.isExactly(Krait_tuple_type) {
            if isMultiIndex(key) { return try read(v, try offset(v, indices: key)) }
            if isMultiSlice(key) { throw PyException(Krait_exc_NotImplementedError, "multi-dimensional slicing is not implemented") }
        }
        if s.mv_ndim > 1 && Protocols.isIndex(key) {
            throw PyException(Krait_exc_NotImplementedError, "multi-dimensional sub-views are not implemented")
        }
        switch try Subscripts.select(key, length: { s.mv_len }, kind: "memoryview", indexError: "index out of bounds on dimension 1",
                                     typeError: { _ in "memoryview: invalid slice key" }) {
        case .item(let i):
            return try item(v, i)
        case .slice(let start, let step, let count):
            let sliced = make(s.mv_obj, start: s.mv_start + start * s.mv_step, step: s.mv_step * step, count: count,
                              readonly: s.mv_readonly != 0, like: v)
            if s.mv_ndim > 1 {
                // Only the first dimension is sliced; the others stay as they are.
                let dims = Tuple.make(UnsafeBufferPointer(start: Tuple.items(s.mv_dims), count: Tuple.count(s.mv_dims)))
                Tuple.items(dims)[0] = IntObject.make(count)
                Tuple.items(dims)[Int(s.mv_ndim)] = IntObject.make(s.mv_step * step)
                setDimensions(sliced, dims, ndim: Int(s.mv_ndim))
            }
            return sliced
        }
    }

    static func isMultiIndex(_ key: Value) -> Bool { (0..<Tuple.count(key)).allSatisfy { Protocols.isIndex(Tuple.item(key, $0)) } }
    static func isMultiSlice(_ key: Value) -> Bool { (0..<Tuple.count(key)).allSatisfy { Tuple.item(key, $0).isExactly(Krait_slice_type) } }

    /// The offset of the item a tuple of indices names (CPython's `ptr_from_tuple`).
    static func offset(_ v: Value, indices key: Value) throws(PyException) -> Int {
        let shape = shape(v), strides = strides(v), n = Tuple.count(key)
        if n > shape.count { throw PyException.typeError("cannot index \(shape.count)-dimension view with \(n)-element tuple") }
        if n < shape.count { throw PyException(Krait_exc_NotImplementedError, "sub-views are not implemented") }
        var offset = state(v).pointee.mv_start
        for d in 0..<n {
            var i = try Protocols.index(Tuple.item(key, d))
            if i < 0 { i += shape[d] }
            guard i >= 0 && i < shape[d] else { throw PyException.indexError("index out of bounds on dimension \(d + 1)") }
            offset += i * strides[d]
        }
        return offset
    }

    /// `m[key] = value` on a writable view: an item packed in the view's format, or for
    /// a one-dimensional slice a buffer of the same format and length.
    static func assign(_ v: Value, _ key: Value, _ value: Value?) throws(PyException) {
        try checkReleased(v)
        let s = state(v).pointee
        if s.mv_readonly != 0 { throw PyException.typeError("cannot modify read-only memory") }
        guard let value else { throw PyException.typeError("cannot delete memory") }
        func store(_ offset: Int) throws(PyException) {
            try MemoryViewFormat.pack(format(v), value, try itemPointer(v, offset), name: formatName(v))
        }
        if key.isExactly(Krait_tuple_type) && isMultiIndex(key) { return try store(try offset(v, indices: key)) }
        if s.mv_ndim > 1 {
            if Protocols.isIndex(key) { throw PyException(Krait_exc_NotImplementedError, "sub-views are not implemented") }
            if key.isExactly(Krait_slice_type) || (key.isExactly(Krait_tuple_type) && isMultiSlice(key)) {
                throw PyException(Krait_exc_NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1")
            }
            throw PyException.typeError("memoryview: invalid slice key")
        }
        switch try Subscripts.select(key, length: { s.mv_len }, kind: "memoryview", indexError: "index out of bounds on dimension 1",
                                     typeError: { _ in "memoryview: invalid slice key" }) {
        case .item(let i):
            try store(s.mv_start + i * s.mv_step)
        case .slice(let start, let step, let count):
            // The source must have the same structure: its format, item size and length.
            let source: [UInt8]
            if value.type == Krait_memoryview_type {
                try checkReleased(value)
                let same = format(value) == format(v) && state(value).pointee.mv_ndim == 1 && state(value).pointee.mv_len == count
                guard same else { throw PyException.valueError("memoryview assignment: lvalue and rvalue have different structures") }
                source = try bytes(value)
            } else {
                let bytes = Array(try BytesLike.argument(value).raw)
                guard format(v) == MemoryViewFormat.B, bytes.count == count else {
                    throw PyException.valueError("memoryview assignment: lvalue and rvalue have different structures")
                }
                source = bytes
            }
            let size = s.mv_itemsize
            for j in 0..<count {
                let target = try itemPointer(v, s.mv_start + (start + j * step) * s.mv_step)
                source.withUnsafeBytes { target.copyMemory(from: $0.baseAddress! + j * size, byteCount: size) }
            }
        }
    }

    // MARK: Comparison and hashing

    static func repr(_ v: Value) -> String {
        let address = "0x" + String(UInt(bitPattern: v.object), radix: 16)
        return state(v).pointee.mv_released != 0 ? "<released memory at \(address)>" : "<memory at \(address)>"
    }

    static func hash(_ v: Value) throws(PyException) -> Int {
        try checkReleased(v)
        let s = state(v)
        if s.pointee.mv_hash != -1 { return s.pointee.mv_hash }
        if s.pointee.mv_readonly == 0 { throw PyException.valueError("cannot hash writable memoryview object") }
        guard MemoryViewFormat.isByteFormat(format(v)) else {
            throw PyException.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
        }
        let h = Bytes.hash(try toBytes(v))
        s.pointee.mv_hash = h
        return h
    }

    /// The items of a view in C order, as values.
    static func values(_ v: Value) throws(PyException) -> Value {
        let l = List.new()
        try forEachOffset(v) { offset throws(PyException) in List.append(l, try read(v, offset)) }
        return l
    }

    /// `==`: the same shape and equal items, compared as values, so views of different
    /// formats can be equal (a released view equals only itself).
    static func equal(_ v: Value, _ other: Value) throws(PyException) -> Value {
        if v == other { return .true }
        if state(v).pointee.mv_released != 0 { return .false }
        let view: Value
        if other.type == Krait_memoryview_type {
            if state(other).pointee.mv_released != 0 { return .false }
            view = other
        } else {
            guard let readable = BytesLike.readable(other) else { return .notImplemented }
            view = make(readable, start: 0, step: 1, count: ByteView(readable).count, readonly: true)
        }
        guard shape(v) == shape(view) else { return .false }
        if format(v) == format(view) && MemoryViewFormat.isByteFormat(format(v)) { return .bool(try bytes(v) == (try bytes(view))) }
        let a = try values(v), b = try values(view)
        for i in 0..<List.count(a) where !(try Protocols.isTrue(try Protocols.richCompare(List.item(a, i), List.item(b, i), .eq))) {
            return .false
        }
        return .true
    }

    static let traverse: traverseproc = { object, visit, arg in
        let s = object!.layout(KraitMemoryView.self).pointee
        Trace.visit(s.mv_obj, visit, arg)
        Trace.visit(s.mv_dims, visit, arg)
        return 0
    }
}
