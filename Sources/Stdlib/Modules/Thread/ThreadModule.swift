import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_thread`: real threads under the GIL (DESIGN.md §8), their identities and locks.
enum ThreadModule {
    nonisolated(unsafe) static var typesReady = false

    /// The kernel's id of this thread, from `/proc/thread-self` (`<pid>/task/<tid>`).
    static func nativeID() -> Int {
        var buffer = [CChar](repeating: 0, count: 64)
        let n = readlink("/proc/thread-self", &buffer, buffer.count - 1)
        guard n > 0 else { return Int(getpid()) }
        let text = String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return text.split(separator: "/").last.flatMap { Int($0) } ?? Int(getpid())
    }

    static let startDoc = "start_new_thread(function, args[, kwargs])\n(start_new() is an obsolete synonym)\n\nStart a new thread and return its identifier.  The thread will call the\nfunction with positional arguments from the tuple args and keyword arguments\ntaken from the optional dictionary kwargs.  The thread exits when the\nfunction returns; the return value is ignored.  The thread will also exit\nwhen the function raises an unhandled exception; a stack trace will be\nprinted unless the exception is SystemExit.\n"
    static let stackSizeDoc = "stack_size([size]) -> size\n\nReturn the thread stack size used when creating new threads.  The\noptional size argument specifies the stack size (in bytes) to be used\nfor subsequently created threads, and must be 0 (use platform or\nconfigured default) or a positive integer value of at least 32,768 (32k).\nIf changing the thread stack size is unsupported, a ThreadError\nexception is raised.  If the specified size is invalid, a ValueError\nexception is raised, and the stack size is unmodified.  32k bytes\n currently the minimum supported stack size value to guarantee\nsufficient stack space for the interpreter itself.\n\nNote that some platforms may have particular restrictions on values for\nthe stack size, such as requiring a minimum stack size larger than 32 KiB or\nrequiring allocation in multiples of the system memory page size\n- platform documentation should be referred to for more information\n(4 KiB pages are common; using multiples of 4096 for the stack size is\nthe suggested approach in the absence of more specific information)."

    /// `stack_size([size])`: the previous size; 0 or at least 32 KiB.
    static func stackSize(_ args: Arguments) throws(PyException) -> Value {
        try args.positional("stack_size", min: 0, max: 1)
        let previous = ThreadStart.stackSize
        if args.count == 1 {
            let size = try ModuleTypes.size(args[0])
            if size < 0 { throw PyException.valueError("size must be 0 or a positive value") }
            if size != 0 && size < 32768 { throw PyException.valueError("size not valid: \(size) bytes") }
            ThreadStart.stackSize = size
        }
        return IntObject.make(previous)
    }

    static func create() throws(PyException) -> Value {
        if !typesReady {
            typesReady = true
            Locks.setUp()
            try TypeSetup.ready(Krait_lock_type)
            try TypeSetup.ready(Krait_rlock_type)
        }
        let m = try NativeModule.make("_thread", doc: "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.", functions: [
            MethodSpec("allocate_lock", doc: "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\ninformation about locks.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("allocate_lock"); return Locks.make(Krait_lock_type) }
            },
            MethodSpec("get_ident", doc: "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("get_ident"); return PosixStat.unsigned(Locks.currentThread) }
            },
            MethodSpec("get_native_id", doc: "get_native_id() -> integer\n\nReturn a non-negative integer identifying the thread as reported\nby the OS (kernel).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("get_native_id"); return IntObject.make(ThreadModule.nativeID()) }
            },
            MethodSpec("_count", doc: "_count() -> integer\n\nReturn the number of currently running Python threads, excluding\nthe main thread.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("_count"); return IntObject.make(ThreadStart.running) }
            },
            MethodSpec("start_new_thread", doc: ThreadModule.startDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ThreadStart.start(args) }
            },
            MethodSpec("start_new", doc: "start_new(function, args[, kwargs])\n(synonym of start_new_thread())") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ThreadStart.start(args) }
            },
            MethodSpec("_set_sentinel", doc: "_set_sentinel() -> lock\n\nSet a sentinel lock that will be released when the current thread\nstate is finalized (after it is untied from the interpreter).\n\nThis is a private API for the threading module.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("_set_sentinel"); return ThreadStart.sentinel() }
            },
            MethodSpec("stack_size", doc: ThreadModule.stackSizeDoc) { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try ThreadModule.stackSize(args) }
            },
            MethodSpec("exit", doc: "exit()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("exit"); throw PyException(Krait_exc_SystemExit, arguments: []) }
            },
            MethodSpec("exit_thread", doc: "exit_thread()\n(exit_thread() is an obsolete synonym)\n\nThis is synonymous to ``raise SystemExit''.  It will cause the current\nthread to exit silently unless the exception is caught.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("exit_thread"); throw PyException(Krait_exc_SystemExit, arguments: []) }
            },
        ])
        try NativeModule.set(m, "allocate", Dict.getItem(Modules.dict(m), string: Interned.literal("allocate_lock"))!)
        try NativeModule.set(m, "LockType", Value(Krait_lock_type))
        try NativeModule.set(m, "RLock", Value(Krait_rlock_type))
        try NativeModule.set(m, "error", Value(Krait_exc_RuntimeError))
        try NativeModule.set(m, "TIMEOUT_MAX", FloatObject.make(9223372036.0))
        return m
    }
}
