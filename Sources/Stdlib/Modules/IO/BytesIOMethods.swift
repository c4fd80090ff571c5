import ObjectLayout
import ObjectModel

/// The methods of `_io.BytesIO`.
enum BytesIOMethods {
    static let table: [MethodSpec] = [
        MethodSpec("close", doc: "close($self, /)\n--\n\nDisable all I/O operations.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("close")
                let b = BytesIO.object(s)
                if b.pointee.exports > 0 { throw PyException(Krait_exc_BufferError, "Existing exports of data: object cannot be re-sized") }
                b.pointee.closed = 1
                b.pointee.buf = nil
                b.pointee.allocated = 0
                return .none
            }
        },
        MethodSpec("flush", doc: "flush($self, /)\n--\n\nDoes nothing.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("flush")
                _ = try BytesIO.checked(s)
                return .none
            }
        },
        MethodSpec("isatty", doc: "isatty($self, /)\n--\n\nAlways returns False.\n\nBytesIO objects are not connected to a TTY-like device.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("isatty")
                _ = try BytesIO.checked(s)
                return .false
            }
        },
        MethodSpec("readable", doc: "readable($self, /)\n--\n\nReturns True if the IO object can be read.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("readable")
                _ = try BytesIO.checked(s)
                return .true
            }
        },
        MethodSpec("writable", doc: "writable($self, /)\n--\n\nReturns True if the IO object can be written.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("writable")
                _ = try BytesIO.checked(s)
                return .true
            }
        },
        MethodSpec("seekable", doc: "seekable($self, /)\n--\n\nReturns True if the IO object can be seeked.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("seekable")
                _ = try BytesIO.checked(s)
                return .true
            }
        },
        MethodSpec("getbuffer", doc: "getbuffer($self, /)\n--\n\nGet a read-write view over the contents of the BytesIO object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("getbuffer")
                return try BytesIOBuffer.view(s)
            }
        },
        MethodSpec("getvalue", doc: "getvalue($self, /)\n--\n\nRetrieve the entire contents of the BytesIO object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("getvalue")
                let b = try BytesIO.checked(s)
                return BytesIO.bytes(b, 0, b.pointee.string_size)
            }
        },
        MethodSpec("read", doc: "read($self, size=-1, /)\n--\n\nRead at most size bytes, returned as a bytes object.\n\nIf the size argument is negative, read until EOF is reached.\nReturn an empty bytes object at EOF.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("read", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                return BytesIO.read(try BytesIO.checked(s), size)
            }
        },
        MethodSpec("read1", doc: "read1($self, size=-1, /)\n--\n\nRead at most size bytes, returned as a bytes object.\n\nIf the size argument is negative or omitted, read until EOF is reached.\nReturn an empty bytes object at EOF.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("read1", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                return BytesIO.read(try BytesIO.checked(s), size)
            }
        },
        MethodSpec("readline", doc: "readline($self, size=-1, /)\n--\n\nNext line from the file, as a bytes object.\n\nRetain newline.  A non-negative size argument limits the maximum\nnumber of bytes to return (an incomplete line may be returned then).\nReturn an empty bytes object at EOF.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("readline", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                return BytesIO.readline(try BytesIO.checked(s), size)
            }
        },
        MethodSpec("readlines", doc: "readlines($self, size=None, /)\n--\n\nList of bytes objects, each a line from the file.\n\nCall readline() repeatedly and return a list of the lines so read.\nThe optional size argument, if given, is an approximate bound on the\ntotal number of bytes in the lines returned.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("readlines", min: 0, max: 1)
                var hint = 0
                if let arg = args.optional(0), arg != .none {
                    guard IntObject.check(arg) else { throw PyException.typeError("integer argument expected, got '\(TypeObject.name(arg.type))'") }
                    hint = try ModuleTypes.size(arg)
                }
                let b = try BytesIO.checked(s)
                let lines = List.new()
                var total = 0
                while true {
                    let line = BytesIO.readline(b, -1)
                    if Bytes.count(line) == 0 { break }
                    List.append(lines, line)
                    total += Bytes.count(line)
                    if hint > 0 && total >= hint { break }
                }
                return lines
            }
        },
        MethodSpec("readinto", doc: "readinto($self, buffer, /)\n--\n\nRead bytes into buffer.\n\nReturns number of bytes read (0 for EOF), or None if the object\nis set not to block and has no data to read.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let target = try args.one("readinto")
                let b = try BytesIO.checked(s)
                guard ByteArray.isByteArray(target) || target.type == Krait_memoryview_type || ArrayStorage.isArray(target) else {
                    throw PyException.typeError("readinto() argument must be read-write bytes-like object, not \(TypeObject.argumentTypeName(target))")
                }
                return try IOBase.readInto(target) { count in BytesIO.read(b, count) }
            }
        },
        MethodSpec("tell", doc: "tell($self, /)\n--\n\nCurrent file position, an integer.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("tell")
                return IntObject.make(try BytesIO.checked(s).pointee.pos)
            }
        },
        MethodSpec("seek", doc: "seek($self, pos, whence=0, /)\n--\n\nChange stream position.\n\nSeek to byte offset pos relative to position indicated by whence:\n     0  Start of stream (the default).  pos should be >= 0;\n     1  Current position - pos may be negative;\n     2  End of stream - pos usually negative.\nReturns the new absolute position.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("seek", min: 1, max: 2)
                var pos = try ModuleTypes.size(args[0])
                let whence = try args.optional(1).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
                let b = try BytesIO.checked(s)
                if pos < 0 && whence == 0 { throw PyException.valueError("negative seek value \(pos)") }
                if whence == 1 {
                    pos += b.pointee.pos
                } else if whence == 2 {
                    pos += b.pointee.string_size
                } else if whence != 0 {
                    throw PyException.valueError("invalid whence (\(whence), should be 0, 1 or 2)")
                }
                b.pointee.pos = Swift.max(pos, 0)
                return IntObject.make(b.pointee.pos)
            }
        },
        MethodSpec("truncate", doc: "truncate($self, size=None, /)\n--\n\nTruncate the file to at most size bytes.\n\nSize defaults to the current file position, as returned by tell().\nThe current file position is unchanged.  Returns the new size.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("truncate", min: 0, max: 1)
                let b = try BytesIO.checked(s)
                if b.pointee.exports > 0 { throw PyException(Krait_exc_BufferError, "Existing exports of data: object cannot be re-sized") }
                var size = b.pointee.pos
                if let arg = args.optional(0), arg != .none { size = try ModuleTypes.size(arg) }
                if size < 0 { throw PyException.valueError("negative size value \(size)") }
                if size < b.pointee.string_size { b.pointee.string_size = size }
                return IntObject.make(size)
            }
        },
        MethodSpec("write", doc: "write($self, b, /)\n--\n\nWrite bytes to file.\n\nReturn the number of bytes written.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let data = try args.one("write")
                let b = try BytesIO.checked(s)
                let view = try BytesLike.argument(data)
                try BytesIO.write(b, view.raw)
                return IntObject.make(view.count)
            }
        },
        MethodSpec("writelines", doc: "writelines($self, lines, /)\n--\n\nWrite lines to the file.\n\nNote that newlines are not added.  lines can be any iterable object\nproducing bytes-like objects. This is equivalent to calling write() for\neach element.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let lines = try args.one("writelines")
                _ = try BytesIO.checked(s)
                let it = try Protocols.iterator(lines)
                while let line = try Protocols.next(it) {
                    let view = try BytesLike.argument(line)
                    try BytesIO.write(try BytesIO.checked(s), view.raw)
                }
                return .none
            }
        },
        MethodSpec("__getstate__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("__getstate__")
                let b = try BytesIO.checked(s)
                let value = BytesIO.bytes(b, 0, b.pointee.string_size)
                let dict = b.pointee.base.dict.isEmpty ? Value.none : try Protocols.callMethod(b.pointee.base.dict, "copy")
                return Tuple.make([value, IntObject.make(b.pointee.pos), dict])
            }
        },
        MethodSpec("__setstate__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let state = try args.one("__setstate__")
                guard state.isExactly(Krait_tuple_type), Tuple.count(state) >= 3 else {
                    throw PyException.typeError("\(TypeObject.name(s.type)).__setstate__ argument should be 3-tuple, got \(TypeObject.name(state.type))")
                }
                let b = BytesIO.object(s)
                b.pointee.string_size = 0
                b.pointee.pos = 0
                try BytesIO.write(b, try BytesLike.argument(Tuple.item(state, 0)).raw)
                let position = Tuple.item(state, 1)
                guard IntObject.check(position) else {
                    throw PyException.typeError("second item of state must be an integer, not \(TypeObject.name(position.type))")
                }
                let pos = try ModuleTypes.size(position)
                if pos < 0 { throw PyException.valueError("position value cannot be negative") }
                b.pointee.pos = pos
                let dict = Tuple.item(state, 2)
                if dict != .none {
                    guard TypeObject.isSubtype(dict.type, of: Krait_dict_type) else {
                        throw PyException.typeError("third item of state should be a dict, got a \(TypeObject.name(dict.type))")
                    }
                    if b.pointee.base.dict.isEmpty { b.pointee.base.dict = Dict.new() }
                    _ = try Protocols.callMethod(b.pointee.base.dict, "update", dict)
                }
                return .none
            }
        },
    ]
}
