import BuildIdentity
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// Compiled code cached in `__pycache__/NAME.krait-311.pyc` files: importlib's own
/// bytecode cache (SourceFileLoader) with Krait's cache tag, and the same format for the
/// bootstrap modules Krait compiles at start-up. The 16-byte header is CPython's (magic,
/// flags, source mtime, source size), but the magic is Krait's: it is derived from the
/// build ID of the program that holds this code, so a rebuilt Krait (whose instructions
/// may differ) never runs code another build compiled — importlib finds the magic wrong
/// and recompiles. (valgrind runs the program under its own /proc/self/exe, so the
/// file's identity alone would not do.)
///
/// Debug builds use their own tag (`krait-311d`, as CPython's debug builds use
/// `cpython-311d`), so that alternating a debug and a release Krait (tests, then
/// benchmarks) does not make each recompile and rewrite the other's files.
enum CodeCache {
    #if DEBUG
    static let tag = "krait-311d"
    #else
    static let tag = "krait-311"
    #endif

    /// Four bytes of a hash of the running program's build ID (the linker's hash of its
    /// contents), or, without one, of the identity (device, inode, size, mtime) of the
    /// executable file.
    static let magic: [UInt8] = {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var id = [UInt8](repeating: 0, count: 64)
        let length = krait_build_id(&id, id.count)
        if length > 0 {
            for byte in id[..<length] { h = (h ^ UInt64(byte)) &* 0x100_0000_01b3 }
        } else {
            var status = stat()
            if stat("/proc/self/exe", &status) == 0 {
                for part in [UInt64(status.st_dev), UInt64(status.st_ino), UInt64(status.st_size),
                             UInt64(status.st_mtim.tv_sec), UInt64(status.st_mtim.tv_nsec)] {
                    h = fnv(h, part)
                }
            }
        }
        return (0..<4).map { UInt8(truncatingIfNeeded: h >> (8 * UInt64($0))) }
    }()

    /// FNV-1a over the eight bytes of `word`.
    static func fnv(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        var h = hash
        for k in 0..<8 { h = (h ^ ((word >> (8 * UInt64(k))) & 0xFF)) &* 0x100_0000_01b3 }
        return h
    }

    /// `dir/__pycache__/stem.krait-311.pyc` for source `dir/stem.py`.
    static func path(forSource source: String) -> String {
        let slash = source.lastIndex(of: "/")
        let dir = slash.map { String(source[..<$0]) } ?? "."
        var stem = slash.map { String(source[source.index(after: $0)...]) } ?? source
        if stem.hasSuffix(".py") { stem.removeLast(3) }
        return "\(dir)/__pycache__/\(stem).\(tag).pyc"
    }

    /// The header that a cache of a source with this stat must carry.
    static func header(_ source: stat) -> [UInt8] {
        var out = magic + [0, 0, 0, 0]
        for word in [UInt32(truncatingIfNeeded: source.st_mtim.tv_sec), UInt32(truncatingIfNeeded: source.st_size)] {
            for k in 0..<4 { out.append(UInt8(truncatingIfNeeded: word >> (8 * UInt32(k)))) }
        }
        return out
    }

    /// The cached code of `sourcePath` if its cache is current, else the code that
    /// `compile` makes, written to the cache unless `write` is false.
    static func code(sourcePath: String, write: Bool, compile: () throws(PyException) -> Value) throws(PyException) -> Value {
        var status = stat()
        guard stat(sourcePath, &status) == 0 else { return try compile() }
        let expected = header(status)
        let cachePath = path(forSource: sourcePath)
        if let data = ImportSystem.readFile(cachePath), data.count > 16, Array(data[0..<16]) == expected {
            let refs = List.new()
            var reader = MarshalReader(data: Array(data[16...]), refs: refs)
            if let code = try? MarshalModule.top(&reader), code.isObject, code.type == Krait_code_type { return code }
        }
        let code = try compile()
        if write, let bytes = try? MarshalWriter.dumps(code, version: MarshalFormat.version) {
            store(expected + bytes, at: cachePath)
        }
        return code
    }

    /// Writes through a temporary file and a rename, so a reader never sees half a
    /// file; a directory that cannot be written just means no cache.
    static func store(_ bytes: [UInt8], at path: String) {
        let dir = String(path[..<path.lastIndex(of: "/")!])
        mkdir(dir, 0o755)
        let temporary = "\(path).\(getpid())"
        guard let f = fopen(temporary, "wb") else { return }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, f) }
        fclose(f)
        if written != bytes.count || rename(temporary, path) != 0 { unlink(temporary) }
    }
}
