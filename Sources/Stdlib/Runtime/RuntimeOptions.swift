/// The command-line options CPython's `python3.11` takes that change how the runtime
/// behaves (`sys.flags`, `sys._xoptions`, `sys.warnoptions`).
public struct RuntimeOptions: Sendable {
    /// `-O` (1) and `-OO` (2).
    public var optimize = 0
    /// `-u`: unbuffered standard streams.
    public var unbuffered = false
    /// `-E`: PYTHON* environment variables ignored.
    public var ignoreEnvironment = false
    /// `-I`: isolated (implies `-E` and `-s`); the script's directory is not on sys.path.
    public var isolated = false
    /// `-S`: no `site` import.
    public var noSite = false
    /// `-s` (and `-I`, `$PYTHONNOUSERSITE`): the user's site-packages stay off sys.path.
    public var noUserSite = false
    /// `-B`: no .pyc files (Krait writes none in any case).
    public var dontWriteBytecode = false
    /// `-i`: interactive after the program.
    public var inspect = false
    /// `-q`: no banner in interactive mode.
    public var quiet = false
    /// `-X name[=value]`.
    public var xOptions: [(String, String?)] = []
    /// `-W spec`.
    public var warnOptions: [String] = []

    public init() {}
}
