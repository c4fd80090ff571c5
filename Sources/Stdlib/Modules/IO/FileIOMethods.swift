import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The methods of `_io.FileIO`.
enum FileIOMethods {
    static let table: [MethodSpec] = [
        MethodSpec("read", doc: "read($self, size=-1, /)\n--\n\nRead at most size bytes, returned as bytes.\n\nOnly makes one system call, so less data may be returned than requested.\nIn non-blocking mode, returns None if no data is available.\nReturn an empty bytes object at EOF.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("read", min: 0, max: 1)
                let size = try IOError.optionalSize(args.optional(0))
                let f = try FileIO.readable(s)
                return try (size < 0 ? FileIO.readAll(f) : FileIO.read(f, size)) ?? .none
            }
        },
        MethodSpec("readall", doc: "readall($self, /)\n--\n\nRead all data from the file, returned as bytes.\n\nIn non-blocking mode, returns as much as is immediately available,\nor None if no data is available.  Return an empty bytes object at EOF.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("readall")
                return try FileIO.readAll(try FileIO.checked(s)) ?? .none
            }
        },
        MethodSpec("readinto", doc: "readinto($self, buffer, /)\n--\n\nSame as RawIOBase.readinto().") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let target = try args.one("readinto")
                let f = try FileIO.readable(s)
                return try IOBase.readInto(target) { count throws(PyException) in try FileIO.read(f, count) }
            }
        },
        MethodSpec("write", doc: "write($self, b, /)\n--\n\nWrite buffer b to file, return number of bytes written.\n\nOnly makes one system call, so not all of the data may be written.\nThe number of bytes actually written is returned.  In non-blocking mode,\nreturns None if the write would block.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let data = try args.one("write")
                let f = try FileIO.writable(s)
                let view = try BytesLike.argument(data)
                return try FileIO.write(f, view.raw).map { IntObject.make($0) } ?? .none
            }
        },
        MethodSpec("seek", doc: "seek($self, pos, whence=0, /)\n--\n\nMove to new file position and return the file position.\n\nArgument offset is a byte count.  Optional argument whence defaults to\nSEEK_SET or 0 (offset from start of file, offset should be >= 0); other values\nare SEEK_CUR or 1 (move relative to current position, positive or negative),\nand SEEK_END or 2 (move relative to end of file, usually negative, although\nmany platforms allow seeking beyond the end of a file).\n\nNote that not all file objects are seekable.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("seek", min: 1, max: 2)
                let f = try FileIO.checked(s)
                let whence = try args.optional(1).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0
                return IntObject.make(try FileIO.seek(f, try Protocols.index(args[0], overflow: Krait_exc_OverflowError), Int32(whence)))
            }
        },
        MethodSpec("tell", doc: "tell($self, /)\n--\n\nCurrent file position.\n\nCan raise OSError for non seekable files.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("tell")
                return IntObject.make(try FileIO.seek(try FileIO.checked(s), 0, SEEK_CUR))
            }
        },
        MethodSpec("truncate", doc: "truncate($self, size=None, /)\n--\n\nTruncate the file to at most size bytes and return the truncated size.\n\nSize defaults to the current file position, as returned by tell().\nThe current file position is changed to the value of size.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("truncate", min: 0, max: 1)
                let f = try FileIO.writable(s)
                var size = 0
                if let arg = args.optional(0), arg != .none {
                    size = try Protocols.index(arg, overflow: Krait_exc_OverflowError)
                } else {
                    size = try FileIO.seek(f, 0, SEEK_CUR)
                }
                if ftruncate(f.pointee.fd, off_t(size)) != 0 { throw IOError.fromErrno(errno) }
                return IntObject.make(size)
            }
        },
        MethodSpec("close", doc: "close($self, /)\n--\n\nClose the file.\n\nA closed file cannot be used for further I/O operations.  close() may be\ncalled more than once without error.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("close")
                var failure: PyException? = nil
                do throws(PyException) { try IOBase.close(s) } catch { failure = error }
                try FileIO.closeDescriptor(FileIO.object(s))
                if let failure { throw failure }
                return .none
            }
        },
        MethodSpec("seekable", doc: "seekable($self, /)\n--\n\nTrue if file supports random-access.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("seekable")
                let f = try FileIO.checked(s)
                if f.pointee.seekable < 0 { f.pointee.seekable = lseek(f.pointee.fd, 0, SEEK_CUR) < 0 ? 0 : 1 }
                return .bool(f.pointee.seekable == 1)
            }
        },
        MethodSpec("readable", doc: "readable($self, /)\n--\n\nTrue if file was opened in a read mode.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("readable")
                return .bool(try FileIO.checked(s).pointee.readable != 0)
            }
        },
        MethodSpec("writable", doc: "writable($self, /)\n--\n\nTrue if file was opened in a write mode.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("writable")
                return .bool(try FileIO.checked(s).pointee.writable != 0)
            }
        },
        MethodSpec("fileno", doc: "fileno($self, /)\n--\n\nReturn the underlying file descriptor (an integer).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("fileno")
                return IntObject.make(Int(try FileIO.checked(s).pointee.fd))
            }
        },
        MethodSpec("isatty", doc: "isatty($self, /)\n--\n\nTrue if the file is connected to a TTY device.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("isatty")
                return .bool(Glibc.isatty(try FileIO.checked(s).pointee.fd) != 0)
            }
        },
    ]
}
