import ObjectLayout

/// `memoryview.cast(format, shape=None)`: a C-contiguous view read in another native
/// format, as one dimension or (from one dimension) in the given shape, with the
/// checks and messages of CPython's `memory_cast`.
extension MemoryView {
    static func cast(_ v: Value, _ args: Arguments) throws(PyException) -> Value {
        try checkReleased(v)
        let p = try args.parse("cast", ["format", "shape"], required: 1)
        guard StrArguments.isStr(p[0]!) else {
            throw PyException.typeError("cast() argument 'format' must be str, not \(TypeObject.argumentTypeName(p[0]!))")
        }
        let s = state(v).pointee
        guard isCContiguous(v) else { throw PyException.typeError("memoryview: casts are restricted to C-contiguous views") }
        let shapeArgument = p[1].flatMap { $0 == .none ? nil : $0 }
        if (shapeArgument != nil || s.mv_ndim != 1) && shape(v).contains(0) {
            throw PyException.typeError("memoryview: cannot cast view with zeros in shape or strides")
        }
        var dims: [Value] = []
        if let shapeArgument {
            guard shapeArgument.isExactly(Krait_list_type) || shapeArgument.isExactly(Krait_tuple_type) else {
                throw PyException.typeError("shape must be a list or a tuple")
            }
            dims = shapeArgument.isExactly(Krait_list_type) ? Array(List.buffer(shapeArgument))
                : (0..<Tuple.count(shapeArgument)).map { Tuple.item(shapeArgument, $0) }
            if dims.count > 64 { throw PyException.valueError("memoryview: number of dimensions must not exceed 64") }
            if s.mv_ndim != 1 && dims.count != 1 { throw PyException.typeError("memoryview: cast must be 1D -> ND or ND -> 1D") }
        }
        // The format: one native character, optionally after '@'.
        var text = Array(Str.swiftString(p[0]!).utf8)
        let prefixed = text.first == 0x40
        if prefixed { text.removeFirst() }
        guard text.count == 1, let itemsize = MemoryViewFormat.itemsize(text[0]) else {
            throw PyException.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        }
        if !MemoryViewFormat.isByteFormat(format(v)) && !MemoryViewFormat.isByteFormat(text[0]) {
            throw PyException.typeError("memoryview: cannot cast between two non-byte formats")
        }
        let length = itemCount(v) * s.mv_itemsize
        if length % itemsize != 0 { throw PyException.typeError("memoryview: length is not a multiple of itemsize") }
        let result = make(s.mv_obj, start: s.mv_start, step: itemsize, count: length / itemsize, readonly: s.mv_readonly != 0)
        let r = state(result)
        r.pointee.mv_format = CChar(bitPattern: text[0])
        r.pointee.mv_native_prefix = prefixed ? 1 : 0
        r.pointee.mv_itemsize = itemsize
        if shapeArgument != nil { try reshape(result, dims, length: length) }
        return result
    }

    /// `cast_to_ND`: the shape's product of items must fill the buffer.
    static func reshape(_ v: Value, _ dims: [Value], length: Int) throws(PyException) {
        var sizes: [Int] = []
        for d in dims {
            guard IntObject.check(d) else { throw PyException.typeError("memoryview.cast(): elements of shape must be integers") }
            guard let n = IntObject.machineValue(d), n > 0 else {
                throw PyException.valueError("memoryview.cast(): elements of shape must be integers > 0")
            }
            sizes.append(n)
        }
        let itemsize = state(v).pointee.mv_itemsize
        let (product, overflow) = sizes.reduce((1, false)) { acc, n in
            let (p, o) = acc.0.multipliedReportingOverflow(by: n)
            return (p, acc.1 || o)
        }
        if overflow { throw PyException.valueError("memoryview.cast(): product(shape) > SSIZE_MAX") }
        if product * itemsize != length { throw PyException.typeError("memoryview: product(shape) * itemsize != buffer size") }
        if sizes.isEmpty { throw PyException(Krait_exc_NotImplementedError, "Krait does not make 0-dimensional memoryviews yet") }
        if sizes.count == 1 { return }
        // C order: the last dimension's items are adjacent.
        let table = Tuple.allocate(count: 2 * sizes.count)
        var step = itemsize
        for d in stride(from: sizes.count - 1, through: 0, by: -1) {
            Tuple.items(table)[d] = IntObject.make(sizes[d])
            Tuple.items(table)[sizes.count + d] = IntObject.make(step)
            step *= sizes[d]
        }
        state(v).pointee.mv_len = sizes[0]
        state(v).pointee.mv_step = sizes.dropFirst().reduce(itemsize, *)
        setDimensions(v, table, ndim: sizes.count)
    }
}
