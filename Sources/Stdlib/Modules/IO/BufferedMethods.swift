import ObjectLayout
import ObjectModel

/// The methods of the buffered types (`BufferedType` leaves out those of the other direction).
enum BufferedMethods {
    static let table: [MethodSpec] = [
        MethodSpec("read", doc: "read($self, size=-1, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("read", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                if size < -1 { throw PyException.valueError("read length must be non-negative or -1") }
                return try Buffered.read(try Buffered.open(s, "read of"), size)
            }
        },
        MethodSpec("read1", doc: "read1($self, size=-1, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("read1", min: 0, max: 1)
                let size = try args.optional(0).map { v throws(PyException) in try ModuleTypes.size(v) } ?? -1
                return try Buffered.read1(try Buffered.open(s, "read of"), size)
            }
        },
        MethodSpec("peek", doc: "peek($self, size=0, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("peek", min: 0, max: 1)
                if let size = args.optional(0) { _ = try ModuleTypes.size(size) }
                return try Buffered.peek(try Buffered.open(s, "peek of"))
            }
        },
        MethodSpec("readinto", doc: "readinto($self, buffer, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let target = try args.one("readinto")
                let b = try Buffered.open(s, "readinto of")
                return try IOBase.readInto(target) { count throws(PyException) in try Buffered.read(b, count) }
            }
        },
        MethodSpec("readinto1", doc: "readinto1($self, buffer, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let target = try args.one("readinto1")
                let b = try Buffered.open(s, "readinto of")
                return try IOBase.readInto(target) { count throws(PyException) in try Buffered.read1(b, count) }
            }
        },
        MethodSpec("readline", doc: "readline($self, size=-1, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("readline", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                return try Buffered.readline(try Buffered.open(s, "readline of"), size)
            }
        },
        MethodSpec("write", doc: "write($self, buffer, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let data = try args.one("write")
                let b = try Buffered.open(s, "write to")
                let view = try BytesLike.argument(data)
                try Buffered.write(b, view.raw)
                return IntObject.make(view.count)
            }
        },
        MethodSpec("flush", doc: "flush($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("flush")
                let b = try Buffered.ready(s)
                if try IOBase.isClosed(b.pointee.raw) {
                    throw PyException.valueError(b.pointee.writable != 0 ? "flush of closed file" : "I/O operation on closed file.")
                }
                try Buffered.flushWrites(b)
                if b.pointee.writable != 0 { _ = try Protocols.callMethod(b.pointee.raw, "flush") }
                return .none
            }
        },
        MethodSpec("tell", doc: "tell($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("tell")
                let b = try Buffered.ready(s)
                if try IOBase.isClosed(b.pointee.raw) { throw IOBase.closedFile() }
                return IntObject.make(try Buffered.tell(b))
            }
        },
        MethodSpec("seek", doc: "seek($self, target, whence=0, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("seek", min: 1, max: 2)
                let target = args[0]
                guard Protocols.isIndex(target) else {
                    throw PyException.typeError("'\(TypeObject.name(target.type))' object cannot be interpreted as an integer")
                }
                let whence = try args.optional(1).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
                return try Buffered.seek(try Buffered.open(s, "seek of"), target, whence)
            }
        },
        MethodSpec("truncate", doc: "truncate($self, pos=None, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("truncate", min: 0, max: 1)
                let b = try Buffered.open(s, "truncate of")
                if b.pointee.writable == 0 { throw IOBase.unsupported("truncate") }
                try Buffered.flushWrites(b)
                try Buffered.dropReadAhead(b)
                return try Protocols.callMethod(b.pointee.raw, "truncate", args.optional(0) ?? .none)
            }
        },
        MethodSpec("close", doc: "close($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("close")
                let b = try Buffered.ready(s)
                if try IOBase.isClosed(b.pointee.raw) { return .none }
                var failure: PyException? = nil
                do throws(PyException) { _ = try Protocols.callMethod(s, "flush") } catch { failure = error }
                _ = try Protocols.callMethod(b.pointee.raw, "close")
                b.pointee.buffer = nil
                b.pointee.pos = 0
                b.pointee.read_end = 0
                if let failure { throw failure }
                return .none
            }
        },
        MethodSpec("detach", doc: "detach($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("detach")
                let b = try Buffered.ready(s)
                _ = try Protocols.callMethod(s, "flush")
                let raw = b.pointee.raw
                b.pointee.raw = .empty
                b.pointee.ok = 0
                b.pointee.detached = 1
                return raw
            }
        },
        MethodSpec("fileno", doc: "fileno($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("fileno")
                return try Protocols.callMethod(try Buffered.ready(s).pointee.raw, "fileno")
            }
        },
        MethodSpec("isatty", doc: "isatty($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("isatty")
                return try Protocols.callMethod(try Buffered.ready(s).pointee.raw, "isatty")
            }
        },
        MethodSpec("seekable", doc: "seekable($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("seekable")
                return try Protocols.callMethod(try Buffered.ready(s).pointee.raw, "seekable")
            }
        },
        MethodSpec("readable", doc: "readable($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("readable")
                return try Protocols.callMethod(try Buffered.ready(s).pointee.raw, "readable")
            }
        },
        MethodSpec("writable", doc: "writable($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("writable")
                return try Protocols.callMethod(try Buffered.ready(s).pointee.raw, "writable")
            }
        },
    ]
}
