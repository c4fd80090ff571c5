import ObjectLayout
import ObjectModel

/// The methods of `_thread.lock` and `_thread.RLock`.
enum LockMethods {
    typealias Layout = KraitLockObject

    static func release(_ s: Value, reentrant: Bool) throws(PyException) {
        let l = s.layout(Layout.self)
        if l.pointee.count == 0 {
            throw PyException(Krait_exc_RuntimeError, reentrant ? "cannot release un-acquired lock" : "release unlocked lock")
        }
        l.pointee.count -= 1
        if l.pointee.count == 0 { l.pointee.owner = 0 }
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
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("locked"); return .bool(s.layout(Layout.self).pointee.count > 0) }
        }
    }

    static let lock: [MethodSpec] = [
        acquireSpec("acquire"), acquireSpec("acquire_lock"), acquireSpec("__enter__"),
        releaseSpec("release"), releaseSpec("release_lock"),
        lockedSpec("locked"), lockedSpec("locked_lock"),
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
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("_is_owned"); return .bool(s.layout(Layout.self).pointee.count > 0) }
        },
        MethodSpec("_recursion_count") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try args.none("_recursion_count"); return IntObject.make(s.layout(Layout.self).pointee.count) }
        },
        // threading.Condition's: the whole count is given up and restored as (count, owner).
        MethodSpec("_release_save") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("_release_save")
                let l = s.layout(Layout.self)
                if l.pointee.count == 0 { throw PyException(Krait_exc_RuntimeError, "cannot release un-acquired lock") }
                let count = IntObject.make(l.pointee.count)
                let owner = PosixStat.unsigned(l.pointee.owner)
                l.pointee.count = 0
                l.pointee.owner = 0
                return Tuple.make([count, owner])
            }
        },
        MethodSpec("_acquire_restore") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let state = try args.one("_acquire_restore")
                let l = s.layout(Layout.self)
                l.pointee.count = try ModuleTypes.size(try Protocols.getItem(state, IntObject.make(0)))
                l.pointee.owner = Locks.currentThread
                return .none
            }
        },
    ]
}
