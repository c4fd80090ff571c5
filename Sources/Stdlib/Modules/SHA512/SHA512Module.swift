import COpenSSL
import ObjectLayout
import ObjectModel

/// `_sha512` (`sha512`, `sha384`) on OpenSSL's SHA-512, which random.py uses to seed
/// from str and bytes.
enum SHA512Module {
    typealias Layout = KraitSHA512Object
    nonisolated(unsafe) static var typesReady = false

    static func context(_ v: Value) -> UnsafeMutablePointer<SHA512_CTX> {
        precondition(MemoryLayout<SHA512_CTX>.size <= 256)
        return (UnsafeMutableRawPointer(v.object) + MemoryLayout<Layout>.offset(of: \.context)!).assumingMemoryBound(to: SHA512_CTX.self)
    }

    static func setUp() {
        for (type, name) in [(Krait_sha512_type!, "_sha512.sha512"), (Krait_sha384_type!, "_sha512.sha384")] {
            ModuleTypes.define(type, name, size: MemoryLayout<Layout>.size, doc: nil, base: false, traverse: { _, _, _ in 0 })
            type.pointee.tp_methods = TypeSetup.methodTable([
                MethodSpec("update", doc: "Update this hash object's state with the provided string.") { s, a, n, k in
                    MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try SHA512Module.update(s, try args.one("update")); return .none }
                },
                MethodSpec("digest", doc: "Return the digest value as a bytes object.") { s, a, n, k in
                    MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("digest"); return Bytes.make(SHA512Module.digest(s)) }
                },
                MethodSpec("hexdigest", doc: "Return the digest value as a string of hexadecimal digits.") { s, a, n, k in
                    MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                        try args.none("hexdigest")
                        return Str.make(SHA512Module.digest(s).map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined())
                    }
                },
                MethodSpec("copy", doc: "Return a copy of the hash object.") { s, a, n, k in
                    MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                        try args.none("copy")
                        let copy = ModuleTypes.allocate(s.type)
                        copy.layout(Layout.self).pointee.digest_size = s.layout(Layout.self).pointee.digest_size
                        SHA512Module.context(Value(copy)).pointee = SHA512Module.context(s).pointee
                        return Value(copy)
                    }
                },
            ])
            type.pointee.tp_getset = MemberDescriptors.getSetTable([
                GetSetSpec("name", get: { o, _ in
                    CBoundary.object { () throws(PyException) in Str.make(Value(o!).layout(Layout.self).pointee.digest_size == 64 ? "sha512" : "sha384") }
                }),
                GetSetSpec("digest_size", get: { o, _ in
                    CBoundary.object { () throws(PyException) in IntObject.make(Int(Value(o!).layout(Layout.self).pointee.digest_size)) }
                }),
                GetSetSpec("block_size", get: { _, _ in CBoundary.object { () throws(PyException) in IntObject.make(128) } }),
            ])
        }
    }

    static func update(_ s: Value, _ data: Value) throws(PyException) {
        if PosixPath.isStr(data) { throw PyException.typeError("Strings must be encoded before hashing") }
        let bytes = try PosixFiles.buffer(data)
        _ = bytes.withUnsafeBytes { SHA512_Update(context(s), $0.baseAddress, $0.count) }
    }

    /// The digest so far; the object's own context goes on.
    static func digest(_ s: Value) -> [UInt8] {
        var copy = context(s).pointee
        var out = [UInt8](repeating: 0, count: 64)
        _ = SHA512_Final(&out, &copy)
        return Array(out.prefix(Int(s.layout(Layout.self).pointee.digest_size)))
    }

    static func make(_ args: Arguments, _ name: String, size: Int32) throws(PyException) -> Value {
        let p = try args.parse(name, ["string", "usedforsecurity"], keywordOnly: 1)
        let h = ModuleTypes.allocate(size == 64 ? Krait_sha512_type : Krait_sha384_type)
        let v = Value(h)
        v.layout(Layout.self).pointee.digest_size = size
        _ = size == 64 ? SHA512_Init(context(v)) : SHA384_Init(context(v))
        if let data = p[0] { try update(v, data) }
        return v
    }

    static func create() throws(PyException) -> Value {
        if !typesReady {
            typesReady = true
            setUp()
            try TypeSetup.ready(Krait_sha512_type)
            try TypeSetup.ready(Krait_sha384_type)
        }
        let m = try NativeModule.make("_sha512", doc: "", functions: [
            MethodSpec("sha512", doc: "sha512($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-512 hash object; optionally initialized with a string.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SHA512Module.make(args, "sha512", size: 64) }
            },
            MethodSpec("sha384", doc: "sha384($module, /, string=b'', *, usedforsecurity=True)\n--\n\nReturn a new SHA-384 hash object; optionally initialized with a string.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try SHA512Module.make(args, "sha384", size: 48) }
            },
        ])
        // CPython's module has no docstring.
        try NativeModule.set(m, "__doc__", .none)
        return m
    }
}
