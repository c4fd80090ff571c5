#if canImport(Glibc)
import Glibc
#endif

/// The process's standard output and error as the runtime writes them: through C's
/// buffered streams, so output is as cheap as CPython's and ordered by flushes.
public struct StandardStream {
    let file: UnsafeMutablePointer<FILE>

    public func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer in _ = fwrite(buffer.baseAddress, 1, buffer.count, file) }
    }

    public func flush() { fflush(file) }
}

public enum StandardStreams {
    public static let stdout = StandardStream(file: Glibc.stdout)
    public static let stderr = StandardStream(file: Glibc.stderr)

    /// `-u`: every write goes out at once.
    static func makeUnbuffered() {
        setvbuf(Glibc.stdout, nil, _IONBF, 0)
        setvbuf(Glibc.stderr, nil, _IONBF, 0)
    }
}
