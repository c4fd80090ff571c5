import ObjectLayout
import ObjectModel

/// Quoted-printable (RFC 1521), as CPython's b2a_qp/a2b_qp: lines of at most 76
/// characters with soft breaks, "=XX" for bytes that need quoting.
extension BinasciiModule {
    static let maximumLine = 76
    static let equals = UInt8(ascii: "=")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let upperHex: StaticString = "0123456789ABCDEF"

    static func b2aQP(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("b2a_qp", ["data", "quotetabs", "istext", "header"], required: 1)
        _ = try binary(p[0]!)
        let quoteTabs = try flag(p[1], default: false)
        let isText = try flag(p[2], default: true)
        let header = try flag(p[3], default: false)
        let input = try binary(p[0]!)
        var encoder = QPEncoder(input: input, quoteTabs: quoteTabs, isText: isText, header: header)
        encoder.run()
        return Bytes.make(encoder.out)
    }

    static func a2bQP(_ args: Arguments) throws(PyException) -> Value {
        let p = try args.parse("a2b_qp", ["data", "header"], required: 1)
        _ = try ascii(p[0]!)
        let header = try flag(p[1], default: false)
        let input = try ascii(p[0]!)
        return try bytes(capacity: input.count) { out throws(PyException) in
            var i = 0, o = 0
            while i < input.count {
                let c = input[i]
                if c == equals {
                    i += 1
                    if i >= input.count { break }
                    let next = input[i]
                    if next == lineFeed || next == carriageReturn {
                        // A soft line break: skip to the end of the line.
                        while i < input.count && input[i] != lineFeed { i += 1 }
                        if i < input.count { i += 1 }
                    } else if next == equals {
                        // "==" from old encoders stands for one "=".
                        out[o] = equals
                        o += 1
                        i += 1
                    } else if i + 1 < input.count, let high = hexValue(next), let low = hexValue(input[i + 1]) {
                        out[o] = high << 4 | low
                        o += 1
                        i += 2
                    } else {
                        out[o] = equals
                        o += 1
                    }
                } else {
                    out[o] = header && c == UInt8(ascii: "_") ? space : c
                    o += 1
                    i += 1
                }
            }
            return o
        }
    }
}

/// The encoder's state: output, the current line's length, and whether the data
/// uses CRLF line ends (judged by its first "\n").
struct QPEncoder {
    let input: BinasciiInput
    let quoteTabs: Bool, isText: Bool, header: Bool
    var crlf = false
    var out: [UInt8] = []
    var line = 0

    init(input: BinasciiInput, quoteTabs: Bool, isText: Bool, header: Bool) {
        self.input = input
        self.quoteTabs = quoteTabs
        self.isText = isText
        self.header = header
        var i = 0
        while i < input.count && input[i] != BinasciiModule.lineFeed { i += 1 }
        crlf = i < input.count && i > 0 && input[i - 1] == BinasciiModule.carriageReturn
        out.reserveCapacity(input.count + input.count / 8)
    }

    /// Whether byte `i` must be written as "=XX".
    func needsQuoting(_ i: Int) -> Bool {
        let c = input[i]
        let last = i + 1 == input.count
        if c > 126 || c == BinasciiModule.equals || (header && c == UInt8(ascii: "_")) { return true }
        // A "." alone at the start of a line would end an SMTP message.
        if c == UInt8(ascii: "."), line == 0,
           last || input[i + 1] == BinasciiModule.lineFeed || input[i + 1] == BinasciiModule.carriageReturn || input[i + 1] == 0 {
            return true
        }
        if !isText && (c == BinasciiModule.carriageReturn || c == BinasciiModule.lineFeed) { return true }
        let blank = c == UInt8(ascii: "\t") || c == BinasciiModule.space
        if blank && last { return true }
        return c < 33 && c != BinasciiModule.carriageReturn && c != BinasciiModule.lineFeed && (quoteTabs || !blank)
    }

    mutating func softBreak() {
        out.append(BinasciiModule.equals)
        lineEnd()
    }

    mutating func lineEnd() {
        if crlf { out.append(BinasciiModule.carriageReturn) }
        out.append(BinasciiModule.lineFeed)
        line = 0
    }

    mutating func quoted(_ c: UInt8) {
        let digits = BinasciiModule.upperHex.utf8Start
        out.append(BinasciiModule.equals)
        out.append(digits[Int(c >> 4)])
        out.append(digits[Int(c & 0xF)])
    }

    mutating func run() {
        var i = 0
        while i < input.count {
            let c = input[i]
            if needsQuoting(i) {
                if line + 3 >= BinasciiModule.maximumLine { softBreak() }
                quoted(c)
                line += 3
                i += 1
            } else if isText && (c == BinasciiModule.lineFeed
                                 || (i + 1 < input.count && c == BinasciiModule.carriageReturn && input[i + 1] == BinasciiModule.lineFeed)) {
                // Blank space before a line end is quoted, or mail would strip it.
                if let previous = out.last, previous == BinasciiModule.space || previous == UInt8(ascii: "\t") {
                    out.removeLast()
                    quoted(previous)
                }
                lineEnd()
                i += c == BinasciiModule.carriageReturn ? 2 : 1
            } else {
                if i + 1 != input.count && input[i + 1] != BinasciiModule.lineFeed && line + 1 >= BinasciiModule.maximumLine {
                    softBreak()
                }
                line += 1
                out.append(header && c == BinasciiModule.space ? UInt8(ascii: "_") : c)
                i += 1
            }
        }
    }
}
