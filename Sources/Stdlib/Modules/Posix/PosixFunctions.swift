import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The function table of `posix`; the bodies parse as CPython's Argument Clinic does
/// and call into `PosixFiles`, `PosixStat` and `PosixProcess`.
enum PosixFunctions {
    /// A function of one file descriptor returning nothing, as `close(fd)`.
    static func onFD(_ args: Arguments, _ function: String, keyword: Bool, _ call: (Int32) -> Int32) throws(PyException) -> Value {
        let fd: Int32
        if keyword {
            fd = try PosixFiles.fd(try args.parse(function, ["fd"], required: 1)[0]!)
        } else {
            try args.positional(function, min: 1, max: 1)
            fd = try PosixFiles.fd(args[0])
        }
        if try PosixErrors.retrying({ call(fd) }) != 0 { throw PosixErrors.fromErrno() }
        return .none
    }

    static func id(_ a: UnsafePointer<Value>?, _ n: Int, _ k: Value, _ name: String, _ value: () -> Int) -> Value {
        CBoundary.value { () throws(PyException) in
            try Arguments(a, n, k).none(name)
            return IntObject.make(value())
        }
    }

    static let all: [MethodSpec] = PosixStat.functions + files + directories + process + PosixWait.functions

    static let files: [MethodSpec] = [
        MethodSpec("open", doc: "open($module, /, path, flags, mode=511, *, dir_fd=None)\n--\n\nOpen a file for low level IO.  Returns a file descriptor (integer).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.open(args) }
        },
        MethodSpec("read", doc: "read($module, fd, length, /)\n--\n\nRead from a file descriptor.  Returns a bytes object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.read(args) }
        },
        MethodSpec("write", doc: "write($module, fd, data, /)\n--\n\nWrite a bytes object to a file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.write(args) }
        },
        MethodSpec("close", doc: "close($module, /, fd)\n--\n\nClose a file descriptor.") { s, a, n, k in
            // close is not retried: the descriptor is gone even when it reports EINTR.
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let fd = try PosixFiles.fd(try args.parse("close", ["fd"], required: 1)[0]!)
                if Glibc.close(fd) != 0 && errno != EINTR { throw PosixErrors.fromErrno() }
                return .none
            }
        },
        MethodSpec("fsync", doc: "fsync($module, /, fd)\n--\n\nForce write of fd to disk.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFunctions.onFD(args, "fsync", keyword: true) { Glibc.fsync($0) } }
        },
        MethodSpec("lseek", doc: "lseek($module, fd, position, whence, /)\n--\n\nSet the position of a file descriptor.  Return the new position.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("lseek", min: 3, max: 3)
                let fd = try PosixFiles.fd(args[0])
                let position = try Protocols.index(args[1], overflow: Krait_exc_OverflowError)
                let whence = try PosixFiles.int32(args[2])
                let r = Glibc.lseek(fd, off_t(position), whence)
                if r < 0 { throw PosixErrors.fromErrno() }
                return IntObject.make(Int(r))
            }
        },
        MethodSpec("ftruncate", doc: "ftruncate($module, fd, length, /)\n--\n\nTruncate a file, specified by file descriptor, to a specific length.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("ftruncate", min: 2, max: 2)
                let fd = try PosixFiles.fd(args[0])
                let length = try Protocols.index(args[1], overflow: Krait_exc_OverflowError)
                if try PosixErrors.retrying({ Glibc.ftruncate(fd, off_t(length)) }) != 0 { throw PosixErrors.fromErrno() }
                return .none
            }
        },
        MethodSpec("isatty", doc: "isatty($module, fd, /)\n--\n\nReturn True if the fd is connected to a terminal.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("isatty", min: 1, max: 1)
                return .bool(Glibc.isatty(try PosixFiles.fd(args[0])) == 1)
            }
        },
        MethodSpec("dup", doc: "dup($module, fd, /)\n--\n\nReturn a duplicate of a file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("dup", min: 1, max: 1)
                let fd = fcntl(try PosixFiles.fd(args[0]), F_DUPFD_CLOEXEC, 0)
                if fd < 0 { throw PosixErrors.fromErrno() }
                return IntObject.make(Int(fd))
            }
        },
        MethodSpec("dup2", doc: "dup2($module, /, fd, fd2, inheritable=True)\n--\n\nDuplicate file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let p = try args.parse("dup2", ["fd", "fd2", "inheritable"], required: 2)
                let fd = try PosixFiles.fd(p[0]!), fd2 = try PosixFiles.fd(p[1]!)
                let inheritable = try PosixFiles.flag(p[2], default: true)
                let r = Glibc.dup2(fd, fd2)
                if r < 0 || (!inheritable && fcntl(r, F_SETFD, FD_CLOEXEC) < 0) { throw PosixErrors.fromErrno() }
                return IntObject.make(Int(r))
            }
        },
        MethodSpec("pipe", doc: "pipe($module, /)\n--\n\nCreate a pipe.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("pipe")
                var fds: [Int32] = [0, 0]
                if Glibc.pipe(&fds) != 0 || fds.contains(where: { fcntl($0, F_SETFD, FD_CLOEXEC) < 0 }) { throw PosixErrors.fromErrno() }
                return Tuple.make([IntObject.make(Int(fds[0])), IntObject.make(Int(fds[1]))])
            }
        },
        MethodSpec("get_inheritable", doc: "get_inheritable($module, fd, /)\n--\n\nGet the close-on-exe flag of the specified file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("get_inheritable", min: 1, max: 1)
                let flags = fcntl(try PosixFiles.fd(args[0]), F_GETFD)
                if flags < 0 { throw PosixErrors.fromErrno() }
                return .bool(flags & FD_CLOEXEC == 0)
            }
        },
        MethodSpec("get_blocking", doc: "get_blocking($module, fd, /)\n--\n\nGet the blocking mode of the file descriptor.\n\nReturn False if the O_NONBLOCK flag is set, True if the flag is cleared.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let flags = fcntl(Int32(try Protocols.cInt(args.one("posix.get_blocking"))), F_GETFL)
                if flags < 0 { throw PosixErrors.fromErrno() }
                return .bool(flags & O_NONBLOCK == 0)
            }
        },
        MethodSpec("set_blocking", doc: "set_blocking($module, fd, blocking, /)\n--\n\nSet the blocking mode of the specified file descriptor.\n\nSet the O_NONBLOCK flag if blocking is False,\nclear the O_NONBLOCK flag otherwise.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("set_blocking", min: 2, max: 2)
                let fd = Int32(try Protocols.cInt(args[0]))
                let blocking = try Protocols.cInt(args[1]) != 0
                let flags = fcntl(fd, F_GETFL)
                if flags < 0 { throw PosixErrors.fromErrno() }
                if fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK) < 0 { throw PosixErrors.fromErrno() }
                return .none
            }
        },
        MethodSpec("set_inheritable", doc: "set_inheritable($module, fd, inheritable, /)\n--\n\nSet the inheritable flag of the specified file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("set_inheritable", min: 2, max: 2)
                let fd = try PosixFiles.fd(args[0])
                let inheritable = try PosixFiles.int32(args[1]) != 0
                let flags = fcntl(fd, F_GETFD)
                if flags < 0 || fcntl(fd, F_SETFD, inheritable ? flags & ~FD_CLOEXEC : flags | FD_CLOEXEC) < 0 { throw PosixErrors.fromErrno() }
                return .none
            }
        },
        MethodSpec("urandom", doc: "urandom($module, size, /)\n--\n\nReturn a bytes object containing random bytes suitable for cryptographic use.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.urandom(args) }
        },
    ]

    static let directories: [MethodSpec] = [
        MethodSpec("listdir", doc: "listdir($module, /, path=None)\n--\n\nReturn a list containing the names of the files in the directory.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.listdir(args) }
        },
        MethodSpec("scandir", doc: "scandir($module, /, path=None)\n--\n\nReturn an iterator of DirEntry objects for given path.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ScanDir.scandir(args) }
        },
        MethodSpec("getcwd", doc: "getcwd($module, /)\n--\n\nReturn a unicode string representing the current working directory.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("getcwd"); return try PosixFiles.getcwd(asBytes: false) }
        },
        MethodSpec("getcwdb", doc: "getcwdb($module, /)\n--\n\nReturn a bytes string representing the current working directory.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("getcwdb"); return try PosixFiles.getcwd(asBytes: true) }
        },
        MethodSpec("chdir", doc: "chdir($module, /, path)\n--\n\nChange the current working directory to the specified path.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.chdir(args) }
        },
        MethodSpec("mkdir", doc: "mkdir($module, /, path, mode=511, *, dir_fd=None)\n--\n\nCreate a directory.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                _ = try PosixFiles.onPath(args, "mkdir", withMode: true) { fd, path, mode in mkdirat(fd, path, mode) }
                return .none
            }
        },
        MethodSpec("rmdir", doc: "rmdir($module, /, path, *, dir_fd=None)\n--\n\nRemove a directory.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                _ = try PosixFiles.onPath(args, "rmdir") { fd, path, _ in unlinkat(fd, path, AT_REMOVEDIR) }
                return .none
            }
        },
        MethodSpec("unlink", doc: "unlink($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as remove()).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                _ = try PosixFiles.onPath(args, "unlink") { fd, path, _ in unlinkat(fd, path, 0) }
                return .none
            }
        },
        MethodSpec("remove", doc: "remove($module, /, path, *, dir_fd=None)\n--\n\nRemove a file (same as unlink()).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                _ = try PosixFiles.onPath(args, "remove") { fd, path, _ in unlinkat(fd, path, 0) }
                return .none
            }
        },
        MethodSpec("rename", doc: "rename($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.rename(args, "rename") }
        },
        MethodSpec("replace", doc: "replace($module, /, src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n--\n\nRename a file or directory, overwriting the destination.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.rename(args, "replace") }
        },
        MethodSpec("access", doc: "access($module, /, path, mode, *, dir_fd=None, effective_ids=False,\n       follow_symlinks=True)\n--\n\nUse the real uid/gid to test for access to a path.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.access(args) }
        },
        MethodSpec("readlink", doc: "readlink($module, /, path, *, dir_fd=None)\n--\n\nReturn a string representing the path to which the symbolic link points.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.readlink(args) }
        },
        MethodSpec("symlink", doc: "symlink($module, /, src, dst, target_is_directory=False, *, dir_fd=None)\n--\n\nCreate a symbolic link pointing to src named dst.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.symlink(args) }
        },
        MethodSpec("chmod", doc: "chmod($module, /, path, mode, *, dir_fd=None, follow_symlinks=True)\n--\n\nChange the access permissions of a file.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixFiles.chmod(args) }
        },
        MethodSpec("umask", doc: "umask($module, mask, /)\n--\n\nSet the current numeric umask and return the previous umask.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("umask", min: 1, max: 1)
                return IntObject.make(Int(Glibc.umask(mode_t(truncatingIfNeeded: try PosixFiles.int32(args[0])))))
            }
        },
        MethodSpec("fspath", doc: "fspath($module, /, path)\n--\n\nReturn the file system path representation of the object.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixProcess.fspath(args) }
        },
    ]

    static let process: [MethodSpec] = [
        MethodSpec("getpid", doc: "getpid($module, /)\n--\n\nReturn the current process id.") { _, a, n, k in PosixFunctions.id(a, n, k, "getpid") { Int(Glibc.getpid()) } },
        MethodSpec("getppid", doc: "getppid($module, /)\n--\n\nReturn the parent's process id.") { _, a, n, k in PosixFunctions.id(a, n, k, "getppid") { Int(Glibc.getppid()) } },
        MethodSpec("getuid", doc: "getuid($module, /)\n--\n\nReturn the current process's user id.") { _, a, n, k in PosixFunctions.id(a, n, k, "getuid") { Int(Glibc.getuid()) } },
        MethodSpec("geteuid", doc: "geteuid($module, /)\n--\n\nReturn the current process's effective user id.") { _, a, n, k in PosixFunctions.id(a, n, k, "geteuid") { Int(Glibc.geteuid()) } },
        MethodSpec("getgid", doc: "getgid($module, /)\n--\n\nReturn the current process's group id.") { _, a, n, k in PosixFunctions.id(a, n, k, "getgid") { Int(Glibc.getgid()) } },
        MethodSpec("getegid", doc: "getegid($module, /)\n--\n\nReturn the current process's effective group id.") { _, a, n, k in PosixFunctions.id(a, n, k, "getegid") { Int(Glibc.getegid()) } },
        MethodSpec("getpgrp", doc: "getpgrp($module, /)\n--\n\nReturn the current process group id.") { _, a, n, k in PosixFunctions.id(a, n, k, "getpgrp") { Int(Glibc.getpgrp()) } },
        MethodSpec("_exit", doc: "_exit($module, /, status)\n--\n\nExit to the system with specified status, without normal exit processing.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let status = try PosixFiles.int32(try args.parse("_exit", ["status"], required: 1)[0]!)
                Glibc._exit(status)
            }
        },
        MethodSpec("kill", doc: "kill($module, pid, signal, /)\n--\n\nKill a process with a signal.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("kill", min: 2, max: 2)
                let pid = try PosixFiles.int32(args[0]), signal = try PosixFiles.int32(args[1])
                if Glibc.kill(pid, signal) != 0 { throw PosixErrors.fromErrno() }
                // A signal to this process is handled before kill returns.
                try SignalState.check()
                return .none
            }
        },
        MethodSpec("strerror", doc: "strerror($module, code, /)\n--\n\nTranslate an error code to a message string.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("strerror", min: 1, max: 1)
                return Str.make(String(cString: Glibc.strerror(try PosixFiles.int32(args[0]))))
            }
        },
        MethodSpec("uname", doc: "uname($module, /)\n--\n\nReturn an object identifying the current operating system.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("uname"); return try PosixProcess.uname() }
        },
        MethodSpec("cpu_count", doc: "cpu_count($module, /)\n--\n\nReturn the number of CPUs in the system; return None if indeterminable.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.none("cpu_count")
                let count = sysconf(Int32(_SC_NPROCESSORS_ONLN))
                return count < 1 ? .none : IntObject.make(count)
            }
        },
        MethodSpec("get_terminal_size", doc: "get_terminal_size($module, fd=<unrepresentable>, /)\n--\n\nReturn the size of the terminal window as (columns, lines).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixProcess.getTerminalSize(args) }
        },
        MethodSpec("device_encoding", doc: "device_encoding($module, /, fd)\n--\n\nReturn a string describing the encoding of a terminal's file descriptor.") { s, a, n, k in
            // Krait runs in UTF-8 mode, as CPython under a UTF-8 locale.
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let fd = try PosixFiles.fd(try args.parse("device_encoding", ["fd"], required: 1)[0]!)
                return Glibc.isatty(fd) == 1 ? Str.make("UTF-8") : .none
            }
        },
        MethodSpec("putenv", doc: "putenv($module, name, value, /)\n--\n\nChange or add an environment variable.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixProcess.putenv(args) }
        },
        MethodSpec("unsetenv", doc: "unsetenv($module, name, /)\n--\n\nDelete an environment variable.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try PosixProcess.unsetenv(args) }
        },
        MethodSpec("system", doc: "system($module, /, command)\n--\n\nExecute the command in a subshell.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let command = try PosixPath(try args.parse("system", ["command"], required: 1)[0]!, function: "system", argument: "command")
                return IntObject.make(Int(command.withCString { Glibc.system($0) }))
            }
        },
    ]
}
