import ObjectLayout
import ObjectModel

/// The functions of `_io`.
enum IOFunctions {
    static let table: [MethodSpec] = [
        MethodSpec("open", doc: IOFunctions.openDoc) { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in try IOFunctions.open(args) }
        },
        MethodSpec("open_code", doc: "open_code($module, /, path)\n--\n\nOpens the provided file with the intent to import the contents.\n\nThis may perform extra validation beyond open(), but is otherwise interchangeable\nwith calling open(path, 'rb').") { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                let path = try args.parse("open_code", ["path"], required: 1)[0]!
                guard ModuleTypes.isStr(path) else {
                    throw PyException.typeError("open_code() argument 'path' must be str, not \(TypeObject.argumentTypeName(path))")
                }
                let open = try Protocols.getAttribute(try RuntimeHooks.importModule!("_io"), "open")
                return try Protocols.call(open, path, Str.make("rb"))
            }
        },
        MethodSpec("text_encoding", doc: "text_encoding($module, encoding, stacklevel=2, /)\n--\n\nA helper function to choose the text encoding.\n\nWhen encoding is not None, this function returns it.\nOtherwise, this function returns the default text encoding\n(i.e. \"locale\" or \"utf-8\" depends on UTF-8 mode).\n\nThis function emits an EncodingWarning if encoding is None and\nsys.flags.warn_default_encoding is true.\n\nThis can be used in APIs with an encoding=None parameter.\nHowever, please consider using encoding=\"utf-8\" for new APIs.") { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                try args.positional("text_encoding", min: 1, max: 2)
                if let level = args.optional(1) { _ = try Protocols.cInt(level) }
                return args[0] == .none ? Str.make("locale") : args[0]
            }
        },
    ]

    /// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None)`,
    /// as CPython's `_io_open_impl`: FileIO, then a buffer, then (for text) a TextIOWrapper.
    static func open(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("open", ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], required: 1)
        let file = p[0]!
        if !ModuleTypes.isStr(file) && !BytesLike.isBytes(file) && !ModuleTypes.isNumber(file)
            && SlotFunctions.lookupSpecial(file, "__fspath__") == nil {
            throw PyException.typeError("invalid file: \(try Protocols.reprText(file))")
        }
        if let m = p[1], !ModuleTypes.isStr(m) { throw PyException.typeError("open() argument 'mode' must be str, not \(TypeObject.argumentTypeName(m))") }
        let mode = p[1].map { Str.swiftString($0) } ?? "r"
        var buffering = try p[2].map { v throws(PyException) in try Protocols.cInt(v) } ?? -1
        for (i, name) in [(3, "encoding"), (4, "errors"), (5, "newline")] {
            if let x = p[i], x != .none, !ModuleTypes.isStr(x) {
                throw PyException.typeError("open() argument '\(name)' must be str or None, not \(TypeObject.argumentTypeName(x))")
            }
        }
        var seen = Set<Character>()
        for c in mode {
            guard "xrwa+tb".contains(c), !seen.contains(c) else { throw PyException.valueError("invalid mode: '\(mode)'") }
            seen.insert(c)
        }
        let creating = seen.contains("x"), reading = seen.contains("r"), writing = seen.contains("w")
        let appending = seen.contains("a"), updating = seen.contains("+"), text = seen.contains("t"), binary = seen.contains("b")
        if text && binary { throw PyException.valueError("can't have text and binary mode at once") }
        if [creating, reading, writing, appending].filter({ $0 }).count != 1 {
            throw PyException.valueError("must have exactly one of create/read/write/append mode")
        }
        if binary {
            for (i, name) in [(3, "an encoding"), (4, "an errors"), (5, "a newline")] where p[i] != nil && p[i] != Value.none {
                throw PyException.valueError("binary mode doesn't take \(name) argument")
            }
        }
        let rawMode = (creating ? "x" : reading ? "r" : writing ? "w" : "a") + (updating ? "+" : "")
        let raw = try Protocols.call(Value(Krait_fileIO_type), file, Str.make(rawMode), p[6] ?? .true, p[7] ?? .none)
        do throws(PyException) {
            var lineBuffering = false
            let interactive = buffering < 0 ? try Protocols.isTrue(try Protocols.callMethod(raw, "isatty")) : false
            if buffering == 1 || interactive {
                buffering = -1
                lineBuffering = true
            }
            if buffering < 0 { buffering = FileIO.object(raw).pointee.blksize }
            if buffering == 0 {
                if binary { return raw }
                throw PyException.valueError("can't have unbuffered text I/O")
            }
            let bufferType: TypePointer = updating ? Krait_bufferedRandom_type : (creating || writing || appending) ? Krait_bufferedWriter_type : Krait_bufferedReader_type
            let buffer = try Protocols.call(Value(bufferType), raw, IntObject.make(buffering))
            if binary { return buffer }
            let encoding = p[3] ?? .none
            let wrapper = try Protocols.call(Value(Krait_textIOWrapper_type), buffer, encoding == .none ? Str.make("locale") : encoding,
                                             p[4] ?? .none, p[5] ?? .none, .bool(lineBuffering))
            try Protocols.setAttribute(wrapper, Str.make("mode"), Str.make(mode))
            return wrapper
        } catch {
            _ = try? Protocols.callMethod(raw, "close")
            throw error
        }
    }

    static let openDoc = "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream.  Raise OSError upon failure.\n\nfile is either a text or byte string giving the name (and the path\nif the file isn't in the current working directory) of the file to\nbe opened or an integer file descriptor of the file to be\nwrapped. (If a file descriptor is given, it is closed when the\nreturned I/O object is closed, unless closefd is set to False.)\n\nmode is an optional string that specifies the mode in which the file\nis opened. It defaults to 'r' which means open for reading in text\nmode.  Other common values are 'w' for writing (truncating the file if\nit already exists), 'x' for creating and writing to a new file, and\n'a' for appending (which on some Unix systems, means that all writes\nappend to the end of the file regardless of the current seek position).\nIn text mode, if encoding is not specified the encoding used is platform\ndependent: locale.getencoding() is called to get the current locale encoding.\n(For reading and writing raw bytes use binary mode and leave encoding\nunspecified.) The available modes are:\n\n========= ===============================================================\nCharacter Meaning\n--------- ---------------------------------------------------------------\n'r'       open for reading (default)\n'w'       open for writing, truncating the file first\n'x'       create a new file and open it for writing\n'a'       open for writing, appending to the end of the file if it exists\n'b'       binary mode\n't'       text mode (default)\n'+'       open a disk file for updating (reading and writing)\n========= ===============================================================\n\nThe default mode is 'rt' (open for reading text). For binary random\naccess, the mode 'w+b' opens and truncates the file to 0 bytes, while\n'r+b' opens the file without truncation. The 'x' mode implies 'w' and\nraises an `FileExistsError` if the file already exists.\n\nPython distinguishes between files opened in binary and text modes,\neven when the underlying operating system doesn't. Files opened in\nbinary mode (appending 'b' to the mode argument) return contents as\nbytes objects without any decoding. In text mode (the default, or when\n't' is appended to the mode argument), the contents of the file are\nreturned as strings, the bytes having been first decoded using a\nplatform-dependent encoding or using the specified encoding if given.\n\nbuffering is an optional integer used to set the buffering policy.\nPass 0 to switch buffering off (only allowed in binary mode), 1 to select\nline buffering (only usable in text mode), and an integer > 1 to indicate\nthe size of a fixed-size chunk buffer.  When no buffering argument is\ngiven, the default buffering policy works as follows:\n\n* Binary files are buffered in fixed-size chunks; the size of the buffer\n  is chosen using a heuristic trying to determine the underlying device's\n  \"block size\" and falling back on `io.DEFAULT_BUFFER_SIZE`.\n  On many systems, the buffer will typically be 4096 or 8192 bytes long.\n\n* \"Interactive\" text files (files for which isatty() returns True)\n  use line buffering.  Other text files use the policy described above\n  for binary files.\n\nencoding is the name of the encoding used to decode or encode the\nfile. This should only be used in text mode. The default encoding is\nplatform dependent, but any encoding supported by Python can be\npassed.  See the codecs module for the list of supported encodings.\n\nerrors is an optional string that specifies how encoding errors are to\nbe handled---this argument should not be used in binary mode. Pass\n'strict' to raise a ValueError exception if there is an encoding error\n(the default of None has the same effect), or pass 'ignore' to ignore\nerrors. (Note that ignoring encoding errors can lead to data loss.)\nSee the documentation for codecs.register or run 'help(codecs.Codec)'\nfor a list of the permitted encoding error strings.\n\nnewline controls how universal newlines works (it only applies to text\nmode). It can be None, '', '\\n', '\\r', and '\\r\\n'.  It works as\nfollows:\n\n* On input, if newline is None, universal newlines mode is\n  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n  these are translated into '\\n' before being returned to the\n  caller. If it is '', universal newline mode is enabled, but line\n  endings are returned to the caller untranslated. If it has any of\n  the other legal values, input lines are only terminated by the given\n  string, and the line ending is returned to the caller untranslated.\n\n* On output, if newline is None, any '\\n' characters written are\n  translated to the system default line separator, os.linesep. If\n  newline is '' or '\\n', no translation takes place. If newline is any\n  of the other legal values, any '\\n' characters written are translated\n  to the given string.\n\nIf closefd is False, the underlying file descriptor will be kept open\nwhen the file is closed. This does not work when a file name is given\nand must be True in that case.\n\nA custom opener can be used by passing a callable as *opener*. The\nunderlying file descriptor for the file object is then obtained by\ncalling *opener* with (*file*, *flags*). *opener* must return an open\nfile descriptor (passing os.open as *opener* results in functionality\nsimilar to passing None).\n\nopen() returns a file object whose type depends on the mode, and\nthrough which the standard file operations such as reading and writing\nare performed. When open() is used to open a file in a text mode ('w',\n'r', 'wt', 'rt', etc.), it returns a TextIOWrapper. When used to open\na file in a binary mode, the returned class varies: in read binary\nmode, it returns a BufferedReader; in write binary and append binary\nmodes, it returns a BufferedWriter, and in read/write mode, it returns\na BufferedRandom.\n\nIt is also possible to use a string or bytearray as a file for both\nreading and writing. For strings StringIO can be used like a file\nopened in a text mode, and for bytes a BytesIO can be used like a file\nopened in a binary mode."
}
