import ObjectLayout

/// A parsed format specification, CPython's `InternalFormatSpec`:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
struct FormatSpec {
    enum Grouping {
        case none, comma, underscore
        /// `_` with b, o, x or X: a separator every four digits.
        case underscoreFour
    }

    var fill: UInt32 = 0x20
    var align: UInt32
    /// `+`, `-`, ` `, or 0 when not given.
    var sign: UInt32 = 0
    var noNegativeZero = false
    var alternate = false
    /// -1 when not given.
    var width = -1
    var grouping = Grouping.none
    /// -1 when not given.
    var precision = -1
    var type: UInt32

    /// Parses `spec` (a str) for formatting `object`, as `parse_internal_render_format_spec`.
    init(_ spec: Value, for object: Value, defaultType: UInt32, defaultAlign: UInt32) throws(PyException) {
        let s = StrView(spec)
        align = defaultAlign
        type = defaultType
        var pos = 0
        var fillGiven = false, alignGiven = false
        if s.count >= 2 && FormatSpec.isAlign(s[1]) {
            fill = s[0]
            align = s[1]
            fillGiven = true
            alignGiven = true
            pos = 2
        } else if s.count >= 1 && FormatSpec.isAlign(s[0]) {
            align = s[0]
            alignGiven = true
            pos = 1
        }
        if pos < s.count && (s[pos] == 0x2B || s[pos] == 0x2D || s[pos] == 0x20) {
            sign = s[pos]
            pos += 1
        }
        if pos < s.count && s[pos] == 0x7A {
            noNegativeZero = true
            pos += 1
        }
        if pos < s.count && s[pos] == 0x23 {
            alternate = true
            pos += 1
        }
        // A leading 0 means zero padding, after the sign for numbers (whose default
        // alignment is right); strings keep their default alignment.
        if !fillGiven && pos < s.count && s[pos] == 0x30 {
            fill = 0x30
            if !alignGiven && defaultAlign == 0x3E { align = 0x3D }
            pos += 1
        }
        if let w = try FormatSpec.integer(s, &pos) { width = w }
        if pos < s.count && s[pos] == 0x2C {
            grouping = .comma
            pos += 1
        }
        if pos < s.count && s[pos] == 0x5F {
            if grouping != .none { throw PyException.valueError("Cannot specify both ',' and '_'.") }
            grouping = .underscore
            pos += 1
        }
        if pos < s.count && s[pos] == 0x2C && grouping == .underscore {
            throw PyException.valueError("Cannot specify both ',' and '_'.")
        }
        if pos < s.count && s[pos] == 0x2E {
            pos += 1
            guard let p = try FormatSpec.integer(s, &pos) else {
                throw PyException.valueError("Format specifier missing precision")
            }
            precision = p
        }
        if s.count - pos > 1 {
            throw PyException.valueError(
                "Invalid format specifier '\(Str.swiftString(Str.substring(spec, 0..<s.count)))' for object of type '\(TypeObject.name(object.type))'")
        }
        if pos < s.count { type = s[pos] }
        try checkGrouping()
    }

    /// PEP 378 and PEP 515: which presentation types take a thousands separator.
    private mutating func checkGrouping() throws(PyException) {
        guard grouping != .none else { return }
        let binaryOrHex = type == 0x62 || type == 0x6F || type == 0x78 || type == 0x58
        switch type {
        case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0:
            return
        case _ where binaryOrHex && grouping == .underscore:
            grouping = .underscoreFour
            return
        default:
            let separator = grouping == .comma ? "," : "_"
            let shown = type > 32 && type < 128 ? String(UnicodeScalar(UInt8(type))) : "\\x" + String(type, radix: 16)
            throw PyException.valueError("Cannot specify '\(separator)' with '\(shown)'.")
        }
    }

    static func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

    /// The decimal number at `pos` (any Unicode decimal digits), or nil when none is there.
    static func integer(_ s: StrView, _ pos: inout Int) throws(PyException) -> Int? {
        var value = 0
        let start = pos
        while pos < s.count, let digit = decimalDigit(s[pos]) {
            if value > (Int.max - digit) / 10 { throw PyException.valueError("Too many decimal digits in format string") }
            value = value * 10 + digit
            pos += 1
        }
        return pos == start ? nil : value
    }

    /// `Py_UNICODE_TODECIMAL`.
    static func decimalDigit(_ c: UInt32) -> Int? {
        if c >= 0x30 && c <= 0x39 { return Int(c - 0x30) }
        guard c >= 0x80, StrUnicode.isDecimal(c), let value = Unicode.Scalar(c)?.properties.numericValue else { return nil }
        return Int(value)
    }

    /// `Unknown format code 'x' for object of type 'str'`.
    static func unknownType(_ type: UInt32, _ object: Value) -> PyException {
        let shown = type > 32 && type < 128 ? "'\(String(UnicodeScalar(UInt8(type))))'" : "'\\x\(String(type, radix: 16))'"
        return PyException.valueError("Unknown format code \(shown) for object of type '\(TypeObject.name(object.type))'")
    }
}
