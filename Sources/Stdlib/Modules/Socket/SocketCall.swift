import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// CPython's `sock_call_ex`: a socket system call, after waiting (poll) for the
/// socket to be ready when it has a timeout, retried after signals (PEP 475) and
/// after a readiness that proved false (EWOULDBLOCK).
enum SocketCall {
    enum Outcome {
        case done(Int)
        /// The call failed with this errno.
        case failed(Int32)
        case timedOut
    }

    /// Waits until the socket is readable (or writable); 1 when the time ran out,
    /// -1 with errno on failure (`internal_select`).
    static func wait(_ s: Value, writing: Bool, interval: Int, connect: Bool) -> Int32 {
        let fd = SocketType.fd(s)
        if fd == -1 { return 0 }
        var events = Int16(writing ? POLLOUT : POLLIN)
        if connect { events |= Int16(POLLERR) }
        var entry = pollfd(fd: fd, events: events, revents: 0)
        var ms = Timeouts.milliseconds(interval, .ceiling)
        if ms > Int(Int32.max) { ms = Int(Int32.max) }
        if ms < 0 { ms = -1 }
        let wait = Int32(ms)
        let (n, code) = Interrupts.blocking { poll(&entry, 1, wait) }
        errno = code
        if n < 0 { return -1 }
        return n == 0 ? 1 : 0
    }

    static func run(_ s: Value, writing: Bool, connect: Bool = false, timeout: Int,
                    _ attempt: () -> Int) throws(PyException) -> Outcome {
        let hasTimeout = timeout > 0
        var deadline: Int? = nil
        while true {
            if hasTimeout || connect {
                var ready: Int32
                if hasTimeout {
                    let interval: Int
                    if let deadline {
                        interval = Timeouts.remaining(until: deadline)
                    } else {
                        deadline = Timeouts.monotonic() + timeout
                        interval = timeout
                    }
                    ready = interval >= 0 ? wait(s, writing: writing, interval: interval, connect: connect) : 1
                } else {
                    ready = wait(s, writing: writing, interval: timeout, connect: connect)
                }
                if ready == -1 {
                    if errno == EINTR {
                        try Interrupts.checkSignals()
                        continue
                    }
                    throw PosixErrors.fromErrno()
                }
                if ready == 1 { return .timedOut }
            }
            var failure: Int32 = 0
            while true {
                let (r, code) = Interrupts.blocking(attempt)
                if r >= 0 { return .done(r) }
                failure = code
                if failure != EINTR { break }
                try Interrupts.checkSignals()
            }
            if SocketType.timeout(s) > 0 && (failure == EWOULDBLOCK || failure == EAGAIN) { continue }
            return .failed(failure)
        }
    }

    /// `sock_call`: the result of a successful call, else OSError or TimeoutError.
    static func call(_ s: Value, writing: Bool, timeout: Int? = nil, _ attempt: () -> Int) throws(PyException) -> Int {
        switch try run(s, writing: writing, timeout: timeout ?? SocketType.timeout(s), attempt) {
        case .done(let n): return n
        case .failed(let code): throw PosixErrors.fromErrno(code)
        case .timedOut: throw SocketErrors.timedOut()
        }
    }

    /// `internal_connect`: 0 once connected, else the errno (when `raising` is
    /// false) or an exception.
    static func connect(_ s: Value, _ address: inout SocketAddress, raising: Bool) throws(PyException) -> Int32 {
        let fd = SocketType.fd(s)
        let (r, failure) = Interrupts.blocking { address.withPointer { sa, length in Glibc.connect(fd, sa, length.pointee) } }
        if r == 0 { return 0 }
        let waiting: Bool
        if failure == EINTR {
            try Interrupts.checkSignals()
            // Interrupted, the connection goes on; blocking sockets and those with
            // a timeout wait for it, as CPython does (issue #23618).
            waiting = SocketType.timeout(s) != 0
        } else {
            waiting = SocketType.timeout(s) > 0 && failure == EINPROGRESS
        }
        if !waiting {
            if raising { throw PosixErrors.fromErrno(failure) }
            return failure
        }
        let outcome = try run(s, writing: true, connect: true, timeout: SocketType.timeout(s)) {
            var pending: Int32 = 0
            var size = socklen_t(MemoryLayout<Int32>.size)
            if getsockopt(fd, SOL_SOCKET, SO_ERROR, &pending, &size) != 0 { return -1 }
            if pending == EISCONN || pending == 0 { return 0 }
            errno = pending
            return -1
        }
        switch outcome {
        case .done: return 0
        case .failed(let code):
            if raising { throw PosixErrors.fromErrno(code) }
            return code
        case .timedOut:
            if raising { throw SocketErrors.timedOut() }
            return EWOULDBLOCK
        }
    }
}
