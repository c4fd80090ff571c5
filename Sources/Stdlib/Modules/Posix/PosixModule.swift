import ObjectLayout
import ObjectModel
#if canImport(Glibc)
import Glibc
#endif

/// The `posix` module on the C library, with what `os.py` uses: file descriptors,
/// paths, directories, the environment as bytes, `stat_result`, process ids.
enum PosixModule {
    nonisolated(unsafe) static var typesReady = false

    /// The `*at` forms behind `dir_fd` and `follow_symlinks` that the functions here
    /// support, which `os.py` reads into `supports_dir_fd` and the others.
    static let haveFunctions = ["HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FDOPENDIR", "HAVE_FSTATAT",
                                "HAVE_FTRUNCATE", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT",
                                "HAVE_SYMLINKAT", "HAVE_UNLINKAT"]

    // In groups: one literal of them all is more than the type checker takes.
    static let accessModes: [(String, Int32)] = [("F_OK", F_OK), ("R_OK", R_OK), ("W_OK", W_OK), ("X_OK", X_OK)]
    static let openFlags: [(String, Int32)] = [
        ("O_RDONLY", O_RDONLY), ("O_WRONLY", O_WRONLY), ("O_RDWR", O_RDWR), ("O_ACCMODE", O_ACCMODE), ("O_APPEND", O_APPEND),
        ("O_CREAT", O_CREAT), ("O_EXCL", O_EXCL), ("O_TRUNC", O_TRUNC), ("O_NONBLOCK", O_NONBLOCK), ("O_NDELAY", O_NDELAY),
        ("O_SYNC", O_SYNC), ("O_DSYNC", O_DSYNC), ("O_RSYNC", O_RSYNC), ("O_FSYNC", O_FSYNC), ("O_NOCTTY", O_NOCTTY),
        ("O_CLOEXEC", O_CLOEXEC), ("O_DIRECTORY", O_DIRECTORY), ("O_NOFOLLOW", O_NOFOLLOW), ("O_ASYNC", O_ASYNC),
        // off_t is 64 bits already, so the flag is 0, as CPython reports.
        ("O_LARGEFILE", 0),
    ]
    static let waitFlags: [(String, Int32)] = [
        ("WNOHANG", WNOHANG), ("WUNTRACED", WUNTRACED), ("WCONTINUED", WCONTINUED), ("WEXITED", WEXITED),
        ("WSTOPPED", WSTOPPED), ("WNOWAIT", WNOWAIT),
    ]
    static let lockCommands: [(String, Int32)] = [("F_LOCK", F_LOCK), ("F_TLOCK", F_TLOCK), ("F_ULOCK", F_ULOCK), ("F_TEST", F_TEST)]
    static let loaderFlags: [(String, Int32)] = [
        ("RTLD_LAZY", RTLD_LAZY), ("RTLD_NOW", RTLD_NOW), ("RTLD_GLOBAL", RTLD_GLOBAL), ("RTLD_LOCAL", RTLD_LOCAL),
        ("RTLD_NODELETE", RTLD_NODELETE), ("RTLD_NOLOAD", RTLD_NOLOAD), ("RTLD_DEEPBIND", RTLD_DEEPBIND),
    ]
    static let limits: [(String, Int32)] = [("NGROUPS_MAX", NGROUPS_MAX), ("TMP_MAX", TMP_MAX)]

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        ScanDir.setUp()
        try TypeSetup.ready(Krait_scandirIterator_type)
        try TypeSetup.ready(Krait_dirEntry_type)
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        let m = try NativeModule.make("posix", doc: "This module provides access to operating system functionality that is\nstandardized by the C Standard and POSIX (a thinly disguised Unix interface).\nRefer to the library manual and corresponding Unix manual entries for more information on calls.",
                                      functions: PosixFunctions.all)
        for (name, value) in accessModes + openFlags + waitFlags + lockCommands + loaderFlags + limits {
            try NativeModule.set(m, name, IntObject.make(Int(value)))
        }
        try NativeModule.set(m, "_have_functions", List.make(strings: haveFunctions))
        try NativeModule.set(m, "environ", try PosixProcess.environment())
        try NativeModule.set(m, "error", Value(Krait_exc_OSError))
        try NativeModule.set(m, "stat_result", Value(try PosixStat.type()))
        try NativeModule.set(m, "terminal_size", Value(try PosixProcess.terminalSize()))
        try NativeModule.set(m, "DirEntry", Value(Krait_dirEntry_type))
        return m
    }
}
