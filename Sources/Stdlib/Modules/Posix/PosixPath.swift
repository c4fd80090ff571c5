import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// A path argument as CPython's `path_converter`: str (encoded UTF-8 with
/// surrogateescape), bytes, an `os.PathLike`, or where allowed an open file descriptor.
struct PosixPath {
    /// The argument as given, for the exception's filename.
    let object: Value
    /// The encoded path, without its terminating NUL.
    let bytes: [UInt8]
    /// Whether the path was bytes, so results are bytes too.
    let isBytes: Bool
    let fd: Int32?

    init(_ v: Value, function: String, argument: String = "path", allowFD: Bool = false, nullable: Bool = false) throws(PyException) {
        object = v
        if allowFD, IntObject.check(v) {
            let n = try Protocols.index(v, overflow: Krait_exc_OverflowError)
            guard let fd = Int32(exactly: n) else {
                throw PyException.overflowError(n < 0 ? "fd is less than minimum" : "fd is greater than maximum")
            }
            self.fd = fd
            bytes = []
            isBytes = false
            return
        }
        fd = nil
        if nullable && v == .none {
            bytes = Array(".".utf8)
            isBytes = false
            return
        }
        var path = v
        if !PosixPath.isStr(path) && !PosixPath.isBytes(path) {
            guard let fspath = SlotFunctions.lookupSpecial(path, "__fspath__") else {
                let kinds = allowFD && nullable ? "string, bytes, os.PathLike, integer or None"
                    : allowFD ? "string, bytes, os.PathLike or integer" : nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike"
                throw PyException.typeError("\(function): \(argument) should be \(kinds), not \(TypeObject.name(v.type))")
            }
            path = try SlotFunctions.callUnbound(fspath, path, [])
            guard PosixPath.isStr(path) || PosixPath.isBytes(path) else {
                throw PyException.typeError("expected \(TypeObject.name(v.type)).__fspath__() to return str or bytes, not \(TypeObject.name(path.type))")
            }
        }
        isBytes = !PosixPath.isStr(path)
        bytes = isBytes ? PosixPath.contents(path) : try PosixPath.encode(path)
        if bytes.contains(0) { throw PyException.valueError("embedded null byte") }
    }

    static func isStr(_ v: Value) -> Bool { TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) }

    static func isBytes(_ v: Value) -> Bool { TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_BYTES_SUBCLASS)) }

    /// The path as a C string.
    func withCString<R>(_ body: (UnsafePointer<CChar>) -> R) -> R {
        (bytes + [0]).withUnsafeBufferPointer { b in b.withMemoryRebound(to: CChar.self) { body($0.baseAddress!) } }
    }

    /// A str as the file system encoding makes it: UTF-8, lone surrogates escaped.
    static func encode(_ s: Value) throws(PyException) -> [UInt8] {
        if let text = Str.swiftStringIfValid(s) { return Array(text.utf8) }
        return contents(try Protocols.callMethod(s, "encode", Str.make("utf-8"), Str.make("surrogateescape")))
    }

    static func contents(_ b: Value) -> [UInt8] {
        Array(UnsafeRawBufferPointer(start: Bytes.data(b), count: Bytes.count(b)))
    }

    /// File-system bytes as str (`os.fsdecode`), or as bytes when `asBytes`.
    static func decode(_ bytes: [UInt8], asBytes: Bool = false) throws(PyException) -> Value {
        if asBytes { return Bytes.make(bytes) }
        if let text = String(validatingUTF8: bytes.map { CChar(bitPattern: $0) } + [0]) { return Str.make(text) }
        return try Protocols.callMethod(Bytes.make(bytes), "decode", Str.make("utf-8"), Str.make("surrogateescape"))
    }

    /// The OSError for the current errno, naming this path, as `path_error`.
    func error() -> PyException { PosixErrors.fromErrno(filename: object) }
}
