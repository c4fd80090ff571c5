import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The methods of `_thread.lock` and `_thread.RLock`.
enum LockMethods {
    typealias Layout = KraitLockObject

    static func release(_ s: Value, reentrant: Bool) throws(PyException) {
        if !reentrant {
            guard Locks.isLocked(s) else { throw PyException(Krait_exc_RuntimeError, "release unlocked lock") }
            sem_post(Locks.semaphore(s))
            return
        }
        let l = s.layout(Layout.self)
        guard l.pointee.count > 0, l.pointee.owner == Locks.currentThread else {
            throw PyException(Krait_exc_RuntimeError, "cannot release un-acquired lock")
        }
        l.pointee.count -= 1
        if l.pointee.count == 0 {
            l.pointee.owner = 0
            sem_post(Locks.semaphore(s))
        }
    }

    /// `_at_fork_reinit()`: in a forked child, where the thread that held the lock is gone.
    static func reinitialize(_ s: Value) {
        let l = s.layout(Layout.self)
        l.pointee.owner = 0
        l.pointee.count = 0
        sem_init(Locks.semaphore(s), 0, 1)
    }

    static func acquireSpec(_ name: String) -> MethodSpec {
        MethodSpec(name, doc: "acquire(blocking=True, timeout=-1) -> bool\n(acquire_lock() is an obsolete synonym)\n\nLock the lock.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try Locks.acquire(s, args, reentrant: false) }
        }
    }

    static func releaseSpec(_ name: String) -> MethodSpec {
        MethodSpec(name, doc: "release()\n(release_lock() is an obsolete synonym)\n\nRelease the lock.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("release"); try LockMethods.release(s, reentrant: false); return .none }
        }
    }

    static func lockedSpec(_ name: String) -> MethodSpec {
        MethodSpec(name, doc: "locked() -> bool\n(locked_lock() is an obsolete synonym)\n\nTest whether the lock is currently locked.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("locked"); return .bool(Locks.isLocked(s)) }
        }
    }

    static let lock: [MethodSpec] = [
        acquireSpec("acquire"), acquireSpec("acquire_lock"), acquireSpec("__enter__"),
        releaseSpec("release"), releaseSpec("release_lock"),
        lockedSpec("locked"), lockedSpec("locked_lock"),
        MethodSpec("_at_fork_reinit") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("_at_fork_reinit"); LockMethods.reinitialize(s); return .none }
        },
        MethodSpec("__exit__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in try LockMethods.release(s, reentrant: false); return .none }
        },
    ]

    static let rlock: [MethodSpec] = [
        MethodSpec("acquire") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try Locks.acquire(s, args, reentrant: true) } },
        MethodSpec("__enter__") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try Locks.acquire(s, args, reentrant: true) } },
        MethodSpec("release") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("release"); try LockMethods.release(s, reentrant: true); return .none }
        },
        MethodSpec("__exit__") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, _ throws(PyException) in try LockMethods.release(s, reentrant: true); return .none }
        },
        MethodSpec("_is_owned") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in 
                try args.none("_is_owned")
                let l = s.layout(Layout.self).pointee
                return .bool(l.count > 0 && l.owner == Locks.currentThread)
            }
        },
        MethodSpec("_recursion_count") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in 
                try args.none("_recursion_count")
                let l = s.layout(Layout.self).pointee
                return IntObject.make(l.owner == Locks.currentThread ? l.count : 0)
            }
        },
        // threading.Condition's: the whole count is given up and restored as (count, owner).
        MethodSpec("_at_fork_reinit") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("_at_fork_reinit"); LockMethods.reinitialize(s); return .none }
        },
        MethodSpec("_release_save") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("_release_save")
                let l = s.layout(Layout.self)
                if l.pointee.count == 0 { throw PyException(Krait_exc_RuntimeError, "cannot release un-acquired lock") }
                let saved = Tuple.make([IntObject.make(l.pointee.count), PosixStat.unsigned(l.pointee.owner)])
                l.pointee.count = 0
                l.pointee.owner = 0
                sem_post(Locks.semaphore(s))
                return saved
            }
        },
        MethodSpec("_acquire_restore") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let state = try args.one("_acquire_restore")
                let count = try ModuleTypes.size(try Protocols.getItem(state, IntObject.make(0)))
                let ownerValue = try Protocols.getItem(state, IntObject.make(1))
                guard IntObject.check(ownerValue) else { throw PyException.typeError("an integer is required") }
                let owner = IntObject.unsignedWord(ownerValue) ?? 0
                _ = Locks.take(s, nil)
                let l = s.layout(Layout.self)
                l.pointee.count = count
                l.pointee.owner = owner
                return .none
            }
        },
    ]
}
