import GC
import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `_posixsubprocess`: `fork_exec`, subprocess.py's way to start a child. Every
/// argument is converted here, in the parent; the child's work between fork and
/// exec is C (`krait_fork_exec`), which only makes async-signal-safe calls.
enum PosixSubprocessModule {
    static let doc = "fork_exec(args, executable_list, close_fds, pass_fds, cwd, env,\n          p2cread, p2cwrite, c2pread, c2pwrite,\n          errread, errwrite, errpipe_read, errpipe_write,\n          restore_signals, call_setsid, pgid_to_set,\n          gid, groups_list, uid,\n          preexec_fn)\n\nForks a child process, closes parent file descriptors as appropriate in the\nchild and dups the few that are needed before calling exec() in the child\nprocess.\n\nIf close_fds is true, close file descriptors 3 and higher, except those listed\nin the sorted tuple pass_fds.\n\nThe preexec_fn, if supplied, will be called immediately before closing file\ndescriptors and exec.\nWARNING: preexec_fn is NOT SAFE if your application uses threads.\n         It may trigger infrequent, difficult to debug deadlocks.\n\nIf an error occurs in the child process before the exec, it is\nserialized and written to the errpipe_write fd per subprocess.py.\n\nReturns: the child process's PID.\n\nRaises: Only on an error in the parent process.\n"

    static func create() throws(PyException) -> Value {
        try NativeModule.make("_posixsubprocess", doc: "A POSIX helper for the subprocess module.", functions: [
            MethodSpec("fork_exec", doc: doc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ForkExec.run(args) }
            },
        ])
    }
}

/// The C strings of converted arguments, freed together.
struct CStringArray {
    private(set) var pointers: [UnsafeMutablePointer<CChar>?] = []

    mutating func append(_ bytes: [UInt8]) {
        let p = UnsafeMutablePointer<CChar>.allocate(capacity: bytes.count + 1)
        bytes.withUnsafeBufferPointer { b in
            for (i, byte) in b.enumerated() { p[i] = CChar(bitPattern: byte) }
        }
        p[bytes.count] = 0
        pointers.append(p)
    }

    /// A NULL-terminated copy of the pointers, for exec (freed by `free`).
    func terminated() -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> {
        let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: pointers.count + 1)
        for (i, p) in pointers.enumerated() { array[i] = p }
        array[pointers.count] = nil
        return array
    }

    func free() { for p in pointers { p?.deallocate() } }
}
