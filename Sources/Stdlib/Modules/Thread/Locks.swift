import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_thread.lock` and `_thread.RLock` for Krait's one thread: a lock is held or not, an
/// RLock counts its owner's acquisitions. Waiting for a held lock can only end by its
/// timeout, so a blocking wait with none sleeps for ever, as CPython's would deadlock.
enum Locks {
    typealias Layout = KraitLockObject

    static func setUp() {
        for (type, name, reentrant) in [(Krait_lock_type!, "_thread.lock", false), (Krait_rlock_type!, "_thread.RLock", true)] {
            ModuleTypes.define(type, name, size: MemoryLayout<Layout>.size,
                               doc: reentrant ? nil : "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.",
                               base: reentrant, traverse: { _, _, _ in 0 },
                               constructor: reentrant ? { type, _ throws(PyException) in Value(ModuleTypes.allocate(type)) } : nil)
            type.pointee.tp_weaklistoffset = MemoryLayout<Layout>.offset(of: \.weakreflist)!
        }
        Krait_lock_type.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                "<\(v.layout(Layout.self).pointee.count > 0 ? "locked" : "unlocked") _thread.lock object at 0x\(String(UInt(bitPattern: o!), radix: 16))>"
            }
        }
        Krait_rlock_type.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                let l = v.layout(Layout.self).pointee
                return "<\(l.count > 0 ? "locked" : "unlocked") \(String(cString: v.type.pointee.tp_name)) object owner=\(l.owner) count=\(l.count) at 0x\(String(UInt(bitPattern: o!), radix: 16))>"
            }
        }
        Krait_lock_type.pointee.tp_methods = TypeSetup.methodTable(LockMethods.lock)
        Krait_rlock_type.pointee.tp_methods = TypeSetup.methodTable(LockMethods.rlock)
    }

    static var currentThread: UInt64 { UInt64(UInt(bitPattern: Int(bitPattern: UInt(pthread_self())))) }

    /// acquire's `(blocking=True, timeout=-1)`: the wait in seconds, nil for ever, 0 for none.
    static func wait(_ args: Arguments) throws(PyException) -> Double? {
        let p = try args.parse("acquire", ["blocking", "timeout"])
        let blocking = try PosixFiles.flag(p[0], default: true)
        let timeout = try p[1].map { v throws(PyException) in try NativeModule.double(v, "acquire") } ?? -1
        if !blocking && timeout != -1 { throw PyException.valueError("can't specify a timeout for a non-blocking call") }
        if timeout < 0 && timeout != -1 { throw PyException.valueError("timeout value must be positive") }
        if !blocking { return 0 }
        if timeout > 9223372036 { throw PyException.overflowError("timeout value is too large") }
        return timeout == -1 ? nil : timeout
    }

    /// Waits out a lock no other thread can release.
    static func waitHeld(_ seconds: Double?) {
        guard let seconds else {
            while true { pause() }
        }
        var request = timespec(tv_sec: Int(seconds), tv_nsec: Int((seconds - seconds.rounded(.down)) * 1e9))
        var remaining = timespec()
        while nanosleep(&request, &remaining) != 0 && errno == EINTR { request = remaining }
    }

    static func acquire(_ s: Value, _ args: Arguments, reentrant: Bool) throws(PyException) -> Value {
        let seconds = try wait(args)
        let l = s.layout(Layout.self)
        if l.pointee.count == 0 || reentrant {
            l.pointee.count += 1
            l.pointee.owner = reentrant ? currentThread : 0
            return .true
        }
        waitHeld(seconds)
        return .false
    }
}
