import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `errno` module: Linux's error numbers by name, with values from the C
/// library's headers, and `errorcode` mapping each number back to a name (the last
/// of several names for one number wins, as CPython's order makes it).
enum ErrnoModule {
    /// In the order CPython's module defines them.
    static let codes: [(String, Int32)] = [
        ("ENODEV", ENODEV), ("ENOCSI", ENOCSI), ("EHOSTUNREACH", EHOSTUNREACH), ("ENOMSG", ENOMSG),
        ("EUCLEAN", EUCLEAN), ("EL2NSYNC", EL2NSYNC), ("EL2HLT", EL2HLT), ("ENODATA", ENODATA), ("ENOTBLK", ENOTBLK),
        ("ENOSYS", ENOSYS), ("EPIPE", EPIPE), ("EINVAL", EINVAL), ("EOVERFLOW", EOVERFLOW), ("EADV", EADV),
        ("EINTR", EINTR), ("EUSERS", EUSERS), ("ENOTEMPTY", ENOTEMPTY), ("ENOBUFS", ENOBUFS), ("EPROTO", EPROTO),
        ("EREMOTE", EREMOTE), ("ENAVAIL", ENAVAIL), ("ECHILD", ECHILD), ("ELOOP", ELOOP), ("EXDEV", EXDEV),
        ("E2BIG", E2BIG), ("ESRCH", ESRCH), ("EMSGSIZE", EMSGSIZE), ("EAFNOSUPPORT", EAFNOSUPPORT), ("EBADR", EBADR),
        ("EHOSTDOWN", EHOSTDOWN), ("EPFNOSUPPORT", EPFNOSUPPORT), ("ENOPROTOOPT", ENOPROTOOPT), ("EBUSY", EBUSY),
        ("EWOULDBLOCK", EWOULDBLOCK), ("EBADFD", EBADFD), ("EDOTDOT", EDOTDOT), ("EISCONN", EISCONN),
        ("ENOANO", ENOANO), ("ESHUTDOWN", ESHUTDOWN), ("ECHRNG", ECHRNG), ("ELIBBAD", ELIBBAD), ("ENONET", ENONET),
        ("EBADE", EBADE), ("EBADF", EBADF), ("EMULTIHOP", EMULTIHOP), ("EIO", EIO), ("EUNATCH", EUNATCH),
        ("EPROTOTYPE", EPROTOTYPE), ("ENOSPC", ENOSPC), ("ENOEXEC", ENOEXEC), ("EALREADY", EALREADY),
        ("ENETDOWN", ENETDOWN), ("ENOTNAM", ENOTNAM), ("EACCES", EACCES), ("ELNRNG", ELNRNG), ("EILSEQ", EILSEQ),
        ("ENOTDIR", ENOTDIR), ("ENOTUNIQ", ENOTUNIQ), ("EPERM", EPERM), ("EDOM", EDOM), ("EXFULL", EXFULL),
        ("ECONNREFUSED", ECONNREFUSED), ("EISDIR", EISDIR), ("EPROTONOSUPPORT", EPROTONOSUPPORT), ("EROFS", EROFS),
        ("EADDRNOTAVAIL", EADDRNOTAVAIL), ("EIDRM", EIDRM), ("ECOMM", ECOMM), ("ESRMNT", ESRMNT),
        ("EREMOTEIO", EREMOTEIO), ("EL3RST", EL3RST), ("EBADMSG", EBADMSG), ("ENFILE", ENFILE), ("ELIBMAX", ELIBMAX),
        ("ESPIPE", ESPIPE), ("ENOLINK", ENOLINK), ("ENETRESET", ENETRESET), ("ETIMEDOUT", ETIMEDOUT),
        ("ENOENT", ENOENT), ("EEXIST", EEXIST), ("EDQUOT", EDQUOT), ("ENOSTR", ENOSTR), ("EBADSLT", EBADSLT),
        ("EBADRQC", EBADRQC), ("ELIBACC", ELIBACC), ("EFAULT", EFAULT), ("EFBIG", EFBIG), ("EDEADLK", EDEADLK),
        ("ENOTCONN", ENOTCONN), ("EDESTADDRREQ", EDESTADDRREQ), ("ELIBSCN", ELIBSCN), ("ENOLCK", ENOLCK),
        ("EISNAM", EISNAM), ("ECONNABORTED", ECONNABORTED), ("ENETUNREACH", ENETUNREACH), ("ESTALE", ESTALE),
        ("ENOSR", ENOSR), ("ENOMEM", ENOMEM), ("ENOTSOCK", ENOTSOCK), ("ESTRPIPE", ESTRPIPE), ("EMLINK", EMLINK),
        ("ERANGE", ERANGE), ("ELIBEXEC", ELIBEXEC), ("EL3HLT", EL3HLT), ("ECONNRESET", ECONNRESET),
        ("EADDRINUSE", EADDRINUSE), ("EOPNOTSUPP", EOPNOTSUPP), ("EREMCHG", EREMCHG), ("EAGAIN", EAGAIN),
        ("ENAMETOOLONG", ENAMETOOLONG), ("ENOTTY", ENOTTY), ("ERESTART", ERESTART),
        ("ESOCKTNOSUPPORT", ESOCKTNOSUPPORT), ("ETIME", ETIME), ("EBFONT", EBFONT), ("EDEADLOCK", EDEADLOCK),
        ("ETOOMANYREFS", ETOOMANYREFS), ("EMFILE", EMFILE), ("ETXTBSY", ETXTBSY), ("EINPROGRESS", EINPROGRESS),
        ("ENXIO", ENXIO), ("ENOPKG", ENOPKG), ("ENOMEDIUM", ENOMEDIUM), ("EMEDIUMTYPE", EMEDIUMTYPE),
        ("ECANCELED", ECANCELED), ("ENOKEY", ENOKEY), ("EKEYEXPIRED", EKEYEXPIRED), ("EKEYREVOKED", EKEYREVOKED),
        ("EKEYREJECTED", EKEYREJECTED), ("EOWNERDEAD", EOWNERDEAD), ("ENOTRECOVERABLE", ENOTRECOVERABLE),
        ("ERFKILL", ERFKILL), ("ENOTSUP", ENOTSUP),
    ]

    static func create() throws(PyException) -> Value {
        let m = try NativeModule.make("errno", doc: "This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'.", functions: [])
        let errorcode = Dict.new()
        try NativeModule.set(m, "errorcode", errorcode)
        for (name, code) in codes {
            let value = IntObject.make(Int(code))
            try Dict.setItem(errorcode, value, Interned.get(name))
            try NativeModule.set(m, name, value)
        }
        return m
    }
}
