import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `grp`: the group database through glibc's reentrant lookups, entries as
/// `grp.struct_group`.
enum GrpModule {
    nonisolated(unsafe) static var entryType: TypePointer?

    static let doc = "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)"

    static func type() throws(PyException) -> TypePointer {
        if let entryType { return entryType }
        let t = try StructSequence.makeType("grp.struct_group", fields: ["gr_name", "gr_passwd", "gr_gid", "gr_mem"],
                                            doc: "grp.struct_group: Results from getgr*() routines.\n\nThis object may be accessed either as a tuple of\n  (gr_name,gr_passwd,gr_gid,gr_mem)\nor via the object attributes as named in the above tuple.\n",
                                            instantiable: true, fieldDocs: ["group name", "password", "group id", "group members"])
        entryType = t
        return t
    }

    static func entry(_ g: group) throws(PyException) -> Value {
        let members = List.new()
        if var member = g.gr_mem {
            while let name = member.pointee {
                List.append(members, try PwdModule.text(name))
                member += 1
            }
        }
        return try StructSequence.make(try type()) { l throws(PyException) in
            List.append(l, try PwdModule.text(g.gr_name))
            List.append(l, try PwdModule.text(g.gr_passwd))
            List.append(l, IntObject.make(Int(g.gr_gid)))
            List.append(l, members)
        }
    }

    static func lookup(_ call: (UnsafeMutablePointer<group>, UnsafeMutablePointer<CChar>, Int,
                                UnsafeMutablePointer<UnsafeMutablePointer<group>?>) -> Int32) throws(PyException) -> Value? {
        var size = max(Int(sysconf(Int32(_SC_GETGR_R_SIZE_MAX))), 1024)
        while true {
            let buffer = UnsafeMutablePointer<CChar>.allocate(capacity: size)
            defer { buffer.deallocate() }
            var record = group()
            var found: UnsafeMutablePointer<group>?
            let status = call(&record, buffer, size, &found)
            if status == ERANGE && size < 1 << 24 {
                size *= 2
                continue
            }
            guard found != nil else { return nil }
            return try entry(record)
        }
    }

    static func byGID(_ v: Value) throws(PyException) -> Value {
        let gid = try UserIDs.convert(v, "gid")
        if let e = try lookup({ getgrgid_r(gid, $0, $1, $2, $3) }) { return e }
        throw PyException.keyError(Str.make("getgrgid(): gid not found: \(UserIDs.text(gid))"))
    }

    static func byName(_ v: Value) throws(PyException) -> Value {
        let found = try UserIDs.withName(v, "getgrnam() argument 'name' must be str, not \(TypeObject.name(v.type))") { cName throws(PyException) in
            try lookup({ getgrnam_r(cName, $0, $1, $2, $3) })
        }
        if let found { return found }
        throw PyException.keyError(Str.make("getgrnam(): name not found: \(try Protocols.reprText(v))"))
    }

    static func all() throws(PyException) -> Value {
        let list = List.new()
        setgrent()
        defer { endgrent() }
        while let g = getgrent() { List.append(list, try entry(g.pointee)) }
        return list
    }

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("grp", doc: doc, functions: [
            MethodSpec("getgrgid", doc: "getgrgid($module, /, id)\n--\n\nReturn the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try GrpModule.byGID(try args.parse("getgrgid", ["id"], required: 1)[0]!) }
            },
            MethodSpec("getgrnam", doc: "getgrnam($module, /, name)\n--\n\nReturn the group database entry for the given group name.\n\nIf name is not valid, raise KeyError.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try GrpModule.byName(try args.parse("getgrnam", ["name"], required: 1)[0]!) }
            },
            MethodSpec("getgrall", doc: "getgrall($module, /)\n--\n\nReturn a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("grp.getgrall"); return try GrpModule.all() }
            },
        ])
        try NativeModule.set(m, "struct_group", Value(try type()))
        return m
    }
}
