import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// File descriptors and the file system: open/read/write/close, directories, renames,
/// links and permissions, each as CPython's `posixmodule.c` parses and fails.
enum PosixFiles {
    /// An `int` argument that is a file descriptor (Argument Clinic's `int`).
    static func fd(_ v: Value) throws(PyException) -> Int32 {
        try int32(v)
    }

    static func int32(_ v: Value) throws(PyException) -> Int32 {
        let n = try Protocols.index(v, overflow: Krait_exc_OverflowError)
        guard let i = Int32(exactly: n) else {
            throw PyException.overflowError(n < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum")
        }
        return i
    }

    /// A `dir_fd` argument: None (or absent) is the working directory.
    static func dirFD(_ v: Value?) throws(PyException) -> Int32 {
        guard let v, v != .none else { return AT_FDCWD }
        guard IntObject.check(v) || SlotFunctions.lookupSpecial(v, "__index__") != nil else {
            throw PyException.typeError("argument should be integer or None, not \(TypeObject.name(v.type))")
        }
        return try int32(v)
    }

    static func flag(_ v: Value?, default d: Bool) throws(PyException) -> Bool {
        guard let v else { return d }
        return try Protocols.isTrue(v)
    }

    /// The bytes of a bytes-like argument (`y*`).
    static func buffer(_ v: Value) throws(PyException) -> [UInt8] {
        if PosixPath.isBytes(v) { return PosixPath.contents(v) }
        if ByteArray.isByteArray(v) { return Array(UnsafeRawBufferPointer(start: ByteArray.data(v), count: ByteArray.count(v))) }
        if v.type == Krait_memoryview_type { return PosixPath.contents(try Protocols.call(Value(Krait_bytes_type), v)) }
        throw PyException.typeError("a bytes-like object is required, not '\(TypeObject.name(v.type))'")
    }

    static func open(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("open", ["path", "flags", "mode", "dir_fd"], required: 2, keywordOnly: 3)
        let path = try PosixPath(p[0]!, function: "open")
        let flags = try int32(p[1]!)
        let mode = try p[2].map { v throws(PyException) in try int32(v) } ?? 0o777
        let dirFD = try dirFD(p[3])
        // New descriptors are not inheritable (PEP 446).
        let fd = try PosixErrors.retrying { path.withCString { c in openat(dirFD, c, flags | O_CLOEXEC, mode_t(mode)) } }
        if fd < 0 { throw path.error() }
        return IntObject.make(Int(fd))
    }

    static func read(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("read", min: 2, max: 2)
        let fd = try fd(args[0])
        let length = try Protocols.index(args[1], overflow: Krait_exc_OverflowError)
        if length < 0 { throw PosixErrors.fromErrno(EINVAL) }
        var bytes = [UInt8](repeating: 0, count: length)
        let n = try PosixErrors.retrying { bytes.withUnsafeMutableBytes { b in GIL.releasing { Glibc.read(fd, b.baseAddress, length) } } }
        if n < 0 { throw PosixErrors.fromErrno() }
        return Bytes.make(Array(bytes[0..<n]))
    }

    static func write(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("write", min: 2, max: 2)
        let fd = try fd(args[0])
        let bytes = try buffer(args[1])
        let n = try PosixErrors.retrying { bytes.withUnsafeBytes { b in GIL.releasing { Glibc.write(fd, b.baseAddress, b.count) } } }
        if n < 0 { throw PosixErrors.fromErrno() }
        return IntObject.make(n)
    }

    static func listdir(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("listdir", ["path"])
        let path = try PosixPath(p[0] ?? .none, function: "listdir", allowFD: true, nullable: true)
        let directory = try openDirectory(path)
        defer { closedir(directory) }
        let names = List.new()
        errno = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name != [46] && name != [46, 46] { List.append(names, try PosixPath.decode(name, asBytes: path.isBytes)) }
            errno = 0
        }
        if errno != 0 { throw path.error() }
        return names
    }

    /// A directory stream on a path or a descriptor (listdir and scandir).
    static func openDirectory(_ path: PosixPath) throws(PyException) -> OpaquePointer {
        let directory: OpaquePointer?
        if let fd = path.fd {
            // fdopendir takes the descriptor over; a duplicate leaves the caller's open.
            let copy = fcntl(fd, F_DUPFD_CLOEXEC, 0)
            directory = copy < 0 ? nil : fdopendir(copy)
            if let directory { rewinddir(directory) }
        } else {
            directory = path.withCString { opendir($0) }
        }
        guard let directory else { throw path.error() }
        return directory
    }

    static func getcwd(asBytes: Bool) throws(PyException) -> Value {
        guard let cwd = Glibc.getcwd(nil, 0) else { throw PosixErrors.fromErrno() }
        defer { free(cwd) }
        return try PosixPath.decode(Array(UnsafeRawBufferPointer(start: cwd, count: strlen(cwd))), asBytes: asBytes)
    }

    /// A call on one path with an optional `dir_fd`: mkdir, rmdir, unlink, readlink.
    static func onPath(_ args: Arguments, _ function: String, withMode: Bool = false,
                       _ call: (Int32, UnsafePointer<CChar>, mode_t) -> Int32) throws(PyException) -> PosixPath {
        let p = withMode ? try args.parse(function, ["path", "mode", "dir_fd"], required: 1, keywordOnly: 2)
            : try args.parse(function, ["path", "dir_fd"], required: 1, keywordOnly: 1)
        let path = try PosixPath(p[0]!, function: function)
        let mode = withMode ? try p[1].map { v throws(PyException) in try int32(v) } ?? 0o777 : 0
        let dirFD = try dirFD(p[withMode ? 2 : 1])
        if path.withCString({ call(dirFD, $0, mode_t(mode)) }) != 0 { throw path.error() }
        return path
    }

    /// rename and replace: both replace an existing destination on POSIX.
    static func rename(_ args: Arguments, _ function: String) throws(PyException) -> Value {
        let p = try args.parse(function, ["src", "dst", "src_dir_fd", "dst_dir_fd"], required: 2, keywordOnly: 2)
        let source = try PosixPath(p[0]!, function: function, argument: "src")
        let destination = try PosixPath(p[1]!, function: function, argument: "dst")
        if source.isBytes != destination.isBytes {
            throw PyException.typeError("\(function): src and dst must be the same type")
        }
        let from = try dirFD(p[2]), to = try dirFD(p[3])
        let r = source.withCString { s in destination.withCString { d in renameat(from, s, to, d) } }
        if r != 0 { throw PosixErrors.fromErrno(filename: source.object, filename2: destination.object) }
        return .none
    }

    static func access(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("access", ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], required: 2, keywordOnly: 2)
        let path = try PosixPath(p[0]!, function: "access")
        let mode = try int32(p[1]!)
        let dirFD = try dirFD(p[2])
        var flags: Int32 = 0
        if try flag(p[3], default: false) { flags |= AT_EACCESS }
        if !(try flag(p[4], default: true)) { flags |= AT_SYMLINK_NOFOLLOW }
        return .bool(path.withCString { faccessat(dirFD, $0, mode, flags) } == 0)
    }

    static func chdir(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("chdir", ["path"], required: 1)
        let path = try PosixPath(p[0]!, function: "chdir", allowFD: true)
        let r = path.fd.map { fchdir($0) } ?? path.withCString { Glibc.chdir($0) }
        if r != 0 { throw path.error() }
        return .none
    }

    static func readlink(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("readlink", ["path", "dir_fd"], required: 1, keywordOnly: 1)
        let path = try PosixPath(p[0]!, function: "readlink")
        let dirFD = try dirFD(p[1])
        var buffer = [UInt8](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = path.withCString { c in buffer.withUnsafeMutableBytes { readlinkat(dirFD, c, $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count) } }
        if n < 0 { throw path.error() }
        return try PosixPath.decode(Array(buffer[0..<n]), asBytes: path.isBytes)
    }

    static func symlink(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("symlink", ["src", "dst", "target_is_directory", "dir_fd"], required: 2, keywordOnly: 3)
        let source = try PosixPath(p[0]!, function: "symlink", argument: "src")
        let destination = try PosixPath(p[1]!, function: "symlink", argument: "dst")
        let dirFD = try dirFD(p[3])
        let r = source.withCString { s in destination.withCString { d in symlinkat(s, dirFD, d) } }
        if r != 0 { throw PosixErrors.fromErrno(filename: source.object, filename2: destination.object) }
        return .none
    }

    static func chmod(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], required: 2, keywordOnly: 2)
        let path = try PosixPath(p[0]!, function: "chmod", allowFD: true)
        let mode = mode_t(try int32(p[1]!))
        let dirFD = try dirFD(p[2])
        let follow = try flag(p[3], default: true)
        let r = path.fd.map { fchmod($0, mode) } ?? path.withCString { fchmodat(dirFD, $0, mode, follow ? 0 : AT_SYMLINK_NOFOLLOW) }
        if r != 0 { throw path.error() }
        return .none
    }

    static func urandom(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("urandom", min: 1, max: 1)
        let size = try Protocols.index(args[0], overflow: Krait_exc_OverflowError)
        if size < 0 { throw PyException.valueError("negative argument not allowed") }
        return Bytes.make(try randomBytes(size))
    }

    /// `size` bytes from the kernel's generator (`/dev/urandom`).
    static func randomBytes(_ size: Int) throws(PyException) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: size)
        let fd = Glibc.open("/dev/urandom", O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw PosixErrors.fromErrno() }
        defer { Glibc.close(fd) }
        var filled = 0
        while filled < size {
            let n = try PosixErrors.retrying { bytes.withUnsafeMutableBytes { b in Glibc.read(fd, b.baseAddress! + filled, size - filled) } }
            if n <= 0 { throw PosixErrors.fromErrno() }
            filled += n
        }
        return bytes
    }
}
