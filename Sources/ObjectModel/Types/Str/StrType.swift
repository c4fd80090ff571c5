import ObjectLayout

/// The `str` type's slots and representation.
enum StrType {
    static let sequenceMethods: UnsafeMutablePointer<PySequenceMethods> = {
        let table = UnsafeMutablePointer<PySequenceMethods>.allocate(capacity: 1)
        table.initialize(to: PySequenceMethods())
        table.pointee.sq_length = { o in Str.length(Value(o!)) }
        table.pointee.sq_item = { o, i in
            CBoundary.object { () throws(PyException) in
                let s = Value(o!)
                guard i >= 0 && i < Str.length(s) else { throw PyException.indexError("string index out of range") }
                return Str.character(s, at: i)
            }
        }
        table.pointee.sq_concat = { a, b in
            CBoundary.object { () throws(PyException) in
                let right = Value(b!)
                guard right.isExactly(Krait_str_type) else {
                    throw PyException.typeError("can only concatenate str (not \"\(TypeObject.name(right.type))\") to str")
                }
                return try Str.concat(Value(a!), right)
            }
        }
        table.pointee.sq_repeat = { o, n in CBoundary.object { () throws(PyException) in try StrMethods.repeated(Value(o!), n) } }
        table.pointee.sq_contains = { o, v in
            Int32(CBoundary.integer { () throws(PyException) in try StrSearch.contains(Value(o!), Value(v!)) ? 1 : 0 })
        }
        return table
    }()

    static func setUp() {
        let t = Krait_str_type!
        TypeSetup.begin(t, name: "str", basicSize: MemoryLayout<PyASCIIObject>.size,
                        flags: UInt(Py_TPFLAGS_BASETYPE) | UInt(Py_TPFLAGS_UNICODE_SUBCLASS) | UInt(Py_TPFLAGS_MATCH_SELF),
                        doc: "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\nCreate a new string object from the given object. If encoding or\nerrors is specified, then the object must expose a data buffer\nthat will be decoded using the given encoding and error handler.\nOtherwise, returns the result of object.__str__() (if defined)\nor repr(object).\nencoding defaults to sys.getdefaultencoding().\nerrors defaults to 'strict'.")
        t.pointee.tp_as_sequence = sequenceMethods
        t.pointee.tp_as_number = FormatMethods.strNumberMethods
        t.pointee.tp_as_mapping = Subscripts.mappingMethods({ o, key in
            CBoundary.object { () throws(PyException) in try Subscripts.str(Value(o!), Value(key!)) }
        }, length: { o in Str.length(Value(o!)) })
        t.pointee.tp_repr = { o in CBoundary.object { () throws(PyException) in StrType.repr(Value(o!)) } }
        t.pointee.tp_str = { o in Boxing.object(Str.exact(Value(o!))) }
        t.pointee.tp_hash = { o in Str.hash(Value(o!)) }
        t.pointee.tp_traverse = { _, _, _ in 0 }
        t.pointee.tp_iter = { o in
            let s = Value(o!)
            return SequenceIterator.make(s, type: Str.isASCII(s) ? Krait_strASCIIIterator_type : Krait_strIterator_type).object
        }
        t.pointee.tp_richcompare = { a, b, op in
            CBoundary.object { () throws(PyException) in
                let x = Value(a!), y = Value(b!)
                guard TypeObject.hasFlag(y.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) else { return .notImplemented }
                let op = CompareOp(rawValue: op)!
                if op == .eq || op == .ne { return .bool(Str.equal(x, y) == (op == .eq)) }
                return .bool(op.holds(Str.compare(x, y)))
            }
        }
        t.pointee.tp_methods = TypeSetup.methodTable(StrMethods.table())
        NativeConstructors.register(t) { _, args throws(PyException) in try StrMethods.construct(args) }
        t.pointee.tp_new = { type, args, kwargs in
            CBoundary.object { () throws(PyException) in
                let value = try NumberNew.construct(Krait_str_type, args, kwargs)
                return type == Krait_str_type ? value : Str.copy(value, as: type!)
            }
        }
    }

    /// `repr(s)`: quotes chosen as CPython chooses them, non-printable code points
    /// escaped.
    static func repr(_ s: Value) -> Value {
        let n = Str.length(s)
        var hasSingle = false, hasDouble = false
        for i in 0..<n {
            let c = Str.codePoint(s, at: i)
            if c == 0x27 { hasSingle = true } else if c == 0x22 { hasDouble = true }
        }
        let quote: UInt32 = hasSingle && !hasDouble ? 0x22 : 0x27
        var out: [UInt32] = [quote]
        out.reserveCapacity(n + 2)
        func hex(_ c: UInt32, digits: Int, prefix: Character) {
            out.append(0x5C)
            out.append(prefix.unicodeScalars.first!.value)
            for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
                out.append(Array("0123456789abcdef".unicodeScalars)[Int((c >> UInt32(shift)) & 0xF)].value)
            }
        }
        for i in 0..<n {
            let c = Str.codePoint(s, at: i)
            switch c {
            case quote, 0x5C: out.append(0x5C); out.append(c)
            case 0x09: out.append(0x5C); out.append(0x74)
            case 0x0A: out.append(0x5C); out.append(0x6E)
            case 0x0D: out.append(0x5C); out.append(0x72)
            case 0..<0x20, 0x7F: hex(c, digits: 2, prefix: "x")
            case 0x20..<0x7F: out.append(c)
            default:
                if Printable.isPrintable(c) {
                    out.append(c)
                } else if c <= 0xFF {
                    hex(c, digits: 2, prefix: "x")
                } else if c <= 0xFFFF {
                    hex(c, digits: 4, prefix: "u")
                } else {
                    hex(c, digits: 8, prefix: "U")
                }
            }
        }
        out.append(quote)
        return Str.make(codePoints: out)
    }
}
