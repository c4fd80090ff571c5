import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `select.select(rlist, wlist, xlist, timeout=None)`: the objects of each list
/// whose descriptors are ready.
enum Select {
    /// The descriptors of one argument, and the objects they came from (a list).
    struct Watched {
        var objects: Value
        var fds: [Int32] = []
        var set = fd_set()

        init(_ sequence: Value) throws(PyException) {
            objects = List.new()
            // PySequence_Fast's check: anything iterable will do.
            let iterator: Value
            do throws(PyException) {
                iterator = try Protocols.iterator(sequence)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("arguments 1-3 must be sequences")
            }
            while let o = try Protocols.next(iterator) {
                let fd = try FileDescriptors.from(o)
                if fd >= FD_SETSIZE { throw PyException.valueError("filedescriptor out of range in select()") }
                List.append(objects, o)
                fds.append(fd)
                Select.add(fd, to: &set)
            }
        }

        var limit: Int32 { (fds.max() ?? -1) + 1 }

        /// The objects whose descriptors `set` holds now.
        func ready() -> Value {
            let result = List.new()
            for (i, fd) in fds.enumerated() where Select.contains(fd, set) { List.append(result, List.item(objects, i)) }
            return result
        }

        mutating func clear() { set = fd_set() }
    }

    static func add(_ fd: Int32, to set: inout fd_set) {
        withUnsafeMutableBytes(of: &set) { bytes in
            bytes.bindMemory(to: UInt.self)[Int(fd) / UInt.bitWidth] |= 1 << (UInt(fd) % UInt(UInt.bitWidth))
        }
    }

    static func contains(_ fd: Int32, _ set: fd_set) -> Bool {
        withUnsafeBytes(of: set) { bytes in
            bytes.bindMemory(to: UInt.self)[Int(fd) / UInt.bitWidth] & (1 << (UInt(fd) % UInt(UInt.bitWidth))) != 0
        }
    }

    static func select(_ r: Value, _ w: Value, _ x: Value, timeout timeoutObject: Value) throws(PyException) -> Value {
        var timeout: Int? = nil
        if timeoutObject != .none {
            do throws(PyException) {
                timeout = try Timeouts.fromSeconds(timeoutObject)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("timeout must be a float or None")
            }
            if Timeouts.timeval(timeout!, .up).tv_sec < 0 { throw PyException.valueError("timeout must be non-negative") }
        }
        var reading = try Watched(r), writing = try Watched(w), exceptional = try Watched(x)
        let limit = max(reading.limit, writing.limit, exceptional.limit)
        let deadline = timeout.map { Timeouts.monotonic() + $0 }
        var tv = timeout.map { Timeouts.timeval($0, .up) } ?? Glibc.timeval()
        while true {
            let (n, code) = Interrupts.blocking {
                timeout == nil ? Select.call(limit, &reading, &writing, &exceptional, nil)
                    : withUnsafeMutablePointer(to: &tv) { Select.call(limit, &reading, &writing, &exceptional, $0) }
            }
            if n >= 0 { break }
            if code != EINTR { throw PosixErrors.fromErrno(code) }
            try Interrupts.checkSignals()
            if let deadline {
                let left = Timeouts.remaining(until: deadline)
                if left < 0 {
                    reading.clear(); writing.clear(); exceptional.clear()
                    break
                }
                tv = Timeouts.timeval(left, .ceiling)
            }
        }
        let a = reading.ready()
        let b = writing.ready()
        let c = exceptional.ready()
        let result = Tuple.allocate(count: 3)
        Tuple.items(result)[0] = a
        Tuple.items(result)[1] = b
        Tuple.items(result)[2] = c
        return result
    }

    /// The system call, with no set for an argument that watches nothing.
    static func call(_ limit: Int32, _ r: inout Watched, _ w: inout Watched, _ x: inout Watched,
                     _ tv: UnsafeMutablePointer<Glibc.timeval>?) -> Int32 {
        let (hasR, hasW, hasX) = (!r.fds.isEmpty, !w.fds.isEmpty, !x.fds.isEmpty)
        return withUnsafeMutablePointer(to: &r.set) { rp in
            withUnsafeMutablePointer(to: &w.set) { wp in
                withUnsafeMutablePointer(to: &x.set) { xp in
                    Glibc.select(limit, hasR ? rp : nil, hasW ? wp : nil, hasX ? xp : nil, tv)
                }
            }
        }
    }
}
