import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `stat`, `lstat`, `fstat` and their `os.stat_result`, CPython's struct sequence: ten
/// items (the times as whole seconds, unnamed) and named fields after them.
enum PosixStat {
    nonisolated(unsafe) static var resultType: TypePointer?

    static func type() throws(PyException) -> TypePointer {
        if let resultType { return resultType }
        let t = try StructSequence.makeType("os.stat_result", fields: [
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", "", "", "",
            "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
        ], visible: 10, unnamed: [7, 8, 9], doc: "stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.", instantiable: true)
        resultType = t
        return t
    }

    static func unsigned(_ v: UInt64) -> Value {
        v <= UInt64(Int.max) ? IntObject.make(Int(v)) : IntObject.make(limbs: [v], negative: false)
    }

    static func nanoseconds(_ t: timespec) throws(PyException) -> Value {
        let (product, overflow) = t.tv_sec.multipliedReportingOverflow(by: 1_000_000_000)
        if !overflow, product <= Int.max - t.tv_nsec { return IntObject.make(product + t.tv_nsec) }
        let seconds = try Protocols.binary(IntObject.make(t.tv_sec), IntObject.make(1_000_000_000), .multiply)
        return try Protocols.binary(seconds, IntObject.make(t.tv_nsec), .add)
    }

    static func result(_ st: stat) throws(PyException) -> Value {
        let times = [st.st_atim, st.st_mtim, st.st_ctim]
        return try StructSequence.make(try type()) { l throws(PyException) in
            for v in [Int(st.st_mode)] { List.append(l, IntObject.make(v)) }
            List.append(l, unsigned(UInt64(st.st_ino)))
            List.append(l, unsigned(UInt64(st.st_dev)))
            for v in [Int(st.st_nlink), Int(st.st_uid), Int(st.st_gid), Int(st.st_size)] { List.append(l, IntObject.make(v)) }
            for t in times { List.append(l, IntObject.make(t.tv_sec)) }
            for t in times { List.append(l, FloatObject.make(Double(t.tv_sec) + Double(t.tv_nsec) * 1e-9)) }
            for t in times { List.append(l, try nanoseconds(t)) }
            for v in [Int(st.st_blksize), Int(st.st_blocks)] { List.append(l, IntObject.make(v)) }
            List.append(l, unsigned(UInt64(st.st_rdev)))
        }
    }

    /// `stat(path, *, dir_fd=None, follow_symlinks=True)` and `lstat(path, *, dir_fd=None)`.
    static func stat(_ args: Arguments, _ function: String, follow: Bool) throws(PyException) -> Value {
        let names: [StaticString] = follow ? ["path", "dir_fd", "follow_symlinks"] : ["path", "dir_fd"]
        let p = try args.parse(function, names, required: 1, keywordOnly: 1)
        let path = try PosixPath(p[0]!, function: function, allowFD: follow)
        let dirFD = try PosixFiles.dirFD(p[1])
        let followLinks = follow ? try p[2].map { v throws(PyException) in try Protocols.isTrue(v) } ?? true : false
        var st = Glibc.stat()
        let r: Int32
        if let fd = path.fd {
            r = Glibc.fstat(fd, &st)
        } else {
            r = path.withCString { fstatat(dirFD, $0, &st, followLinks ? 0 : AT_SYMLINK_NOFOLLOW) }
        }
        if r != 0 { throw path.error() }
        return try result(st)
    }

    static func fstat(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("fstat", ["fd"], required: 1)
        let fd = try PosixFiles.fd(p[0]!)
        var st = Glibc.stat()
        if try PosixErrors.retrying({ Glibc.fstat(fd, &st) }) != 0 { throw PosixErrors.fromErrno() }
        return try result(st)
    }

    static let functions: [MethodSpec] = [
        MethodSpec("stat", doc: "stat($module, /, path, *, dir_fd=None, follow_symlinks=True)\n--\n\nPerform a stat system call on the given path.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixStat.stat(args, "stat", follow: true) }
        },
        MethodSpec("lstat", doc: "lstat($module, /, path, *, dir_fd=None)\n--\n\nPerform a stat system call on the given path, without following symbolic links.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixStat.stat(args, "lstat", follow: false) }
        },
        MethodSpec("fstat", doc: "fstat($module, /, fd)\n--\n\nPerform a stat system call on the given file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixStat.fstat(args) }
        },
    ]
}
