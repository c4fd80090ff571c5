import ObjectLayout
import ObjectModel

/// The methods of `_io.TextIOWrapper`.
enum TextIOMethods {
    static let table: [MethodSpec] = [
        MethodSpec("read", doc: "read($self, size=-1, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("read", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                return try TextIO.read(try TextIO.open(s), size)
            }
        },
        MethodSpec("readline", doc: "readline($self, size=-1, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("readline", min: 0, max: 1)
                if let size = args.optional(0), !Protocols.isIndex(size) {
                    throw PyException.typeError("'\(TypeObject.name(size.type))' object cannot be interpreted as an integer")
                }
                let size = try args.optional(0).map { v throws(PyException) in try ModuleTypes.size(v) } ?? -1
                return try TextIO.readline(try TextIO.open(s), size)
            }
        },
        MethodSpec("write", doc: "write($self, text, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let text = try args.one("write")
                guard ModuleTypes.isStr(text) else {
                    throw PyException.typeError("write() argument must be str, not \(TypeObject.argumentTypeName(text))")
                }
                try TextIO.write(s, try TextIO.open(s), text)
                return IntObject.make(Str.length(text))
            }
        },
        MethodSpec("flush", doc: "flush($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("flush")
                return try Protocols.callMethod(try TextIO.open(s).pointee.buffer, "flush")
            }
        },
        MethodSpec("close", doc: "close($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("close")
                let t = try TextIO.ready(s)
                if try IOBase.isClosed(t.pointee.buffer) { return .none }
                var failure: PyException? = nil
                do throws(PyException) { _ = try Protocols.callMethod(s, "flush") } catch { failure = error }
                _ = try Protocols.callMethod(t.pointee.buffer, "close")
                if let failure { throw failure }
                return .none
            }
        },
        MethodSpec("detach", doc: "detach($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("detach")
                let t = try TextIO.ready(s)
                _ = try Protocols.callMethod(s, "flush")
                let buffer = t.pointee.buffer
                t.pointee.buffer = .empty
                t.pointee.ok = 0
                t.pointee.detached = 1
                return buffer
            }
        },
        MethodSpec("tell", doc: "tell($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("tell")
                return try TextIO.tell(s, try TextIO.open(s))
            }
        },
        MethodSpec("seek", doc: "seek($self, cookie, whence=0, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("seek", min: 1, max: 2)
                let whence = try args.optional(1).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
                return try TextIO.seek(s, try TextIO.open(s), args[0], whence)
            }
        },
        MethodSpec("truncate", doc: "truncate($self, pos=None, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("truncate", min: 0, max: 1)
                let t = try TextIO.open(s)
                _ = try Protocols.callMethod(s, "flush")
                return try Protocols.callMethod(t.pointee.buffer, "truncate", args.optional(0) ?? .none)
            }
        },
        MethodSpec("fileno", doc: "fileno($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("fileno")
                return try Protocols.callMethod(try TextIO.ready(s).pointee.buffer, "fileno")
            }
        },
        MethodSpec("isatty", doc: "isatty($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("isatty")
                return try Protocols.callMethod(try TextIO.ready(s).pointee.buffer, "isatty")
            }
        },
        MethodSpec("seekable", doc: "seekable($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("seekable")
                return try Protocols.callMethod(try TextIO.ready(s).pointee.buffer, "seekable")
            }
        },
        MethodSpec("readable", doc: "readable($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("readable")
                return try Protocols.callMethod(try TextIO.ready(s).pointee.buffer, "readable")
            }
        },
        MethodSpec("writable", doc: "writable($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("writable")
                return try Protocols.callMethod(try TextIO.ready(s).pointee.buffer, "writable")
            }
        },
    ]
}
