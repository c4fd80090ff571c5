import ObjectLayout

/// A standard format specifier, `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`,
/// parsed as CPython's `parse_internal_render_format_spec`, and the layout of a
/// formatted number: `[padding][sign][prefix][padding][grouped digits][rest][padding]`.
struct FormatSpec {
    var fill: UInt32 = 0x20
    var align: UInt32
    var sign: UInt32 = 0
    var noNegativeZero = false
    var alternate = false
    var width = -1
    /// ',' or '_', or 0 for none.
    var separator: UInt32 = 0
    var groupSize = 3
    var precision = -1
    var type: UInt32

    static func isAlign(_ c: UInt32) -> Bool { c == 0x3C || c == 0x3E || c == 0x3D || c == 0x5E }

    init(_ s: [UInt32], defaultType: UInt32, typeName: String) throws(PyException) {
        align = 0x3E
        type = defaultType
        var i = 0
        var fillGiven = false, alignGiven = false
        if s.count >= 2 && Self.isAlign(s[1]) {
            fill = s[0]
            align = s[1]
            fillGiven = true
            alignGiven = true
            i = 2
        } else if s.count >= 1 && Self.isAlign(s[0]) {
            align = s[0]
            alignGiven = true
            i = 1
        }
        if i < s.count && (s[i] == 0x2B || s[i] == 0x2D || s[i] == 0x20) {
            sign = s[i]
            i += 1
        }
        if i < s.count && s[i] == 0x7A {
            noNegativeZero = true
            i += 1
        }
        if i < s.count && s[i] == 0x23 {
            alternate = true
            i += 1
        }
        if !fillGiven && i < s.count && s[i] == 0x30 {
            fill = 0x30
            if !alignGiven { align = 0x3D }
            i += 1
        }
        width = try Self.integer(s, &i) ?? -1
        if i < s.count && s[i] == 0x2C {
            separator = 0x2C
            i += 1
        }
        if i < s.count && s[i] == 0x5F {
            if separator != 0 { throw PyException.valueError("Cannot specify both ',' and '_'.") }
            separator = 0x5F
            i += 1
        }
        if i < s.count && s[i] == 0x2C && separator == 0x5F { throw PyException.valueError("Cannot specify both ',' and '_'.") }
        if i < s.count && s[i] == 0x2E {
            i += 1
            guard let p = try Self.integer(s, &i) else { throw PyException.valueError("Format specifier missing precision") }
            precision = p
        }
        if s.count - i > 1 {
            let text = String(String.UnicodeScalarView(s.compactMap(Unicode.Scalar.init)))
            throw PyException.valueError("Invalid format specifier '\(text)' for object of type '\(typeName)'")
        }
        if i < s.count { type = s[i] }
        if separator != 0 {
            switch type {
            case 0x64, 0x65, 0x66, 0x67, 0x45, 0x47, 0x25, 0x46, 0: break
            case 0x62, 0x6F, 0x78, 0x58:
                // '_' groups binary, octal and hex digits by four; ',' is refused there.
                guard separator == 0x5F else { throw separatorError() }
                groupSize = 4
            default: throw separatorError()
            }
        }
    }

    func separatorError() -> PyException {
        .valueError("Cannot specify '\(Character(Unicode.Scalar(separator)!))' with \(Self.quoted(type)).")
    }

    /// A type code as CPython quotes it in messages.
    static func quoted(_ c: UInt32) -> String {
        c > 0x20 && c < 0x7F ? "'\(Character(Unicode.Scalar(c)!))'" : "'\\x\(String(c, radix: 16))'"
    }

    static func unknownCode(_ c: UInt32, _ typeName: String) -> PyException {
        .valueError("Unknown format code \(quoted(c)) for object of type '\(typeName)'")
    }

    /// Decimal digits at `i`, or nil when there are none.
    static func integer(_ s: [UInt32], _ i: inout Int) throws(PyException) -> Int? {
        let start = i
        var n = 0
        while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 {
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(s[i] - 0x30))
            if o1 || o2 { throw PyException.valueError("Too many decimal digits in format string") }
            n = a
            i += 1
        }
        return i == start ? nil : n
    }

    /// The formatted number: `digits` (ASCII, the integer part, grouped here) between
    /// the sign and prefix and the `rest` (fraction, exponent, '%').
    func render(negative: Bool, prefix: [UInt32], digits: [UInt32], rest: [UInt32]) -> Value {
        var signText: [UInt32] = []
        if negative { signText = [0x2D] } else if sign == 0x2B || sign == 0x20 { signText = [sign] }
        let fixed = signText.count + prefix.count + rest.count
        var grouped = digits
        if separator != 0 && !digits.isEmpty {
            let minWidth = fill == 0x30 && align == 0x3D ? width - fixed : 0
            grouped = group(digits, minWidth: minWidth)
        }
        let padding = Swift.max(width - fixed - grouped.count, 0)
        var left = 0, inner = 0, right = 0
        switch align {
        case 0x3C: right = padding
        case 0x5E: left = padding / 2; right = padding - left
        case 0x3D: inner = padding
        default: left = padding
        }
        var out = [UInt32](repeating: fill, count: left)
        out += signText + prefix
        out += [UInt32](repeating: fill, count: inner)
        out += grouped + rest
        out += [UInt32](repeating: fill, count: right)
        return Str.make(codePoints: out)
    }

    /// Digits with the separator every `groupSize` from the right, zero-padded to
    /// `minWidth` (CPython's `_PyUnicode_InsertThousandsGrouping`, where a separator
    /// that would lead becomes a zero).
    func group(_ digits: [UInt32], minWidth initialWidth: Int) -> [UInt32] {
        var reversed: [UInt32] = []
        var remaining = digits.count, index = digits.count
        var minWidth = initialWidth
        var useSeparator = false
        while true {
            let l = Swift.min(groupSize, Swift.max(Swift.max(remaining, minWidth), 1))
            let zeros = Swift.max(0, l - remaining), chars = Swift.max(0, Swift.min(l, remaining))
            if useSeparator { reversed.append(separator) }
            for _ in 0..<chars {
                index -= 1
                reversed.append(digits[index])
            }
            reversed += [UInt32](repeating: 0x30, count: zeros)
            remaining -= chars
            useSeparator = true
            minWidth -= l
            if remaining <= 0 && minWidth <= 0 { break }
            minWidth -= 1
        }
        return reversed.reversed()
    }
}
