import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `scandir(path='.')` and `os.DirEntry`. The directory is read whole when the
/// iterator is made, so no directory stream outlives it; the entries answer
/// `is_dir()`/`is_file()`/`is_symlink()` from readdir's d_type where it is known, as
/// CPython's, and cache their stat results.
enum ScanDir {
    typealias Entry = KraitDirEntryObject

    static func setUp() {
        let iterator = Krait_scandirIterator_type!
        ModuleTypes.define(iterator, "posix.ScandirIterator", size: MemoryLayout<KraitScandirIteratorObject>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               Trace.visit(o!.layout(KraitScandirIteratorObject.self).pointee.entries, visit, arg)
                               return 0
                           })
        ModuleTypes.iterator(iterator) { o in
            ModuleTypes.iternext(o) { v throws(PyException) in
                let it = v.layout(KraitScandirIteratorObject.self)
                guard !it.pointee.entries.isEmpty, it.pointee.index < List.count(it.pointee.entries) else { return nil }
                it.pointee.index += 1
                return List.item(it.pointee.entries, it.pointee.index - 1)
            }
        }
        iterator.pointee.tp_methods = TypeSetup.methodTable([
            MethodSpec("close") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("close"); ScanDir.close(s); return .none }
            },
            MethodSpec("__enter__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("__enter__"); return s }
            },
            MethodSpec("__exit__") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in ScanDir.close(s); return .false }
            },
        ])
        let entry = Krait_dirEntry_type!
        ModuleTypes.define(entry, "posix.DirEntry", size: MemoryLayout<Entry>.size, doc: nil, base: false,
                           traverse: { o, visit, arg in
                               let e = o!.layout(Entry.self).pointee
                               for v in [e.name, e.path, e.stat, e.lstat] { Trace.visit(v, visit, arg) }
                               return 0
                           })
        entry.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in "<DirEntry \(try Protocols.reprText(v.layout(Entry.self).pointee.name))>" }
        }
        entry.pointee.tp_members = MemberDescriptors.memberTable([
            ("name", Int32(T_KRAIT_VALUE), MemoryLayout<Entry>.offset(of: \.name)!, true, "the entry's base filename, relative to scandir() \"path\" argument"),
            ("path", Int32(T_KRAIT_VALUE), MemoryLayout<Entry>.offset(of: \.path)!, true, "the entry's full path name; equivalent to os.path.join(scandir_path, entry.name)"),
        ])
        entry.pointee.tp_methods = TypeSetup.methodTable(DirEntryMethods.all)
    }

    static func close(_ s: Value) {
        let it = s.layout(KraitScandirIteratorObject.self)
        it.pointee.entries = .empty
    }

    static func scandir(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("scandir", ["path"])
        let path = try PosixPath(p[0] ?? .none, function: "scandir", allowFD: true, nullable: true)
        let directory = try PosixFiles.openDirectory(path)
        defer { closedir(directory) }
        let iterator = ModuleTypes.allocate(Krait_scandirIterator_type)
        let entries = List.new()
        iterator.layout(KraitScandirIteratorObject.self).pointee.entries = entries
        // A trailing slash is not doubled, as CPython's join_path_filename.
        let prefix = path.fd != nil ? [] : path.bytes.last == UInt8(ascii: "/") ? path.bytes : path.bytes + [UInt8(ascii: "/")]
        errno = 0
        while let d = readdir(directory) {
            let name = withUnsafeBytes(of: d.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name == [46] || name == [46, 46] { errno = 0; continue }
            let entry = ModuleTypes.allocate(Krait_dirEntry_type)
            List.append(entries, Value(entry))
            let e = entry.layout(Entry.self)
            e.pointee.ino = UInt64(d.pointee.d_ino)
            e.pointee.d_type = Int32(d.pointee.d_type)
            e.pointee.dir_fd = path.fd ?? -1
            e.pointee.name = try PosixPath.decode(name, asBytes: path.isBytes)
            e.pointee.path = try PosixPath.decode(prefix + name, asBytes: path.isBytes)
            errno = 0
        }
        if errno != 0 { throw path.error() }
        return Value(iterator)
    }
}
