import ObjectLayout
import ObjectModel

/// `_struct.Struct`: a compiled format (`StructFormat`) and the methods over it.
enum StructType {
    typealias Layout = KraitStructObject

    @inline(__always)
    static func state(_ v: Value) -> UnsafeMutablePointer<Layout> { v.layout(Layout.self) }

    static func isStruct(_ v: Value) -> Bool { v.isObject && TypeObject.isSubtype(v.type, of: Krait_structType_type) }

    /// The compiled codes, in the bytes object the struct owns.
    static func codes(_ v: Value) -> UnsafeBufferPointer<KraitStructCode> {
        let block = state(v).pointee.s_codes
        let count = Bytes.count(block) / MemoryLayout<KraitStructCode>.stride
        return UnsafeBufferPointer(start: Bytes.data(block).assumingMemoryBound(to: KraitStructCode.self), count: count)
    }

    static func size(_ v: Value) -> Int { state(v).pointee.s_size }
    static func count(_ v: Value) -> Int { state(v).pointee.s_len }

    static func setUp() {
        let t = Krait_structType_type!
        TypeSetup.begin(t, name: "_struct.Struct", basicSize: MemoryLayout<Layout>.size, flags: UInt(Py_TPFLAGS_BASETYPE),
                        doc: "Struct(fmt) --> compiled struct object\n\n")
        t.pointee.tp_traverse = { o, visit, arg in
            let s = o!.layout(Layout.self).pointee
            Trace.visit(s.s_codes, visit, arg)
            Trace.visit(s.s_format, visit, arg)
            return 0
        }
        t.pointee.tp_weaklistoffset = MemoryLayout<Layout>.offset(of: \.weakreflist)!
        // Made empty, as CPython's `s_new` (size and count -1); __init__ compiles.
        t.pointee.tp_new = { type, _, _ in
            let v = Value(ModuleTypes.allocate(type!))
            StructType.state(v).pointee.s_size = -1
            StructType.state(v).pointee.s_len = -1
            StructType.state(v).pointee.s_codes = Bytes.make([])
            StructType.state(v).pointee.s_format = Bytes.make([])
            return v.object
        }
        t.pointee.tp_init = { o, args, kwargs in
            CBoundary.status { () throws(PyException) in
                let p = try Arguments.from(tuple: args, keywords: kwargs).parse("Struct", ["format"], required: 1)
                try StructType.compile(Value(o!), p[0]!)
            }
        }
        t.pointee.tp_getset = MemberDescriptors.getSetTable([
            GetSetSpec("format", doc: "struct format string", get: { o, _ in
                CBoundary.object { () throws(PyException) in
                    try Protocols.callMethod(StructType.state(Value(o!)).pointee.s_format, "decode")
                }
            }),
            GetSetSpec("size", doc: "struct size in bytes", get: { o, _ in
                CBoundary.object { () throws(PyException) in IntObject.make(StructType.size(Value(o!))) }
            }),
        ])
        t.pointee.tp_methods = TypeSetup.methodTable(StructMethods.table)
    }

    /// `Struct.__init__(format)`: a str (ASCII) or bytes, compiled.
    static func compile(_ v: Value, _ format: Value) throws(PyException) {
        let bytes: Value
        if ModuleTypes.isStr(format) {
            bytes = try Protocols.callMethod(format, "encode", Str.make("ascii"))
        } else if BytesLike.isBytes(format) {
            bytes = format
        } else {
            throw PyException.typeError("Struct() argument 1 must be a str or bytes object, not \(TypeObject.name(format.type))")
        }
        state(v).pointee.s_format = bytes
        let text = Array(ByteView(bytes).raw)
        if text.contains(0) { throw StructModule.error("embedded null character") }
        let compiled = try StructFormat(text)
        let block = compiled.codes.withUnsafeBytes { Bytes.make($0) }
        state(v).pointee.s_codes = block
        state(v).pointee.s_size = compiled.size
        state(v).pointee.s_len = compiled.count
    }

    /// `s.pack(*values)` as bytes.
    static func pack(_ s: Value, _ values: UnsafePointer<Value>?, _ n: Int) throws(PyException) -> Value {
        if n != count(s) { throw StructModule.error("pack expected \(count(s)) items for packing (got \(n))") }
        // Filled in place: nothing else can see the new object yet.
        let result = Bytes.allocate(count: size(s))
        try StructPack.pack(codes(s), values ?? UnsafePointer(bitPattern: 8)!,
                            into: StructPack.Target(buffer: result, owned: true, offset: 0, size: size(s)))
        return result
    }

    /// `s.pack_into(buffer, offset, *values)`: `args` from `first` on are the buffer,
    /// the offset and the values.
    static func packInto(_ s: Value, _ args: Arguments, from first: Int) throws(PyException) -> Value {
        let n = args.count - first
        if n != count(s) + 2 {
            if n == 0 { throw StructModule.error("pack_into expected buffer argument") }
            if n == 1 { throw StructModule.error("pack_into expected offset argument") }
            throw StructModule.error("pack_into expected \(count(s)) items for packing (got \(n - 2))")
        }
        let target = args[first]
        let length = try BufferArguments.writable(target).count
        var offset = try Protocols.index(args[first + 1])
        let size = StructType.size(s)
        if offset < 0 {
            if offset + size > 0 { throw StructModule.error("no space to pack \(size) bytes at offset \(offset)") }
            if offset + length < 0 { throw StructModule.error("offset \(offset) out of range for \(length)-byte buffer") }
            offset += length
        }
        if length - offset < size {
            throw StructModule.error("pack_into requires a buffer of at least \(UInt(size) + UInt(offset)) bytes for packing \(size) bytes at offset \(offset) (actual buffer size is \(length))")
        }
        try StructPack.pack(codes(s), args.base.unsafelyUnwrapped + first + 2,
                            into: StructPack.Target(buffer: target, owned: false, offset: offset, size: size))
        return .none
    }

    static func unpack(_ s: Value, _ data: UnsafeRawPointer) throws(PyException) -> Value {
        if count(s) < 0 { throw PyException.systemError("bad argument to internal function") }
        return try StructUnpack.unpack(codes(s), count: count(s), from: data)
    }

    /// `s.unpack(buffer)`: the buffer must be exactly the size.
    static func unpackAll(_ s: Value, _ buffer: Value) throws(PyException) -> Value {
        let region = try BufferArguments.readable(buffer)
        if region.count != size(s) { throw StructModule.error("unpack requires a buffer of \(size(s)) bytes") }
        return try unpack(s, region.data)
    }

    /// `s.unpack_from(buffer, offset=0)`.
    static func unpackFrom(_ s: Value, _ buffer: Value, _ offsetArgument: Value?) throws(PyException) -> Value {
        let region = try BufferArguments.readable(buffer)
        var offset = try offsetArgument.map { v throws(PyException) in try NativeModule.ssize(v) } ?? 0
        let size = StructType.size(s)
        if offset < 0 {
            if offset + size > 0 { throw StructModule.error("not enough data to unpack \(size) bytes at offset \(offset)") }
            if offset + region.count < 0 { throw StructModule.error("offset \(offset) out of range for \(region.count)-byte buffer") }
            offset += region.count
        }
        if region.count - offset < size {
            throw StructModule.error("unpack_from requires a buffer of at least \(UInt(size) + UInt(offset)) bytes for unpacking \(size) bytes at offset \(offset) (actual buffer size is \(region.count))")
        }
        return try unpack(s, region.data + offset)
    }

    /// `s.iter_unpack(buffer)`.
    static func iterUnpack(_ s: Value, _ buffer: Value) throws(PyException) -> Value {
        if size(s) == 0 { throw StructModule.error("cannot iteratively unpack with a struct of length 0") }
        let region = try BufferArguments.readable(buffer)
        if region.count % size(s) != 0 {
            throw StructModule.error("iterative unpacking requires a buffer of a multiple of \(size(s)) bytes")
        }
        return UnpackIterator.make(s, buffer)
    }

    /// CPython's `__sizeof__`: its object and a 32-byte code per item plus one.
    static func sizeOf(_ s: Value) -> Int {
        let cpythonObject = 56, cpythonCode = 32
        let extra = s.type.pointee.tp_basicsize - MemoryLayout<Layout>.size
        return cpythonObject + extra + cpythonCode * (codes(s).count + 1)
    }
}
