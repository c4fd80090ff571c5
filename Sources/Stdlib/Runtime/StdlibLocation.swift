#if canImport(Glibc)
import Glibc
#endif

/// Where CPython 3.11's pure-Python standard library is on this machine, found as
/// CPython's getpath finds its own: by the landmark `os.py` under a prefix. Krait has
/// no library of its own, so the prefix is that of the `python3.11` on PATH (through a
/// pyenv shim, the selected pyenv version), without running it: start-up spawns nothing.
enum StdlibLocation {
    static let landmark = "os.py"
    static let libraryDirectory = "lib/python3.11"

    /// The prefix and its library directory, or nil when no CPython 3.11 library is found.
    static func find(ignoreEnvironment: Bool) -> (prefix: String, library: String)? {
        if !ignoreEnvironment, let given = environment("KRAIT_STDLIB"), !given.isEmpty {
            // The prefix is the directory two above `lib/python3.11`, as CPython's layout.
            let trimmed = given.hasSuffix("/") && given.count > 1 ? String(given.dropLast()) : given
            return (parent(parent(trimmed)), trimmed)
        }
        for prefix in candidatePrefixes() {
            let library = prefix + "/" + libraryDirectory
            if exists(library + "/" + landmark) { return (prefix, library) }
        }
        return nil
    }

    /// The prefixes to try: each `python3.11` on PATH (symlinks resolved) gives the
    /// directory above its `bin`; a pyenv shim gives its selected version's directory.
    static func candidatePrefixes() -> [String] {
        var prefixes: [String] = []
        for directory in (environment("PATH") ?? "").split(separator: ":").map(String.init) where !directory.isEmpty {
            let program = directory + "/python3.11"
            guard exists(program) else { continue }
            if directory.hasSuffix("/shims"), let version = pyenvVersionDirectory(root: parent(directory)) {
                prefixes.append(version)
                continue
            }
            let binary = resolved(program)
            prefixes.append(parent(parent(binary)))
        }
        prefixes.append("/usr")
        return prefixes
    }

    /// pyenv's choice as `pyenv version-name` makes it: PYENV_VERSION, else the nearest
    /// `.python-version` from the working directory up, else the root's `version` file;
    /// the first of its names that is an installed 3.11.
    static func pyenvVersionDirectory(root: String) -> String? {
        var names = environment("PYENV_VERSION")
        if names == nil {
            var directory = currentDirectory()
            while names == nil {
                names = firstLines(directory + "/.python-version")
                if directory == "/" || directory.isEmpty { break }
                directory = parent(directory)
            }
        }
        let selection = names ?? firstLines(root + "/version") ?? ""
        for name in selection.split(whereSeparator: { $0 == ":" || $0 == "\n" || $0 == " " }) where name.hasPrefix("3.11") {
            let prefix = root + "/versions/" + name
            if exists(prefix + "/" + libraryDirectory + "/" + landmark) { return prefix }
        }
        return nil
    }

    static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }

    static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }

    /// A small text file's contents, or nil when it cannot be read.
    static func firstLines(_ path: String) -> String? {
        guard let bytes = ImportSystem.readFile(path) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }
}
