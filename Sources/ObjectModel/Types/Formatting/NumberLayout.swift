/// A formatted number laid out in its field, as CPython's `calc_number_widths` and
/// `fill_number`: `<lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>`.
struct NumberLayout {
    var negative = false
    /// `0x`, `0o` or `0b` when the alternate form asks for it (already in the right case).
    var prefix: [UInt8] = []
    /// The integer digits, which are grouped and zero padded.
    var digits: [UInt8] = []
    var hasDecimalPoint = false
    /// What follows the decimal point: fraction, exponent, `%`, or a `c` character.
    var remainder: [UInt32] = []

    /// A float's text as `FloatText` writes it (`-12.5e+03`, `inf`), taken apart.
    init(floatText: [UInt8]) {
        var text = floatText[...]
        if text.first == UInt8(ascii: "-") {
            negative = true
            text = text.dropFirst()
        }
        let integerEnd = text.firstIndex { $0 < UInt8(ascii: "0") || $0 > UInt8(ascii: "9") } ?? text.endIndex
        digits = Array(text[..<integerEnd])
        var rest = text[integerEnd...]
        if rest.first == UInt8(ascii: ".") {
            hasDecimalPoint = true
            rest = rest.dropFirst()
        }
        remainder = rest.map(UInt32.init)
    }

    init() {}

    func render(_ spec: FormatSpec) -> Value {
        var out = StrBuilder()
        append(to: &out, spec)
        return out.build()
    }

    /// Appends the number laid out in its field.
    func append(to out: inout StrBuilder, _ spec: FormatSpec) {
        var sign: UInt32? = negative ? 0x2D : nil
        if spec.sign == 0x2B {
            sign = negative ? 0x2D : 0x2B
        } else if spec.sign == 0x20 {
            sign = negative ? 0x2D : 0x20
        }
        let fixed = (sign == nil ? 0 : 1) + prefix.count + (hasDecimalPoint ? 1 : 0) + remainder.count
        // Zero padding with '=' is done by the grouping, so separators go into the zeros.
        let minimumWidth = spec.fill == 0x30 && spec.align == 0x3D ? spec.width - fixed : 0
        let grouped = digits.isEmpty ? [] : NumberLayout.group(digits, minimumWidth: minimumWidth, spec.grouping)
        let padding = Swift.max(0, spec.width - fixed - grouped.count)
        var left = 0, inner = 0, right = 0
        switch spec.align {
        case 0x3C: right = padding
        case 0x5E:
            left = padding / 2
            right = padding - left
        case 0x3D: inner = padding
        default: left = padding
        }
        out.append(repeating: spec.fill, count: left)
        if let sign { out.append(sign) }
        for c in prefix { out.append(UInt32(c)) }
        out.append(repeating: spec.fill, count: inner)
        for c in grouped { out.append(UInt32(c)) }
        if hasDecimalPoint { out.append(0x2E) }
        for c in remainder { out.append(c) }
        out.append(repeating: spec.fill, count: right)
    }

    /// `digits` with thousands separators, zero padded (separators included) to at least
    /// `minimumWidth` characters, as `_PyUnicode_InsertThousandsGrouping`.
    static func group(_ digits: [UInt8], minimumWidth: Int, _ grouping: FormatSpec.Grouping) -> [UInt8] {
        let size: Int, separator: UInt8
        switch grouping {
        case .none: size = 0; separator = 0
        case .comma: size = 3; separator = UInt8(ascii: ",")
        case .underscore: size = 3; separator = UInt8(ascii: "_")
        case .underscoreFour: size = 4; separator = UInt8(ascii: "_")
        }
        // Built from the right, reversed at the end.
        var out: [UInt8] = []
        out.reserveCapacity(Swift.max(digits.count * 2, minimumWidth))
        var remaining = digits.count
        var width = minimumWidth
        func take(_ length: Int) {
            let chars = Swift.max(0, Swift.min(remaining, length))
            for i in 0..<chars { out.append(digits[remaining - 1 - i]) }
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: Swift.max(0, length - remaining)))
            remaining -= chars
        }
        if size > 0 {
            var first = true
            while true {
                if !first { out.append(separator) }
                first = false
                let length = Swift.min(size, Swift.max(remaining, width, 1))
                take(length)
                width -= length
                if remaining <= 0 && width <= 0 { return out.reversed() }
                width -= 1
            }
        }
        take(Swift.max(remaining, width, 1))
        return out.reversed()
    }
}
