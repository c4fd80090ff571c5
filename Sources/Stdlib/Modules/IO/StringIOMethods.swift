import ObjectLayout
import ObjectModel

/// The methods of `_io.StringIO`.
enum StringIOMethods {
    static let table: [MethodSpec] = [
        MethodSpec("close", doc: "close($self, /)\n--\n\nClose the IO object.\n\nAttempting any further operation after the object is closed\nwill raise a ValueError.\n\nThis method has no effect if the file is already closed.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("close")
                let o = StringIO.object(s)
                o.pointee.closed = 1
                o.pointee.buf = nil
                o.pointee.allocated = 0
                return .none
            }
        },
        MethodSpec("getvalue", doc: "getvalue($self, /)\n--\n\nRetrieve the entire contents of the object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("getvalue")
                let o = try StringIO.checked(s)
                return StringIO.substring(o, 0, o.pointee.string_size)
            }
        },
        MethodSpec("read", doc: "read($self, size=-1, /)\n--\n\nRead at most size characters, returned as a string.\n\nIf the argument is negative or omitted, read until EOF\nis reached. Return an empty string at EOF.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("read", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                return StringIO.read(try StringIO.checked(s), size)
            }
        },
        MethodSpec("readline", doc: "readline($self, size=-1, /)\n--\n\nRead until newline or EOF.\n\nReturns an empty string if EOF is hit immediately.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("readline", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                return StringIO.readline(try StringIO.checked(s), size)
            }
        },
        MethodSpec("tell", doc: "tell($self, /)\n--\n\nTell the current file position.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("tell")
                return IntObject.make(try StringIO.checked(s).pointee.pos)
            }
        },
        MethodSpec("seek", doc: "seek($self, pos, whence=0, /)\n--\n\nChange stream position.\n\nSeek to character offset pos relative to position indicated by whence:\n    0  Start of stream (the default).  pos should be >= 0;\n    1  Current position - pos must be 0;\n    2  End of stream - pos must be 0.\nReturns the new absolute position.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("seek", min: 1, max: 2)
                let pos = try ModuleTypes.size(args[0])
                let whence = try args.optional(1).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
                let o = try StringIO.checked(s)
                if whence != 0 && whence != 1 && whence != 2 {
                    throw PyException.valueError("Invalid whence (\(whence), should be 0, 1 or 2)")
                }
                if pos < 0 && whence == 0 { throw PyException.valueError("Negative seek position \(pos)") }
                if whence != 0 && pos != 0 { throw IOError.osError("Can't do nonzero cur-relative seeks") }
                if whence == 2 { o.pointee.pos = o.pointee.string_size } else if whence == 0 { o.pointee.pos = pos }
                return IntObject.make(o.pointee.pos)
            }
        },
        MethodSpec("truncate", doc: "truncate($self, pos=None, /)\n--\n\nTruncate size to pos.\n\nThe pos argument defaults to the current file position, as\nreturned by tell().  The current file position is unchanged.\nReturns the new absolute position.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("truncate", min: 0, max: 1)
                let o = try StringIO.checked(s)
                var size = o.pointee.pos
                if let arg = args.optional(0), arg != .none { size = try ModuleTypes.size(arg) }
                if size < 0 { throw PyException.valueError("Negative size value \(size)") }
                if size < o.pointee.string_size { o.pointee.string_size = size }
                return IntObject.make(size)
            }
        },
        MethodSpec("write", doc: "write($self, s, /)\n--\n\nWrite string to file.\n\nReturns the number of characters written, which is always equal to\nthe length of the string.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let str = try args.one("write")
                let o = try StringIO.checked(s)
                guard ModuleTypes.isStr(str) else {
                    throw PyException.typeError("string argument expected, got '\(TypeObject.name(str.type))'")
                }
                if Str.length(str) > 0 { try StringIO.write(o, str) }
                return IntObject.make(Str.length(str))
            }
        },
        MethodSpec("readable", doc: "readable($self, /)\n--\n\nReturns True if the IO object can be read.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("readable")
                _ = try StringIO.checked(s)
                return .true
            }
        },
        MethodSpec("writable", doc: "writable($self, /)\n--\n\nReturns True if the IO object can be written.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("writable")
                _ = try StringIO.checked(s)
                return .true
            }
        },
        MethodSpec("seekable", doc: "seekable($self, /)\n--\n\nReturns True if the IO object can be seeked.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("seekable")
                _ = try StringIO.checked(s)
                return .true
            }
        },
        MethodSpec("__getstate__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("__getstate__")
                let o = try StringIO.checked(s)
                let value = StringIO.substring(o, 0, o.pointee.string_size)
                let dict = o.pointee.base.dict.isEmpty ? Value.none : try Protocols.callMethod(o.pointee.base.dict, "copy")
                return Tuple.make([value, o.pointee.readnl.isEmpty ? .none : o.pointee.readnl, IntObject.make(o.pointee.pos), dict])
            }
        },
        MethodSpec("__setstate__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try StringIOMethods.setState(s, try args.one("__setstate__"))
                return .none
            }
        },
    ]

    /// `__setstate__((value, newline, pos, dict))`: re-initialised with the newline,
    /// then the value stored untranslated, as CPython does.
    static func setState(_ s: Value, _ state: Value) throws(PyException) {
        guard state.isExactly(Krait_tuple_type), Tuple.count(state) >= 4 else {
            throw PyException.typeError("\(TypeObject.name(s.type)).__setstate__ argument should be 4-tuple, got \(TypeObject.name(state.type))")
        }
        let o = StringIO.object(s)
        if o.pointee.ok != 0 && o.pointee.closed != 0 { throw PyException.valueError("I/O operation on closed file") }
        let newline = Tuple.item(state, 1)
        let initArgs = Tuple.make(Value.none, newline)
        try StringIO.initialize(s, Arguments(UnsafePointer(Tuple.items(initArgs)), 2, .empty))
        let value = Tuple.item(state, 0)
        guard ModuleTypes.isStr(value) else { throw PyException.typeError("initial_value must be str, not \(TypeObject.name(value.type))") }
        let points = Str.codePoints(value)
        StringIO.reserve(o, points.count)
        points.withUnsafeBufferPointer { b in
            if let base = b.baseAddress { o.pointee.buf!.update(from: base, count: b.count) }
        }
        o.pointee.string_size = points.count
        let position = Tuple.item(state, 2)
        guard IntObject.check(position) else { throw PyException.typeError("third item of state must be an integer, got \(TypeObject.name(position.type))") }
        let pos = try ModuleTypes.size(position)
        if pos < 0 { throw PyException.valueError("position value cannot be negative") }
        o.pointee.pos = pos
        let dict = Tuple.item(state, 3)
        if dict != .none {
            guard TypeObject.isSubtype(dict.type, of: Krait_dict_type) else {
                throw PyException.typeError("fourth item of state should be a dict, got a \(TypeObject.name(dict.type))")
            }
            if o.pointee.base.dict.isEmpty { o.pointee.base.dict = Dict.new() }
            _ = try Protocols.callMethod(o.pointee.base.dict, "update", dict)
        }
    }
}
