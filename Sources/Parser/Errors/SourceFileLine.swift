#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CPython fills a module's SyntaxError `text` by reading line `lineno` of the file the
/// error names, when that file can be opened: the physical line with its newline
/// (universal newlines: `\r\n` and `\r` read as `\n`), decoded as UTF-8 with
/// replacement characters.
enum SourceFileLine {
    static func read(_ filename: String, line lineno: Int) -> String? {
        guard lineno > 0, let file = fopen(filename, "rb") else { return nil }
        defer { fclose(file) }
        var current = 1
        var bytes: [UInt8] = []
        while true {
            var c = getc(file)
            if c == EOF { break }
            if c == 0x0D {
                let next = getc(file)
                if next != 0x0A && next != EOF { ungetc(next, file) }
                c = 0x0A
            }
            if current == lineno { bytes.append(UInt8(c)) }
            if c == 0x0A {
                if current == lineno { break }
                current += 1
            }
        }
        if current < lineno || (bytes.isEmpty && current == lineno && lineno > 1 && feof(file) != 0) {
            return nil
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
