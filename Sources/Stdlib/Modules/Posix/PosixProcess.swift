import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The process and its surroundings: ids, the environment, `uname`, the terminal.
enum PosixProcess {
    nonisolated(unsafe) static var unameType: TypePointer?
    nonisolated(unsafe) static var terminalSizeType: TypePointer?

    /// `posix.environ`: the environment at start-up as bytes, the first of a repeated name.
    static func environment() throws(PyException) -> Value {
        let d = Dict.new()
        var entry = environ
        while let pointer = entry.pointee {
            let text = Array(UnsafeRawBufferPointer(start: pointer, count: strlen(pointer)))
            if let equals = text.firstIndex(of: UInt8(ascii: "=")) {
                let key = Bytes.make(Array(text[..<equals]))
                if try Dict.getItem(d, key) == nil {
                    try withExtendedLifetime(key) { () throws(PyException) in try Dict.setItem(d, key, Bytes.make(Array(text[(equals + 1)...]))) }
                }
            }
            entry += 1
        }
        return d
    }

    /// A name or value for putenv/unsetenv: str or bytes (`PyUnicode_FSConverter`).
    static func environmentText(_ v: Value) throws(PyException) -> [UInt8] {
        let bytes: [UInt8]
        if PosixPath.isStr(v) {
            bytes = try PosixPath.encode(v)
        } else if PosixPath.isBytes(v) {
            bytes = PosixPath.contents(v)
        } else {
            let path = try PosixPath(v, function: "putenv")
            bytes = path.bytes
        }
        if bytes.contains(0) { throw PyException.valueError("embedded null byte") }
        return bytes
    }

    static func putenv(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("putenv", min: 2, max: 2)
        let name = try environmentText(args[0]), value = try environmentText(args[1])
        if name.isEmpty || name.contains(UInt8(ascii: "=")) { throw PyException.valueError("illegal environment variable name") }
        let r = (name + [0]).withUnsafeBufferPointer { n in
            (value + [0]).withUnsafeBufferPointer { v in
                setenv(UnsafeRawPointer(n.baseAddress!).assumingMemoryBound(to: CChar.self), UnsafeRawPointer(v.baseAddress!).assumingMemoryBound(to: CChar.self), 1)
            }
        }
        if r != 0 { throw PosixErrors.fromErrno() }
        return .none
    }

    static func unsetenv(_ args: Arguments) throws(PyException) -> Value {
        let name = try environmentText(try args.one("unsetenv"))
        if name.isEmpty || name.contains(UInt8(ascii: "=")) { throw PyException.valueError("illegal environment variable name") }
        let r = (name + [0]).withUnsafeBufferPointer { n in Glibc.unsetenv(UnsafeRawPointer(n.baseAddress!).assumingMemoryBound(to: CChar.self)) }
        if r != 0 { throw PosixErrors.fromErrno() }
        return .none
    }

    static func uname() throws(PyException) -> Value {
        if unameType == nil {
            unameType = try StructSequence.makeType("posix.uname_result", fields: ["sysname", "nodename", "release", "version", "machine"],
                                                    doc: "uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, version, and machine.\n\nSee os.uname for more information.", instantiable: true)
        }
        var u = utsname()
        if Glibc.uname(&u) != 0 { throw PosixErrors.fromErrno() }
        // utsname is five (six with domainname) NUL-padded character arrays of one size.
        let size = MemoryLayout.size(ofValue: u.sysname)
        let fields = withUnsafeBytes(of: &u) { raw -> [[UInt8]] in
            return (0..<5).map { Array(raw[($0 * size)..<(($0 + 1) * size)].prefix(while: { $0 != 0 })) }
        }
        return try StructSequence.make(unameType!) { l throws(PyException) in
            for f in fields { List.append(l, try PosixPath.decode(f)) }
        }
    }

    static func terminalSize() throws(PyException) -> TypePointer {
        if let terminalSizeType { return terminalSizeType }
        let t = try StructSequence.makeType("os.terminal_size", fields: ["columns", "lines"],
                                            doc: "A tuple of (columns, lines) for holding terminal window size", instantiable: true)
        terminalSizeType = t
        return t
    }

    static func getTerminalSize(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("get_terminal_size", min: 0, max: 1)
        let fd = try args.optional(0).map { v throws(PyException) in try PosixFiles.fd(v) } ?? 1
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) != 0 { throw PosixErrors.fromErrno() }
        return StructSequence.make(try terminalSize(), [IntObject.make(Int(size.ws_col)), IntObject.make(Int(size.ws_row))])
    }

    /// `os.fspath(path)`: str and bytes as they are, else `__fspath__()`'s str or bytes.
    static func fspath(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("fspath", ["path"], required: 1)
        let v = p[0]!
        if PosixPath.isStr(v) || PosixPath.isBytes(v) { return v }
        guard let method = SlotFunctions.lookupSpecial(v, "__fspath__") else {
            throw PyException.typeError("expected str, bytes or os.PathLike object, not \(TypeObject.name(v.type))")
        }
        let result = try SlotFunctions.callUnbound(method, v, [])
        guard PosixPath.isStr(result) || PosixPath.isBytes(result) else {
            throw PyException.typeError("expected \(TypeObject.name(v.type)).__fspath__() to return str or bytes, not \(TypeObject.name(result.type))")
        }
        return result
    }
}
