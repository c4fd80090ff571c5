import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// Child processes and process groups: `waitpid`, `wait`, the W* status macros,
/// `waitstatus_to_exitcode`, sessions and groups, and blocking mode and `pipe2`,
/// which subprocess and asyncio use.
enum PosixWait {
    // glibc's W* macros, which Swift does not import.
    static func exited(_ s: Int32) -> Bool { s & 0x7F == 0 }
    static func exitStatus(_ s: Int32) -> Int32 { (s >> 8) & 0xFF }
    static func signaled(_ s: Int32) -> Bool { (Int8(truncatingIfNeeded: (s & 0x7F) + 1) >> 1) > 0 }
    static func termSignal(_ s: Int32) -> Int32 { s & 0x7F }
    static func stopped(_ s: Int32) -> Bool { s & 0xFF == 0x7F }
    static func continued(_ s: Int32) -> Bool { s == 0xFFFF }
    static func coreDumped(_ s: Int32) -> Bool { s & 0x80 != 0 }

    /// A (pid, status) pair after waiting, retried on EINTR after signal checks.
    static func wait(_ pid: Int32, _ options: Int32) throws(PyException) -> Value {
        var status: Int32 = 0
        let r = try Interrupts.retrying { waitpid(pid, &status, options) }
        if r < 0 { throw PosixErrors.fromErrno() }
        return Tuple.make(IntObject.make(Int(r)), IntObject.make(Int(status)))
    }

    /// `waitstatus_to_exitcode(status)`.
    static func exitCode(_ s: Int32) throws(PyException) -> Int {
        if exited(s) { return Int(exitStatus(s)) }
        if signaled(s) {
            let signal = termSignal(s)
            if signal <= 0 { throw PyException.valueError("invalid WTERMSIG: \(signal)") }
            return -Int(signal)
        }
        if stopped(s) { throw PyException.valueError("process stopped by delivery of signal \(exitStatus(s))") }
        throw PyException.valueError("invalid wait status: \(s)")
    }

    /// The `status` argument of the W* functions (keyword allowed but for WCOREDUMP).
    static func status(_ args: Arguments, _ name: String, keyword: Bool = true) throws(PyException) -> Int32 {
        if keyword { return Int32(try Protocols.cInt(try args.parse(name, ["status"], required: 1)[0]!)) }
        return Int32(try Protocols.cInt(try args.one("posix." + name)))
    }

    static func check(_ r: Int32) throws(PyException) { if r < 0 { throw PosixErrors.fromErrno() } }

    static let functions: [MethodSpec] = [
        MethodSpec("waitpid", doc: "waitpid($module, pid, options, /)\n--\n\nWait for completion of a given child process.\n\nReturns a tuple of information regarding the child process:\n    (pid, status)\n\nThe options argument is ignored on Windows.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try TupleArguments.check(args, "waitpid", qualified: "posix.waitpid", min: 2, max: 2)
                return try PosixWait.wait(try TupleArguments.int(args[0]), try TupleArguments.int(args[1]))
            }
        },
        MethodSpec("wait", doc: "wait($module, /)\n--\n\nWait for completion of a child process.\n\nReturns a tuple of information about the child process:\n    (pid, status)") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("posix.wait"); return try PosixWait.wait(-1, 0) }
        },
        MethodSpec("waitstatus_to_exitcode", doc: "waitstatus_to_exitcode($module, /, status)\n--\n\nConvert a wait status to an exit code.\n\nOn Unix:\n\n* If WIFEXITED(status) is true, return WEXITSTATUS(status).\n* If WIFSIGNALED(status) is true, return -WTERMSIG(status).\n* Otherwise, raise a ValueError.\n\nOn Windows, return status shifted right by 8 bits.\n\nOn Unix, if the process is being traced or if waitpid() was called with\nWUNTRACED option, the caller must first check if WIFSTOPPED(status) is true.\nThis function must not be called if WIFSTOPPED(status) is true.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                IntObject.make(try PosixWait.exitCode(try PosixWait.status(args, "waitstatus_to_exitcode")))
            }
        },
        MethodSpec("WIFEXITED", doc: "WIFEXITED($module, /, status)\n--\n\nReturn True if the process returning status exited via the exit() system call.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in .bool(PosixWait.exited(try PosixWait.status(args, "WIFEXITED"))) }
        },
        MethodSpec("WEXITSTATUS", doc: "WEXITSTATUS($module, /, status)\n--\n\nReturn the process return code from status.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in IntObject.make(Int(PosixWait.exitStatus(try PosixWait.status(args, "WEXITSTATUS")))) }
        },
        MethodSpec("WIFSIGNALED", doc: "WIFSIGNALED($module, /, status)\n--\n\nReturn True if the process returning status was terminated by a signal.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in .bool(PosixWait.signaled(try PosixWait.status(args, "WIFSIGNALED"))) }
        },
        MethodSpec("WTERMSIG", doc: "WTERMSIG($module, /, status)\n--\n\nReturn the signal that terminated the process that provided the status value.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in IntObject.make(Int(PosixWait.termSignal(try PosixWait.status(args, "WTERMSIG")))) }
        },
        MethodSpec("WIFSTOPPED", doc: "WIFSTOPPED($module, /, status)\n--\n\nReturn True if the process returning status was stopped.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in .bool(PosixWait.stopped(try PosixWait.status(args, "WIFSTOPPED"))) }
        },
        MethodSpec("WSTOPSIG", doc: "WSTOPSIG($module, /, status)\n--\n\nReturn the signal that stopped the process that provided the status value.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in IntObject.make(Int(PosixWait.exitStatus(try PosixWait.status(args, "WSTOPSIG")))) }
        },
        MethodSpec("WIFCONTINUED", doc: "WIFCONTINUED($module, /, status)\n--\n\nReturn True if a particular process was continued from a job control stop.\n\nReturn True if the process returning status was continued from a\njob control stop.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in .bool(PosixWait.continued(try PosixWait.status(args, "WIFCONTINUED"))) }
        },
        MethodSpec("WCOREDUMP", doc: "WCOREDUMP($module, status, /)\n--\n\nReturn True if the process returning status was dumped to a core file.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in .bool(PosixWait.coreDumped(try PosixWait.status(args, "WCOREDUMP", keyword: false))) }
        },
        MethodSpec("setsid", doc: "setsid($module, /)\n--\n\nCall the system call setsid().") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("posix.setsid"); try PosixWait.check(Glibc.setsid()); return .none }
        },
        MethodSpec("getsid", doc: "getsid($module, pid, /)\n--\n\nCall the system call getsid(pid) and return the result.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let r = Glibc.getsid(try TupleArguments.int(args.one("posix.getsid")))
                try PosixWait.check(r)
                return IntObject.make(Int(r))
            }
        },
        MethodSpec("getpgid", doc: "getpgid($module, /, pid)\n--\n\nCall the system call getpgid(), and return the result.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let pid = try TupleArguments.int(try args.parse("getpgid", ["pid"], required: 1)[0]!)
                let r = Glibc.getpgid(pid)
                try PosixWait.check(r)
                return IntObject.make(Int(r))
            }
        },
        MethodSpec("setpgid", doc: "setpgid($module, pid, pgrp, /)\n--\n\nCall the system call setpgid(pid, pgrp).") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try TupleArguments.check(args, "setpgid", qualified: "posix.setpgid", min: 2, max: 2)
                try PosixWait.check(Glibc.setpgid(try TupleArguments.int(args[0]), try TupleArguments.int(args[1])))
                return .none
            }
        },
        MethodSpec("killpg", doc: "killpg($module, pgid, signal, /)\n--\n\nKill a process group with a signal.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try TupleArguments.check(args, "killpg", qualified: "posix.killpg", min: 2, max: 2)
                try PosixWait.check(Glibc.killpg(try TupleArguments.int(args[0]), try TupleArguments.int(args[1])))
                return .none
            }
        },
        MethodSpec("get_blocking", doc: "get_blocking($module, fd, /)\n--\n\nGet the blocking mode of the file descriptor.\n\nReturn False if the O_NONBLOCK flag is set, True if the flag is cleared.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let flags = fcntl(Int32(try Protocols.cInt(args.one("posix.get_blocking"))), F_GETFL)
                try PosixWait.check(flags)
                return .bool(flags & O_NONBLOCK == 0)
            }
        },
        MethodSpec("set_blocking", doc: "set_blocking($module, fd, blocking, /)\n--\n\nSet the blocking mode of the specified file descriptor.\n\nSet the O_NONBLOCK flag if blocking is False,\nclear the O_NONBLOCK flag otherwise.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                try args.positional("set_blocking", min: 2, max: 2)
                let fd = Int32(try Protocols.cInt(args[0]))
                let blocking = try Protocols.cInt(args[1]) != 0
                let flags = fcntl(fd, F_GETFL)
                try PosixWait.check(flags)
                try PosixWait.check(fcntl(fd, F_SETFL, blocking ? flags & ~O_NONBLOCK : flags | O_NONBLOCK))
                return .none
            }
        },
        MethodSpec("pipe2", doc: "pipe2($module, flags, /)\n--\n\nCreate a pipe with flags set atomically.\n\nReturns a tuple of two file descriptors:\n  (read_fd, write_fd)\n\nflags can be constructed by ORing together one or more of these values:\nO_NONBLOCK, O_CLOEXEC.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                let flags = Int32(try Protocols.cInt(args.one("posix.pipe2")))
                var fds: [Int32] = [-1, -1]
                try PosixWait.check(krait_pipe2(&fds, flags))
                return Tuple.make(IntObject.make(Int(fds[0])), IntObject.make(Int(fds[1])))
            }
        },
    ]
}
