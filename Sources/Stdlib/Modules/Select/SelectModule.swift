import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// `select`: CPython's `Modules/selectmodule.c` for Linux — `select()`, `poll`
/// objects and `epoll` objects, retried after signals as PEP 475 says.
enum SelectModule {
    nonisolated(unsafe) static var typesReady = false

    static let doc = "This module supports asynchronous I/O on multiple file descriptors.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file descriptors."

    /// Linux's values of the poll and epoll event bits, and PIPE_BUF.
    static let constants: [(String, Int)] = [
        ("PIPE_BUF", 4096),
        ("POLLIN", 0x001), ("POLLPRI", 0x002), ("POLLOUT", 0x004), ("POLLERR", 0x008), ("POLLHUP", 0x010),
        ("POLLNVAL", 0x020), ("POLLRDNORM", 0x040), ("POLLRDBAND", 0x080), ("POLLWRNORM", 0x100),
        ("POLLWRBAND", 0x200), ("POLLMSG", 0x400), ("POLLRDHUP", 0x2000),
        ("EPOLLIN", 0x001), ("EPOLLOUT", 0x004), ("EPOLLPRI", 0x002), ("EPOLLERR", 0x008), ("EPOLLHUP", 0x010),
        ("EPOLLET", 1 << 31), ("EPOLLONESHOT", 1 << 30), ("EPOLLEXCLUSIVE", 1 << 28), ("EPOLLRDHUP", 0x2000),
        ("EPOLLRDNORM", 0x040), ("EPOLLRDBAND", 0x080), ("EPOLLWRNORM", 0x100), ("EPOLLWRBAND", 0x200),
        ("EPOLLMSG", 0x400), ("EPOLL_CLOEXEC", 0o2000000),
    ]

    static func create() throws(PyException) -> Value {
        if !typesReady {
            typesReady = true
            PollType.setUp()
            EpollType.setUp()
            try TypeSetup.ready(Krait_poll_type)
            try TypeSetup.ready(Krait_epoll_type)
        }
        let m = try NativeModule.make("select", doc: doc, functions: [
            MethodSpec("select", doc: "select($module, rlist, wlist, xlist, timeout=None, /)\n--\n\nWait until one or more file descriptors are ready for some kind of I/O.\n\nThe first three arguments are iterables of file descriptors to be waited for:\nrlist -- wait until ready for reading\nwlist -- wait until ready for writing\nxlist -- wait for an \"exceptional condition\"\nIf only one kind of condition is required, pass [] for the other lists.\n\nA file descriptor is either a socket or file object, or a small integer\ngotten from a fileno() method call on one of those.\n\nThe optional 4th argument specifies a timeout in seconds; it may be\na floating point number to specify fractions of seconds.  If it is absent\nor None, the call will never time out.\n\nThe return value is a tuple of three lists corresponding to the first three\narguments; each contains the subset of the corresponding file descriptors\nthat are ready.\n\n*** IMPORTANT NOTICE ***\nOn Windows, only sockets are supported; on Unix, all file\ndescriptors can be used.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.noKeywords("select.select")
                    try args.positional("select", min: 3, max: 4)
                    return try Select.select(args[0], args[1], args[2], timeout: args.optional(3) ?? .none)
                }
            },
            MethodSpec("poll", doc: "poll($module, /)\n--\n\nReturns a polling object.\n\nThis object supports registering and unregistering file descriptors, and then\npolling them for I/O events.") { s, a, n, k in
                MethodSpec.run(s, a, n, k) { _, args throws(PyException) in
                    try args.none("select.poll")
                    return PollType.make()
                }
            },
        ])
        for (name, value) in constants { try NativeModule.set(m, name, IntObject.make(value)) }
        try NativeModule.set(m, "error", Value(Krait_exc_OSError))
        return try ModuleTypes.add(m, [("epoll", Krait_epoll_type)])
    }
}
