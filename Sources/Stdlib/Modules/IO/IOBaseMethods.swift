import ObjectLayout
import ObjectModel

/// The methods of `_io._IOBase`.
enum IOBaseMethods {
    static let table: [MethodSpec] = [
        MethodSpec("seek", doc: "Change the stream position to the given byte offset.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("seek") }
        },
        MethodSpec("tell", doc: "tell($self, /)\n--\n\nReturn current stream position.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("tell")
                return try Protocols.callMethod(s, "seek", Value(smallInt: 0), Value(smallInt: 1))
            }
        },
        MethodSpec("truncate", doc: "Truncate file to size bytes.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("truncate") }
        },
        MethodSpec("flush", doc: "flush($self, /)\n--\n\nFlush write buffers, if applicable.\n\nThis is not implemented for read-only and non-blocking streams.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("flush")
                if try IOBase.closedFlag(s) { throw IOBase.closedFile() }
                return .none
            }
        },
        MethodSpec("close", doc: "close($self, /)\n--\n\nFlush and close the IO object.\n\nThis method has no effect if the file is already closed.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("close")
                try IOBase.close(s)
                return .none
            }
        },
        MethodSpec("seekable", doc: "seekable($self, /)\n--\n\nReturn whether object supports random access.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("seekable")
                return .false
            }
        },
        MethodSpec("readable", doc: "readable($self, /)\n--\n\nReturn whether object was opened for reading.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("readable")
                return .false
            }
        },
        MethodSpec("writable", doc: "writable($self, /)\n--\n\nReturn whether object was opened for writing.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("writable")
                return .false
            }
        },
        MethodSpec("_checkClosed") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in
                try IOBase.checkClosed(s)
                return .none
            }
        },
        MethodSpec("_checkSeekable") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in
                try IOBase.check(s, "seekable", "File or stream is not seekable.")
                return .true
            }
        },
        MethodSpec("_checkReadable") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in
                try IOBase.check(s, "readable", "File or stream is not readable.")
                return .true
            }
        },
        MethodSpec("_checkWritable") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in
                try IOBase.check(s, "writable", "File or stream is not writable.")
                return .true
            }
        },
        MethodSpec("fileno", doc: "fileno($self, /)\n--\n\nReturns underlying file descriptor if one exists.\n\nOSError is raised if the IO object does not use a file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, _ throws(PyException) in throw IOBase.unsupported("fileno") }
        },
        MethodSpec("isatty", doc: "isatty($self, /)\n--\n\nReturn whether this is an 'interactive' stream.\n\nReturn False if it can't be determined.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("isatty")
                try IOBase.checkClosed(s)
                return .false
            }
        },
        MethodSpec("__enter__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in
                try IOBase.checkClosed(s)
                return s
            }
        },
        MethodSpec("__exit__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in try Protocols.callMethod(s, "close") }
        },
        MethodSpec("readline", doc: "readline($self, size=-1, /)\n--\n\nRead and return a line from the stream.\n\nIf size is specified, at most size bytes will be read.\n\nThe line terminator is always b'\\n' for binary files; for text\nfiles, the newlines argument to open can be used to select the line\nterminator(s) recognized.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("readline", min: 0, max: 1)
                return try IOBase.readline(s, try IOError.optionalSize(args.optional(0)))
            }
        },
        MethodSpec("readlines", doc: "readlines($self, hint=-1, /)\n--\n\nReturn a list of lines from the stream.\n\nhint can be specified to control the number of lines read: no more\nlines will be read if the total size (in bytes/characters) of all\nlines so far exceeds hint.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.positional("readlines", min: 0, max: 1)
                return try IOBase.readlines(s, try IOError.optionalSize(args.optional(0)))
            }
        },
        MethodSpec("writelines", doc: "writelines($self, lines, /)\n--\n\nWrite a list of lines to stream.\n\nLine separators are not added, so it is usual for each of the\nlines provided to have a line separator at the end.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let lines = try args.one("writelines")
                try IOBase.checkClosed(s)
                let it = try Protocols.iterator(lines)
                while let line = try Protocols.next(it) { _ = try Protocols.callMethod(s, "write", line) }
                return .none
            }
        },
    ]
}
