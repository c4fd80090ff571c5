import Interpreter
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_thread` for a runtime with one thread: its identity and its locks, enough for
/// `functools`, `reprlib` and the other modules that guard state with a lock.
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

    static func create() throws(PyException) -> Value {
        if !typesReady {
            typesReady = true
            Locks.setUp()
            try TypeSetup.ready(Krait_lock_type)
            try TypeSetup.ready(Krait_rlock_type)
        }
        let m = try NativeModule.make("_thread", doc: "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface.", functions: [
            MethodSpec("allocate_lock", doc: "allocate_lock() -> lock object\n(allocate() is an obsolete synonym)\n\nCreate a new lock object. See help(type(threading.Lock())) for\ninformation about locks.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("allocate_lock"); return Value(ModuleTypes.allocate(Krait_lock_type)) }
            },
            MethodSpec("get_ident", doc: "get_ident() -> integer\n\nReturn a non-zero integer that uniquely identifies the current thread\namongst other threads that exist simultaneously.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("get_ident"); return PosixStat.unsigned(Locks.currentThread) }
            },
            MethodSpec("get_native_id", doc: "get_native_id() -> integer\n\nReturn a non-negative integer identifying the thread as reported\nby the OS (kernel).") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("get_native_id"); return IntObject.make(ThreadModule.nativeID()) }
            },
            MethodSpec("_count", doc: "_count() -> integer\n\nReturn the number of currently running Python threads, excluding\nthe main thread.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in try args.none("_count"); return IntObject.make(0) }
            },
        ])
        try NativeModule.set(m, "allocate", Dict.getItem(Modules.dict(m), string: Interned.get("allocate_lock"))!)
        try NativeModule.set(m, "LockType", Value(Krait_lock_type))
        try NativeModule.set(m, "RLock", Value(Krait_rlock_type))
        try NativeModule.set(m, "error", Value(Krait_exc_RuntimeError))
        try NativeModule.set(m, "TIMEOUT_MAX", FloatObject.make(9223372036.0))
        return m
    }
}
