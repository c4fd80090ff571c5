import NativeStack
import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `_thread.lock` and `_thread.RLock`, CPython's design: a semaphore of value 1 while
/// the lock is free; a thread that must wait for it gives the GIL up meanwhile.
enum Locks {
    typealias Layout = KraitLockObject

    static func setUp() {
        for (type, name, reentrant) in [(Krait_lock_type!, "_thread.lock", false), (Krait_rlock_type!, "_thread.RLock", true)] {
            ModuleTypes.define(type, name, size: MemoryLayout<Layout>.size,
                               doc: reentrant ? nil : "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.",
                               base: reentrant, traverse: { _, _, _ in 0 },
                               constructor: reentrant ? { type, _ throws(PyException) in Locks.make(type) } : nil)
            type.pointee.tp_weaklistoffset = MemoryLayout<Layout>.offset(of: \.weakreflist)!
        }
        Krait_lock_type.pointee.tp_repr = { o in
            ModuleTypes.repr(o) { v throws(PyException) in
                "<\(Locks.isLocked(v) ? "locked" : "unlocked") _thread.lock object at 0x\(String(UInt(bitPattern: o!), radix: 16))>"
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

    /// A new, unlocked lock of `type`.
    static func make(_ type: UnsafeMutablePointer<PyTypeObject>) -> Value {
        let lock = Value(ModuleTypes.allocate(type))
        sem_init(semaphore(lock), 0, 1)
        return lock
    }

    static func semaphore(_ lock: Value) -> UnsafeMutablePointer<sem_t> {
        UnsafeMutableRawPointer(lock.layout(Layout.self))
            .advanced(by: MemoryLayout<Layout>.offset(of: \.semaphore)!)
            .assumingMemoryBound(to: sem_t.self)
    }

    static func isLocked(_ lock: Value) -> Bool {
        var value: Int32 = 0
        sem_getvalue(semaphore(lock), &value)
        return value == 0
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

    /// Takes `lock`'s semaphore, waiting up to `seconds` (nil: for ever) without the GIL;
    /// whether it was taken.
    static func take(_ lock: Value, _ seconds: Double?) -> Bool {
        let semaphore = semaphore(lock)
        if sem_trywait(semaphore) == 0 { return true }
        if seconds == 0 { return false }
        var deadline = timespec()
        if let seconds {
            clock_gettime(CLOCK_MONOTONIC, &deadline)
            let whole = seconds.rounded(.down)
            let nanoseconds = deadline.tv_nsec + Int((seconds - whole) * 1e9)
            deadline.tv_sec += Int(whole) + nanoseconds / 1_000_000_000
            deadline.tv_nsec = nanoseconds % 1_000_000_000
        }
        while true {
            let error: Int32 = withUnsafePointer(to: &deadline) { deadline in
                GIL.releasing { krait_semaphore_wait(semaphore, seconds == nil ? nil : deadline) }
            }
            if error == 0 { return true }
            if error != EINTR { return false }
        }
    }

    static func acquire(_ s: Value, _ args: Arguments, reentrant: Bool) throws(PyException) -> Value {
        let seconds = try wait(args)
        let l = s.layout(Layout.self)
        if reentrant && l.pointee.count > 0 && l.pointee.owner == currentThread {
            if l.pointee.count == Int.max { throw PyException.overflowError("Internal lock count overflowed") }
            l.pointee.count += 1
            return .true
        }
        guard take(s, seconds) else { return .false }
        if reentrant {
            l.pointee.owner = currentThread
            l.pointee.count = 1
        }
        return .true
    }
}
