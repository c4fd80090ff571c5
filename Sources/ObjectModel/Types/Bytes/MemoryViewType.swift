import ObjectLayout

/// The `memoryview` type's slots, methods and attributes.
enum MemoryViewType {
    /// An attribute of a view that must not be released.
    static func attribute(_ o: ObjectPointer?, _ body: (Value) -> Value) -> ObjectPointer? {
        CBoundary.object { () throws(PyException) in
            let v = Value(o!)
            try MemoryView.checkReleased(v)
            return body(v)
        }
    }

    static func ints(_ values: [Int]) -> Value {
        let t = Tuple.allocate(count: values.count)
        for (i, n) in values.enumerated() { Tuple.items(t)[i] = IntObject.make(n) }
        return t
    }

    static func attributes() -> [GetSetSpec] {
        [
            GetSetSpec("obj", doc: "The underlying object of the memoryview.", get: { o, _ in
                MemoryViewType.attribute(o) { v in MemoryView.state(v).pointee.mv_obj }
            }),
            GetSetSpec("nbytes", doc: "The amount of space in bytes that the array would use in\n a contiguous representation.", get: { o, _ in
                MemoryViewType.attribute(o) { v in IntObject.make(MemoryView.itemCount(v) * MemoryView.state(v).pointee.mv_itemsize) }
            }),
            GetSetSpec("readonly", doc: "A bool indicating whether the memory is read only.", get: { o, _ in
                MemoryViewType.attribute(o) { v in .bool(MemoryView.state(v).pointee.mv_readonly != 0) }
            }),
            GetSetSpec("itemsize", doc: "The size in bytes of each element of the memoryview.", get: { o, _ in
                MemoryViewType.attribute(o) { v in IntObject.make(MemoryView.state(v).pointee.mv_itemsize) }
            }),
            GetSetSpec("format", doc: "A string containing the format (in struct module style)\n for each element in the view.", get: { o, _ in
                MemoryViewType.attribute(o) { v in
                    Str.make((MemoryView.state(v).pointee.mv_native_prefix != 0 ? "@" : "") + MemoryView.formatName(v))
                }
            }),
            GetSetSpec("ndim", doc: "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents.", get: { o, _ in
                MemoryViewType.attribute(o) { v in IntObject.make(Int(MemoryView.state(v).pointee.mv_ndim)) }
            }),
            GetSetSpec("shape", doc: "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array.", get: { o, _ in
                MemoryViewType.attribute(o) { v in MemoryViewType.ints(MemoryView.shape(v)) }
            }),
            GetSetSpec("strides", doc: "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array.", get: { o, _ in
                MemoryViewType.attribute(o) { v in MemoryViewType.ints(MemoryView.strides(v)) }
            }),
            GetSetSpec("suboffsets", doc: "A tuple of integers used internally for PIL-style arrays.", get: { o, _ in
                MemoryViewType.attribute(o) { _ in Tuple.allocate(count: 0) }
            }),
            GetSetSpec("c_contiguous", doc: "A bool indicating whether the memory is C contiguous.", get: { o, _ in
                MemoryViewType.attribute(o) { v in .bool(MemoryView.isCContiguous(v)) }
            }),
            GetSetSpec("f_contiguous", doc: "A bool indicating whether the memory is Fortran contiguous.", get: { o, _ in
                MemoryViewType.attribute(o) { v in .bool(MemoryView.isFContiguous(v)) }
            }),
            GetSetSpec("contiguous", doc: "A bool indicating whether the memory is contiguous.", get: { o, _ in
                MemoryViewType.attribute(o) { v in .bool(MemoryView.isCContiguous(v) || MemoryView.isFContiguous(v)) }
            }),
        ]
    }

    static func methods() -> [MethodSpec] {
        [
            MethodSpec("tobytes", doc: "tobytes($self, /, order='C')\n--\n\nReturn the data in the buffer as a byte string.\n\nOrder can be {'C', 'F', 'A'}. When order is 'C' or 'F', the data of the\noriginal array is converted to C or Fortran order. For contiguous views,\n'A' returns an exact copy of the physical memory. In particular, in-memory\nFortran order is preserved. For non-contiguous views, the data is converted\nto C first. order=None is the same as order='C'.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    var fortran = false
                    if let order = try args.parse("tobytes", ["order"])[0], order != .none {
                        guard TypeObject.hasFlag(order.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else {
                            throw PyException.typeError("tobytes() argument 'order' must be str or None, not \(TypeObject.name(order.type))")
                        }
                        switch Str.swiftString(order) {
                        // 'A' copies the memory as it is laid out, which for Krait's views
                        // (cast gives C order; multi-dimensional slicing is missing) is C order.
                        case "C", "A": break
                        case "F": fortran = true
                        default: throw PyException.valueError("order must be 'C', 'F' or 'A'")
                        }
                    }
                    return try MemoryView.toBytes(s, fortran: fortran)
                }
            },
            MethodSpec("tolist", doc: "tolist($self, /)\n--\n\nReturn the data in the buffer as a list of elements.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("memoryview.tolist")
                    return try MemoryView.toList(s)
                }
            },
            MethodSpec("hex", doc: "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nReturn the data in the buffer as a str of hexadecimal numbers.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = memoryview(b'\\xb9\\x01\\xef')\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    let bytes = try MemoryView.toBytes(s)
                    return try BytesConstruct.hex(ByteView(bytes), args)
                }
            },
            MethodSpec("toreadonly", doc: "toreadonly($self, /)\n--\n\nReturn a readonly version of the memoryview.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("memoryview.toreadonly")
                    try MemoryView.checkReleased(s)
                    let st = MemoryView.state(s).pointee
                    let view = MemoryView.make(st.mv_obj, start: st.mv_start, step: st.mv_step, count: st.mv_len, readonly: true, like: s)
                    MemoryView.setDimensions(view, st.mv_dims, ndim: Int(st.mv_ndim))
                    return view
                }
            },
            MethodSpec("cast", doc: "cast($self, /, format, shape=<unrepresentable>)\n--\n\nCast a memoryview to a new format or shape.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try MemoryView.cast(s, args) }
            },
            MethodSpec("release", doc: "release($self, /)\n--\n\nRelease the underlying buffer exposed by the memoryview object.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("memoryview.release")
                    MemoryView.state(s).pointee.mv_released = 1
                    return .none
                }
            },
            MethodSpec("__enter__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                    try args.none("memoryview.__enter__")
                    try MemoryView.checkReleased(s)
                    return s
                }
            },
            MethodSpec("__exit__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in
                    MemoryView.state(s).pointee.mv_released = 1
                    return .none
                }
            },
        ]
    }

    static func setUp() {
        let t = Krait_memoryview_type!
        TypeSetup.begin(t, name: "memoryview", basicSize: MemoryLayout<KraitMemoryView>.size,
                        flags: UInt(Py_TPFLAGS_SEQUENCE),
                        doc: "memoryview(object)\n--\n\nCreate a new memoryview object which references the given object.")
        let sequence = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        sequence.initialize(to: PySequenceMethods())
        sequence.pointee.sq_length = { o in
            CBoundary.integer { () throws(PyException) in
                try MemoryView.checkReleased(Value(o!))
                return MemoryView.state(Value(o!)).pointee.mv_len
            }
        }
        sequence.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let v = Value(o!)
                try MemoryView.checkReleased(v)
                guard i >= 0 && i < MemoryView.state(v).pointee.mv_len else { throw PyException.indexError("index out of bounds on dimension 1") }
                return try MemoryView.item(v, i)
            }
        }
        t.pointee.tp_as_sequence = sequence
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try MemoryView.getItem(Value(o!), Value(key!)) }
        }, length: { o in
            CBoundary.integer { () throws(PyException) in
                try MemoryView.checkReleased(Value(o!))
                return MemoryView.state(Value(o!)).pointee.mv_len
            }
        })
        t.pointee.tp_as_mapping.pointee.mp_ass_subscript = { o, key, value in
            CBoundary.status { () throws(PyException) in try MemoryView.assign(Value(o!), Value(key!), value.map { Value($0) }) }
        }
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in Str.make(MemoryView.repr(Value(o!))) } }
        t.pointee.tp_hash = { o in CBoundary.integer { () throws(PyException) in try MemoryView.hash(Value(o!)) } }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let op = CompareOp(rawValue: op)!
                guard op == .eq || op == .ne else { return .notImplemented }
                let equal = try MemoryView.equal(Value(a!), Value(b!))
                if equal == .notImplemented || op == .eq { return equal }
                return .bool(equal == .false)
            }
        }
        t.pointee.tp_traverse = MemoryView.traverse
        t.pointee.tp_iter = { o in
            CBoundary.object { () throws(PyException) in
                try MemoryView.checkReleased(Value(o!))
                if MemoryView.state(Value(o!)).pointee.mv_ndim != 1 {
                    throw PyException(Krait_exc_NotImplementedError, "multi-dimensional sub-views are not implemented")
                }
                return SequenceIterator.make(Value(o!), type: Krait_memoryIterator_type)
            }
        }
        // Advancing over a view released meanwhile raises, as in CPython.
        SequenceIterator.define(Krait_memoryIterator_type, "memory_iterator", stateMethods: false) { o in
            let s = SequenceIterator.state(o!)
            let view = s.pointee.it_seq
            guard !view.isEmpty else { return nil }
            if MemoryView.state(view).pointee.mv_released != 0 {
                CBoundary.setPending(PyException.valueError("operation forbidden on released memoryview object"))
                return nil
            }
            guard s.pointee.it_index < MemoryView.state(view).pointee.mv_len else {
                s.pointee.it_seq = .empty
                return nil
            }
            let i = s.pointee.it_index
            s.pointee.it_index = i + 1
            return CBoundary.object { () throws(PyException) in try MemoryView.item(view, i) }
        }
        t.pointee.tp_methods = TypeSetup.methodTable(methods())
        t.pointee.tp_getset = MemberDescriptors.getSetTable(attributes())
        NativeConstructors.register(t) { _, args throws(PyException) in try MemoryView.construct(args) }
    }
}
