import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The methods of `os.DirEntry`, as CPython's `DirEntry_*`.
enum DirEntryMethods {
    typealias Entry = KraitDirEntryObject

    /// The entry's stat result (following a symbolic link when `follow`), made once.
    static func stat(_ s: Value, follow: Bool) throws(PyException) -> Value {
        let e = s.layout(Entry.self)
        if follow, try isSymlink(s) {
            if e.pointee.stat.isEmpty { e.pointee.stat = try fetch(s, follow: true) }
            return e.pointee.stat
        }
        if e.pointee.lstat.isEmpty { e.pointee.lstat = try fetch(s, follow: false) }
        return e.pointee.lstat
    }

    static func fetch(_ s: Value, follow: Bool) throws(PyException) -> Value {
        let e = s.layout(Entry.self).pointee
        let target = e.dir_fd >= 0 ? e.name : e.path
        let path = try PosixPath(target, function: "stat")
        var st = Glibc.stat()
        let r = path.withCString { fstatat(e.dir_fd >= 0 ? e.dir_fd : AT_FDCWD, $0, &st, follow ? 0 : AT_SYMLINK_NOFOLLOW) }
        if r != 0 { throw path.error() }
        return try PosixStat.result(st)
    }

    static func isSymlink(_ s: Value) throws(PyException) -> Bool {
        let e = s.layout(Entry.self).pointee
        if e.d_type != Int32(DT_UNKNOWN) { return e.d_type == Int32(DT_LNK) }
        return try mode(s, follow: false) & S_IFMT == S_IFLNK
    }

    static func mode(_ s: Value, follow: Bool) throws(PyException) -> UInt32 {
        let result = try stat(s, follow: follow)
        return UInt32(truncatingIfNeeded: IntObject.machineValue(Tuple.item(result, 0)) ?? 0)
    }

    /// is_dir and is_file: from d_type when it tells (and no link is to be followed),
    /// else from stat, a missing file being neither.
    static func test(_ s: Value, _ args: Arguments, _ function: String, type: Int32, mode modeBits: UInt32) throws(PyException) -> Value {
        let p = try args.parse(function, ["follow_symlinks"], keywordOnly: 0)
        let follow = try PosixFiles.flag(p[0], default: true)
        let e = s.layout(Entry.self).pointee
        if e.d_type != Int32(DT_UNKNOWN) && !(follow && e.d_type == Int32(DT_LNK)) { return .bool(e.d_type == type) }
        do {
            return .bool(try mode(s, follow: follow) & S_IFMT == modeBits)
        } catch where error.matches(Krait_exc_FileNotFoundError) {
            return .false
        }
    }

    static let all: [MethodSpec] = [
        MethodSpec("is_dir", doc: "is_dir($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a directory; cached per entry.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try DirEntryMethods.test(s, args, "is_dir", type: Int32(DT_DIR), mode: S_IFDIR) }
        },
        MethodSpec("is_file", doc: "is_file($self, /, *, follow_symlinks=True)\n--\n\nReturn True if the entry is a file; cached per entry.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try DirEntryMethods.test(s, args, "is_file", type: Int32(DT_REG), mode: S_IFREG) }
        },
        MethodSpec("is_symlink", doc: "is_symlink($self, /)\n--\n\nReturn True if the entry is a symbolic link; cached per entry.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("is_symlink"); return .bool(try DirEntryMethods.isSymlink(s)) }
        },
        MethodSpec("stat", doc: "stat($self, /, *, follow_symlinks=True)\n--\n\nReturn stat_result object for the entry; cached per entry.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("stat", ["follow_symlinks"], keywordOnly: 0)
                return try DirEntryMethods.stat(s, follow: try PosixFiles.flag(p[0], default: true))
            }
        },
        MethodSpec("inode", doc: "inode($self, /)\n--\n\nReturn inode of the entry; cached per entry.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("inode"); return PosixStat.unsigned(s.layout(Entry.self).pointee.ino) }
        },
        MethodSpec("__fspath__", doc: "__fspath__($self, /)\n--\n\nReturns the path for the entry.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("__fspath__"); return s.layout(Entry.self).pointee.path }
        },
        GenericAlias.classGetItem,
    ]
}
