import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_io.FileIO`: raw, unbuffered I/O on a file descriptor through Glibc's open, read,
/// write, lseek and close, with OSErrors as CPython's fileio.c raises them.
enum FileIO {
    typealias Object = UnsafeMutablePointer<KraitFileIOObject>

    @inline(__always)
    static func object(_ v: Value) -> Object { v.layout(KraitFileIOObject.self) }

    static func checked(_ v: Value) throws(PyException) -> Object {
        let f = object(v)
        if f.pointee.fd < 0 { throw PyException.valueError("I/O operation on closed file") }
        return f
    }

    static func readable(_ v: Value) throws(PyException) -> Object {
        let f = try checked(v)
        if f.pointee.readable == 0 { throw IOBase.unsupported("File not open for reading") }
        return f
    }

    static func writable(_ v: Value) throws(PyException) -> Object {
        let f = try checked(v)
        if f.pointee.writable == 0 { throw IOBase.unsupported("File not open for writing") }
        return f
    }

    static func mode(_ f: Object) -> String {
        if f.pointee.created != 0 { return f.pointee.readable != 0 ? "xb+" : "xb" }
        if f.pointee.appending != 0 { return f.pointee.readable != 0 ? "ab+" : "ab" }
        if f.pointee.readable != 0 { return f.pointee.writable != 0 ? "rb+" : "rb" }
        return "wb"
    }

    /// The open(2) flags of a mode string, setting the object's mode fields.
    static func flags(_ f: Object, _ mode: String) throws(PyException) -> Int32 {
        var rwa = false, plus = false, flags: Int32 = 0
        func bad() -> PyException {
            PyException.valueError("Must have exactly one of create/read/write/append mode and at most one plus")
        }
        for c in mode {
            switch c {
            case "x", "r", "w", "a":
                if rwa { throw bad() }
                rwa = true
                switch c {
                case "x":
                    f.pointee.created = 1
                    f.pointee.writable = 1
                    flags |= O_EXCL | O_CREAT
                case "r":
                    f.pointee.readable = 1
                case "w":
                    f.pointee.writable = 1
                    flags |= O_CREAT | O_TRUNC
                default:
                    f.pointee.writable = 1
                    f.pointee.appending = 1
                    flags |= O_APPEND | O_CREAT
                }
            case "b":
                break
            case "+":
                if plus { throw bad() }
                f.pointee.readable = 1
                f.pointee.writable = 1
                plus = true
            default:
                throw PyException.valueError("invalid mode: \(mode)")
            }
        }
        if !rwa { throw bad() }
        if f.pointee.readable != 0 && f.pointee.writable != 0 {
            flags |= O_RDWR
        } else {
            flags |= f.pointee.readable != 0 ? O_RDONLY : O_WRONLY
        }
        return flags | O_CLOEXEC
    }

    /// A file name as the file system wants it: str (UTF-8, surrogateescape), bytes or `__fspath__`.
    static func path(_ name: Value) throws(PyException) -> [UInt8] {
        var name = name
        if !ModuleTypes.isStr(name) && !BytesLike.isBytes(name), let fspath = SlotFunctions.lookupSpecial(name, "__fspath__") {
            name = try SlotFunctions.callUnbound(fspath, name, [])
        }
        if BytesLike.isBytes(name) { return Array(ByteView(name).raw) }
        guard ModuleTypes.isStr(name) else {
            throw PyException.typeError("expected str, bytes or os.PathLike object, not \(TypeObject.name(name.type))")
        }
        var out: [UInt8] = []
        for c in Str.codePoints(name) {
            if (0xDC80...0xDCFF).contains(c) {
                out.append(UInt8(c - 0xDC00))
            } else {
                out.append(contentsOf: String(UnicodeScalar(c).map(Character.init) ?? "\u{FFFD}").utf8)
            }
        }
        if out.contains(0) { throw PyException.valueError("embedded null byte") }
        return out
    }

    /// `FileIO(file, mode='r', closefd=True, opener=None)`.
    static func initialize(_ v: Value, _ args: Arguments) throws(PyException) {
        let p = try args.parse("FileIO", ["file", "mode", "closefd", "opener"], required: 1)
        let f = object(v)
        if f.pointee.fd >= 0 && f.pointee.closefd != 0 { _ = Glibc.close(f.pointee.fd) }
        f.pointee.fd = -1
        f.pointee.created = 0
        f.pointee.readable = 0
        f.pointee.writable = 0
        f.pointee.appending = 0
        f.pointee.seekable = -1
        f.pointee.closefd = 1
        let file = p[0]!
        var fd: Int32 = -1
        if Protocols.isIndex(file) {
            let n = try Protocols.cInt(file)
            if n < 0 { throw PyException.valueError("negative file descriptor") }
            fd = Int32(n)
        }
        let mode = p[1].map { ModuleTypes.isStr($0) ? Str.swiftString($0) : "" } ?? "r"
        if let m = p[1], !ModuleTypes.isStr(m) {
            throw PyException.typeError("FileIO() argument 'mode' must be str, not \(TypeObject.argumentTypeName(m))")
        }
        let flags = try self.flags(f, mode)
        let closefd = try p[2].map { v throws(PyException) in try Protocols.isTrue(v) } ?? true
        if fd >= 0 {
            f.pointee.fd = fd
            f.pointee.closefd = closefd ? 1 : 0
        } else {
            f.pointee.closefd = 1
            if !closefd { throw PyException.valueError("Cannot use closefd=False with file name") }
            if let opener = p[3], opener != .none {
                let result = try Protocols.call(opener, file, IntObject.make(Int(flags)))
                guard IntObject.check(result) else { throw PyException.typeError("expected integer from opener") }
                let n = try Protocols.cInt(result)
                if n < 0 { throw PyException.valueError("opener returned \(n)") }
                fd = Int32(n)
            } else {
                let bytes = try path(file)
                fd = bytes.withUnsafeBufferPointer { b in
                    var cPath = Array(b)
                    cPath.append(0)
                    return cPath.withUnsafeBufferPointer { Glibc.open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), flags, 0o666) }
                }
                if fd < 0 { throw IOError.fromErrno(errno, filename: file) }
            }
            f.pointee.fd = fd
        }
        var info = stat()
        if fstat(fd, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR {
                let error = IOError.fromErrno(EISDIR, filename: file)
                if f.pointee.closefd != 0 { _ = Glibc.close(fd) }
                f.pointee.fd = -1
                throw error
            }
            f.pointee.blksize = info.st_blksize > 1 ? Int(info.st_blksize) : IOBaseClasses.defaultBufferSize
        } else {
            let code = errno
            if code == EBADF { throw IOError.fromErrno(code) }
            f.pointee.blksize = IOBaseClasses.defaultBufferSize
        }
        try Protocols.setAttribute(v, Str.make("name"), file)
        if f.pointee.appending != 0 && lseek(fd, 0, SEEK_END) < 0 {
            let code = errno
            if code != ESPIPE { throw IOError.fromErrno(code) }
        }
    }

    /// One read(2) of up to `size` bytes; nil when it would block.
    static func read(_ f: Object, _ size: Int) throws(PyException) -> Value? {
        var buffer = [UInt8](repeating: 0, count: size)
        let fd = f.pointee.fd
        while true {
            // Without the GIL: errno is read there, before the GIL's own calls.
            let (n, code) = buffer.withUnsafeMutableBytes { b in GIL.releasing { (Glibc.read(fd, b.baseAddress, size), errno) } }
            if n >= 0 { return Bytes.make(Array(buffer[0..<n])) }
            if code == EINTR {
                try SignalState.check()
                continue
            }
            if code == EAGAIN { return nil }
            throw IOError.fromErrno(code)
        }
    }

    /// Reads to the end of the file, in growing chunks.
    static func readAll(_ f: Object) throws(PyException) -> Value? {
        var out: [UInt8] = []
        var chunk = Swift.max(f.pointee.blksize, IOBaseClasses.defaultBufferSize)
        while true {
            guard let data = try read(f, chunk) else { return out.isEmpty ? nil : Bytes.make(out) }
            if Bytes.count(data) == 0 { return Bytes.make(out) }
            out.append(contentsOf: ByteView(data).raw)
            chunk = Swift.min(chunk * 2, 1 << 20)
        }
    }

    /// One write(2); nil when it would block.
    static func write(_ f: Object, _ data: UnsafeRawBufferPointer) throws(PyException) -> Int? {
        let fd = f.pointee.fd
        while true {
            let (n, code) = GIL.releasing { (Glibc.write(fd, data.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, data.count), errno) }
            if n >= 0 { return n }
            if code == EINTR {
                try SignalState.check()
                continue
            }
            if code == EAGAIN { return nil }
            throw IOError.fromErrno(code)
        }
    }

    static func seek(_ f: Object, _ offset: Int, _ whence: Int32) throws(PyException) -> Int {
        let result = lseek(f.pointee.fd, off_t(offset), whence)
        if result < 0 { throw IOError.fromErrno(errno) }
        if f.pointee.seekable < 0 { f.pointee.seekable = 1 }
        return Int(result)
    }

    /// Closes the descriptor (if the object owns it).
    static func closeDescriptor(_ f: Object) throws(PyException) {
        let fd = f.pointee.fd
        guard fd >= 0 else { return }
        f.pointee.fd = -1
        if f.pointee.closefd != 0 && Glibc.close(fd) < 0 { throw IOError.fromErrno(errno) }
    }
}
