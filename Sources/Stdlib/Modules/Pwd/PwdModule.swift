import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `pwd`: the password database through glibc's reentrant lookups, entries as
/// `pwd.struct_passwd`.
enum PwdModule {
    nonisolated(unsafe) static var entryType: TypePointer?

    static let doc = "This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."

    static func type() throws(PyException) -> TypePointer {
        if let entryType { return entryType }
        let t = try StructSequence.makeType("pwd.struct_passwd", fields: ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"],
                                            doc: "pwd.struct_passwd: Results from getpw*() routines.\n\nThis object may be accessed either as a tuple of\n  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\nor via the object attributes as named in the above tuple.",
                                            instantiable: true,
                                            fieldDocs: ["user name", "password", "user id", "group id", "real name", "home directory", "shell program"])
        entryType = t
        return t
    }

    /// A C string of the database as str (file system encoding), None for NULL.
    static func text(_ p: UnsafeMutablePointer<CChar>?) throws(PyException) -> Value {
        guard let p else { return .none }
        return try PosixPath.decode(Array(UnsafeRawBufferPointer(start: p, count: strlen(p))))
    }

    static func entry(_ p: passwd) throws(PyException) -> Value {
        try StructSequence.make(try type()) { l throws(PyException) in
            List.append(l, try text(p.pw_name))
            List.append(l, try text(p.pw_passwd))
            List.append(l, IntObject.make(Int(p.pw_uid)))
            List.append(l, IntObject.make(Int(p.pw_gid)))
            List.append(l, try text(p.pw_gecos))
            List.append(l, try text(p.pw_dir))
            List.append(l, try text(p.pw_shell))
        }
    }

    /// Runs a reentrant lookup with a buffer grown while it reports ERANGE; nil
    /// when there is no such entry.
    static func lookup(_ call: (UnsafeMutablePointer<passwd>, UnsafeMutablePointer<CChar>, Int,
                                UnsafeMutablePointer<UnsafeMutablePointer<passwd>?>) -> Int32) throws(PyException) -> Value? {
        var size = max(Int(sysconf(Int32(_SC_GETPW_R_SIZE_MAX))), 1024)
        while true {
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size)
            defer { buffer.deallocate() }
            var record = passwd()
            var found: UnsafeMutablePointer<passwd>?
            let status = call(&record, buffer, size, &found)
            if status == ERANGE && size < 1 << 24 {
                size *= 2
                continue
            }
            guard found != nil else { return nil }
            return try entry(record)
        }
    }

    static func byUID(_ v: Value) throws(PyException) -> Value {
        let uid: UInt32
        do throws(PyException) {
            uid = try UserIDs.convert(v, "uid")
        } catch where error.matches(Krait_exc_OverflowError) {
            throw PyException.keyError(Str.make("getpwuid(): uid not found"))
        }
        if let e = try lookup({ getpwuid_r(uid, $0, $1, $2, $3) }) { return e }
        throw PyException.keyError(Str.make("getpwuid(): uid not found: \(UserIDs.text(uid))"))
    }

    static func byName(_ v: Value) throws(PyException) -> Value {
        let found = try UserIDs.withName(v, "getpwnam() argument must be str, not \(TypeObject.name(v.type))") { cName throws(PyException) in
            try lookup({ getpwnam_r(cName, $0, $1, $2, $3) })
        }
        if let found { return found }
        throw PyException.keyError(Str.make("getpwnam(): name not found: \(try Protocols.reprText(v))"))
    }

    static func all() throws(PyException) -> Value {
        let list = List.new()
        setpwent()
        defer { endpwent() }
        while let p = getpwent() { List.append(list, try entry(p.pointee)) }
        return list
    }

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("pwd", doc: doc, functions: [
            MethodSpec("getpwuid", doc: "getpwuid($module, uidobj, /)\n--\n\nReturn the password database entry for the given numeric user ID.\n\nSee `help(pwd)` for more on password database entries.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PwdModule.byUID(args.one("pwd.getpwuid")) }
            },
            MethodSpec("getpwnam", doc: "getpwnam($module, name, /)\n--\n\nReturn the password database entry for the given user name.\n\nSee `help(pwd)` for more on password database entries.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PwdModule.byName(args.one("pwd.getpwnam")) }
            },
            MethodSpec("getpwall", doc: "getpwall($module, /)\n--\n\nReturn a list of all available password database entries, in arbitrary order.\n\nSee help(pwd) for more on password database entries.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("pwd.getpwall"); return try PwdModule.all() }
            },
        ])
        try NativeModule.set(m, "struct_passwd", Value(try type()))
        return m
    }
}
