import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `fcntl`: CPython's `Modules/fcntlmodule.c` — fcntl, ioctl, flock, lockf.
enum FcntlModule {
    static let doc = "This module performs file control and I/O control on file\ndescriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  File descriptors can be obtained with the fileno() method of\na file or socket object."

    /// Linux's values, as `fcntl` exports them.
    static let commands: [(String, Int)] = [
        ("F_DUPFD", 0), ("F_DUPFD_CLOEXEC", 1030), ("F_GETFD", 1), ("F_SETFD", 2), ("F_GETFL", 3), ("F_SETFL", 4),
        ("F_GETLK", 5), ("F_SETLK", 6), ("F_SETLKW", 7), ("F_GETLK64", 5), ("F_SETLK64", 6), ("F_SETLKW64", 7),
        ("F_SETOWN", 8), ("F_GETOWN", 9), ("F_SETSIG", 10), ("F_GETSIG", 11), ("F_SETLEASE", 1024), ("F_GETLEASE", 1025),
        ("F_NOTIFY", 1026), ("F_SETPIPE_SZ", 1031), ("F_GETPIPE_SZ", 1032), ("F_ADD_SEALS", 1033), ("F_GET_SEALS", 1034),
        ("F_OFD_GETLK", 36), ("F_OFD_SETLK", 37), ("F_OFD_SETLKW", 38),
    ]
    static let flags: [(String, Int)] = [
        ("FD_CLOEXEC", 1), ("FASYNC", 8192), ("F_RDLCK", 0), ("F_WRLCK", 1), ("F_UNLCK", 2), ("F_EXLCK", 4), ("F_SHLCK", 8),
        ("F_SEAL_SEAL", 1), ("F_SEAL_SHRINK", 2), ("F_SEAL_GROW", 4), ("F_SEAL_WRITE", 8),
        ("LOCK_SH", 1), ("LOCK_EX", 2), ("LOCK_NB", 4), ("LOCK_UN", 8), ("LOCK_MAND", 32), ("LOCK_READ", 64),
        ("LOCK_WRITE", 128), ("LOCK_RW", 192),
        ("DN_ACCESS", 1), ("DN_MODIFY", 2), ("DN_CREATE", 4), ("DN_DELETE", 8), ("DN_RENAME", 16), ("DN_ATTRIB", 32),
        ("DN_MULTISHOT", 2147483648),
    ]

    /// The longest buffer fcntl and ioctl copy (CPython's IOCTL_BUFSZ).
    static let bufferSize = 1024

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("fcntl", doc: doc, functions: functions)
        for (name, value) in commands + flags { try NativeModule.set(m, name, IntObject.make(value)) }
        return m
    }

    /// "s#": a str's UTF-8 or a read-only buffer's bytes; nil for anything else.
    static func readOnlyBytes(_ v: Value) throws(PyException) -> [UInt8]? {
        if ModuleTypes.isStr(v) { return Array(Str.swiftString(v).utf8) }
        guard let region = try BufferArguments.region(v), region.readonly else { return nil }
        return Array(region.bytes)
    }

    /// Runs a call until it does not fail with EINTR, then raises its errno.
    static func checked(_ call: () -> Int32) throws(PyException) -> Int32 {
        let r = try Interrupts.retrying(call)
        if r < 0 { throw PosixErrors.fromErrno() }
        return r
    }

    /// `fcntl(fd, cmd, arg=0)`: with bytes or str, the buffer the call filled.
    static func fcntl(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("fcntl.fcntl")
        try args.positional("fcntl", min: 2, max: 3)
        let fd = try FileDescriptors.from(args[0])
        let command = Int32(try Protocols.cInt(args[1]))
        var integer: UInt32 = 0
        if let arg = args.optional(2) {
            if let bytes = try readOnlyBytes(arg) {
                if bytes.count > bufferSize { throw PyException.valueError("fcntl string arg too long") }
                let copy = UnsafeMutableRawPointer.allocate(byteCount: bufferSize, alignment: 8)
                defer { copy.deallocate() }
                copy.copyMemory(from: bytes, byteCount: bytes.count)
                _ = try checked { krait_fcntl_pointer(fd, command, copy) }
                return Bytes.make(UnsafeRawBufferPointer(start: copy, count: bytes.count))
            }
            integer = try TupleArguments.uintMask(arg)
        }
        let value = Int32(bitPattern: integer)
        return IntObject.make(Int(try checked { krait_fcntl_int(fd, command, value) }))
    }

    /// `ioctl(fd, request, arg=0, mutate_flag=True)`.
    static func ioctl(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("fcntl.ioctl")
        try args.positional("ioctl", min: 2, max: 4)
        let fd = try FileDescriptors.from(args[0])
        let request = UInt(try TupleArguments.uintMask(args[1]))
        let mutate = try args.optional(3).map { v throws(PyException) in try Protocols.isTrue(v) } ?? true
        guard let arg = args.optional(2) else {
            return IntObject.make(Int(try checkedOnce { krait_ioctl_int(fd, request, 0) }))
        }
        if !ModuleTypes.isStr(arg), let region = try BufferArguments.region(arg), !region.readonly {
            // A writable buffer: the call writes into it (through a copy when small)
            // when mutate_flag is true, else it is a copy whose result is returned.
            let count = region.count
            if !mutate && count > bufferSize { throw PyException.valueError("ioctl string arg too long") }
            if mutate && count > bufferSize {
                return IntObject.make(Int(try checkedOnce { krait_ioctl_pointer(fd, request, region.data) }))
            }
            let copy = UnsafeMutableRawPointer.allocate(byteCount: bufferSize + 1, alignment: 8)
            defer { copy.deallocate() }
            copy.copyMemory(from: region.data, byteCount: count)
            copy.storeBytes(of: 0, toByteOffset: count, as: UInt8.self)
            let r = krait_ioctl_pointer(fd, request, copy)
            let failure = errno
            if mutate { region.data.copyMemory(from: copy, byteCount: count) }
            if r < 0 { throw PosixErrors.fromErrno(failure) }
            return mutate ? IntObject.make(Int(r)) : Bytes.make(UnsafeRawBufferPointer(start: copy, count: count))
        }
        if let bytes = try readOnlyBytes(arg) {
            if bytes.count > bufferSize { throw PyException.valueError("ioctl string arg too long") }
            let copy = UnsafeMutableRawPointer.allocate(byteCount: bufferSize + 1, alignment: 8)
            defer { copy.deallocate() }
            copy.copyMemory(from: bytes, byteCount: bytes.count)
            copy.storeBytes(of: 0, toByteOffset: bytes.count, as: UInt8.self)
            _ = try checkedOnce { krait_ioctl_pointer(fd, request, copy) }
            return Bytes.make(UnsafeRawBufferPointer(start: copy, count: bytes.count))
        }
        let value = try TupleArguments.int(arg)
        return IntObject.make(Int(try checkedOnce { krait_ioctl_int(fd, request, value) }))
    }

    /// ioctl is not retried on EINTR, as in CPython.
    static func checkedOnce(_ call: () -> Int32) throws(PyException) -> Int32 {
        let r = call()
        if r < 0 { throw PosixErrors.fromErrno() }
        return r
    }

    /// `lockf(fd, cmd, len=0, start=0, whence=0)`: fcntl record locks.
    static func lockf(_ args: Arguments) throws(PyException) -> Value {
        try args.noKeywords("fcntl.lockf")
        try args.positional("lockf", min: 2, max: 5)
        let fd = try FileDescriptors.from(args[0])
        let code = Int32(try Protocols.cInt(args[1]))
        let length = try args.optional(2).map { v throws(PyException) in try TupleArguments.long(v) } ?? 0
        let start = try args.optional(3).map { v throws(PyException) in try TupleArguments.long(v) } ?? 0
        let whence = Int32(try args.optional(4).map { v throws(PyException) in try Protocols.cInt(v) } ?? 0)
        let type: Int32
        if code == LOCK_UN {
            type = Int32(F_UNLCK)
        } else if code & LOCK_SH != 0 {
            type = Int32(F_RDLCK)
        } else if code & LOCK_EX != 0 {
            type = Int32(F_WRLCK)
        } else {
            throw PyException.valueError("unrecognized lockf argument")
        }
        let command = code & LOCK_NB != 0 ? F_SETLK : F_SETLKW
        _ = try checked { krait_lock_record(fd, command, type, whence, Int64(start), Int64(length)) }
        return .none
    }

    static let functions: [MethodSpec] = [
        MethodSpec("fcntl", doc: "fcntl($module, fd, cmd, arg=0, /)\n--\n\nPerform the operation `cmd` on file descriptor fd.\n\nThe values used for `cmd` are operating system dependent, and are available\nas constants in the fcntl module, using the same names as used in\nthe relevant C header files.  The argument arg is optional, and\ndefaults to 0; it may be an int or a string.  If arg is given as a string,\nthe return value of fcntl is a string of that length, containing the\nresulting value put in the arg buffer by the operating system.  The length\nof the arg string is not allowed to exceed 1024 bytes.  If the arg given\nis an integer or if none is specified, the result value is an integer\ncorresponding to the return value of the fcntl call in the C code.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try FcntlModule.fcntl(args) }
        },
        MethodSpec("ioctl", doc: "ioctl($module, fd, request, arg=0, mutate_flag=True, /)\n--\n\nPerform the operation `request` on file descriptor `fd`.\n\nThe values used for `request` are operating system dependent, and are available\nas constants in the fcntl or termios library modules, using the same names as\nused in the relevant C header files.\n\nThe argument `arg` is optional, and defaults to 0; it may be an int or a\nbuffer containing character data (most likely a string or an array).\n\nIf the argument is a mutable buffer (such as an array) and if the\nmutate_flag argument (which is only allowed in this case) is true then the\nbuffer is (in effect) passed to the operating system and changes made by\nthe OS will be reflected in the contents of the buffer after the call has\nreturned.  The return value is the integer returned by the ioctl system\ncall.\n\nIf the argument is a mutable buffer and the mutable_flag argument is false,\nthe behavior is as if a string had been passed.\n\nIf the argument is an immutable buffer (most likely a string) then a copy\nof the buffer is passed to the operating system and the return value is a\nstring of the same length containing whatever the operating system put in\nthe buffer.  The length of the arg buffer in this case is not allowed to\nexceed 1024 bytes.\n\nIf the arg given is an integer or if none is specified, the result value is\nan integer corresponding to the return value of the ioctl call in the C\ncode.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try FcntlModule.ioctl(args) }
        },
        MethodSpec("flock", doc: "flock($module, fd, operation, /)\n--\n\nPerform the lock operation `operation` on file descriptor `fd`.\n\nSee the Unix manual page for flock(2) for details (On some systems, this\nfunction is emulated using fcntl()).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.noKeywords("fcntl.flock")
                try args.positional("flock", min: 2, max: 2)
                let fd = try FileDescriptors.from(args[0])
                let operation = Int32(try Protocols.cInt(args[1]))
                _ = try FcntlModule.checked { krait_flock(fd, operation) }
                return .none
            }
        },
        MethodSpec("lockf", doc: "lockf($module, fd, cmd, len=0, start=0, whence=0, /)\n--\n\nA wrapper around the fcntl() locking calls.\n\n`fd` is the file descriptor of the file to lock or unlock, and operation is one\nof the following values:\n\n    LOCK_UN - unlock\n    LOCK_SH - acquire a shared lock\n    LOCK_EX - acquire an exclusive lock\n\nWhen operation is LOCK_SH or LOCK_EX, it can also be bitwise ORed with\nLOCK_NB to avoid blocking on lock acquisition.  If LOCK_NB is used and the\nlock cannot be acquired, an OSError will be raised and the exception will\nhave an errno attribute set to EACCES or EAGAIN (depending on the operating\nsystem -- for portability, check for either value).\n\n`len` is the number of bytes to lock, with the default meaning to lock to\nEOF.  `start` is the byte offset, relative to `whence`, to that the lock\nstarts.  `whence` is as with fileobj.seek(), specifically:\n\n    0 - relative to the start of the file (SEEK_SET)\n    1 - relative to the current buffer position (SEEK_CUR)\n    2 - relative to the end of the file (SEEK_END)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try FcntlModule.lockf(args) }
        },
    ]
}
