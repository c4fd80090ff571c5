import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// The methods of `select.epoll`.
enum EpollMethods {
    static let table: [MethodSpec] = [
        MethodSpec("close", doc: "close($self, /)\n--\n\nClose the epoll control file descriptor.\n\nFurther operations on the epoll object will raise an exception.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("epoll.close")
                EpollType.close(s)
                return .none
            }
        },
        MethodSpec("fileno", doc: "fileno($self, /)\n--\n\nReturn the epoll control file descriptor.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("epoll.fileno")
                return IntObject.make(Int(try EpollType.descriptor(s)))
            }
        },
        MethodSpec("fromfd", flags: Int32(METH_CLASS), doc: "fromfd($type, fd, /)\n--\n\nCreate an epoll object from a given control fd.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let fd = try Protocols.cInt(args.one("epoll.fromfd"))
                return EpollType.make(s.layout(PyTypeObject.self), fd: Int32(fd))
            }
        },
        MethodSpec("register", doc: "register($self, /, fd,\n         eventmask=select.EPOLLIN | select.EPOLLPRI | select.EPOLLOUT)\n--\n\nRegisters a new fd or raises an OSError if the fd is already registered.\n\n  fd\n    the target file descriptor of the operation\n  eventmask\n    a bit set composed of the various EPOLL constants\n\nThe epoll interface supports all file descriptors that support poll.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("register", ["fd", "eventmask"], required: 1)
                let fd = try FileDescriptors.from(p[0]!)
                let mask = try p[1].map { v throws(PyException) in try EpollType.mask(v) } ?? (0x001 | 0x002 | 0x004)
                try EpollType.control(s, EPOLL_CTL_ADD, fd, mask)
                return .none
            }
        },
        MethodSpec("modify", doc: "modify($self, /, fd, eventmask)\n--\n\nModify event mask for a registered file descriptor.\n\n  fd\n    the target file descriptor of the operation\n  eventmask\n    a bit set composed of the various EPOLL constants") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("modify", ["fd", "eventmask"], required: 2)
                let fd = try FileDescriptors.from(p[0]!)
                try EpollType.control(s, EPOLL_CTL_MOD, fd, try EpollType.mask(p[1]!))
                return .none
            }
        },
        MethodSpec("unregister", doc: "unregister($self, /, fd)\n--\n\nRemove a registered file descriptor from the epoll object.\n\n  fd\n    the target file descriptor of the operation") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let p = try args.parse("unregister", ["fd"], required: 1)
                try EpollType.control(s, EPOLL_CTL_DEL, try FileDescriptors.from(p[0]!), 0)
                return .none
            }
        },
        MethodSpec("poll", doc: "poll($self, /, timeout=None, maxevents=-1)\n--\n\nWait for events on the epoll file descriptor.\n\n  timeout\n    the maximum time to wait in seconds (as float);\n    a timeout of None or -1 makes poll wait indefinitely\n  maxevents\n    the maximum number of events returned; -1 means no limit\n\nReturns a list containing any descriptors that have events to report,\nas a list of (fd, events) 2-tuples.") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in try EpollType.poll(s, args) }
        },
        MethodSpec("__enter__", doc: "__enter__($self, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.none("epoll.__enter__")
                _ = try EpollType.descriptor(s)
                return s
            }
        },
        MethodSpec("__exit__", doc: "__exit__($self, exc_type=None, exc_value=None, exc_tb=None, /)\n--\n\n") { s, a, n, k in
            MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try args.noKeywords("epoll.__exit__")
                try args.positional("__exit__", min: 0, max: 3)
                return try Protocols.callMethod(s, "close")
            }
        },
    ]
}
