#if canImport(Glibc)
import Glibc
#endif

/// Doubles as text, CPython's `PyOS_double_to_string` with its `format_float_short`
/// layout. The digits are correctly rounded: glibc's printf rounds exactly (as David
/// Gay's dtoa does, which CPython uses); the shortest round-trip digits come from
/// Swift's description.
enum FloatText {
    /// A conversion: `e`, `f`, `g` or `r` (shortest), with CPython's flags.
    struct Style {
        var code: UInt8
        var precision: Int
        var upper = false
        var alternate = false
        var addDotZero = false
        var noNegativeZero = false
    }

    static func format(_ x: Double, _ style: Style) -> [UInt8] {
        if x.isNaN { return Array((style.upper ? "NAN" : "nan").utf8) }
        if x.isInfinite { return Array(((x < 0 ? "-" : "") + (style.upper ? "INF" : "inf")).utf8) }
        var precision = style.precision
        var (digits, point): ([UInt8], Int)
        switch style.code {
        case UInt8(ascii: "e"):
            precision += 1
            (digits, point) = significant(x, precision)
        case UInt8(ascii: "f"): (digits, point) = fixed(x, precision)
        case UInt8(ascii: "g"):
            if precision == 0 { precision = 1 }
            (digits, point) = significant(x, precision)
        default: (digits, point) = shortest(x)
        }
        var negative = x.sign == .minus
        if style.noNegativeZero && digits == [UInt8(ascii: "0")] { negative = false }
        return layOut(digits, point: point, negative: negative, style, precision: precision)
    }

    /// The value is 0.DIGITS × 10^point; writes it as `format_float_short` does: the
    /// digits padded with zeros on either side so that the point and the precision fall
    /// within them.
    static func layOut(_ digits: [UInt8], point decimalPoint: Int, negative: Bool, _ style: Style, precision: Int) -> [UInt8] {
        var point = decimalPoint
        var end = digits.count
        var useExponent = false
        switch style.code {
        case UInt8(ascii: "e"):
            useExponent = true
            end = precision
        case UInt8(ascii: "f"):
            end = point + precision
        case UInt8(ascii: "g"):
            if point <= -4 || point > (style.addDotZero ? precision - 1 : precision) { useExponent = true }
            if style.alternate { end = precision }
        default:
            if point <= -4 || point > 16 { useExponent = true }
        }
        var exponent = 0
        if useExponent {
            exponent = point - 1
            point = 1
        }
        let start = point <= 0 ? point - 1 : 0
        end = Swift.max(end, !useExponent && style.addDotZero ? point + 1 : point)
        let zero = UInt8(ascii: "0")
        var out: [UInt8] = []
        out.reserveCapacity(end - start + 8)
        if negative { out.append(UInt8(ascii: "-")) }
        if point <= 0 {
            out.append(contentsOf: repeatElement(zero, count: point - start))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: repeatElement(zero, count: -point))
        } else {
            out.append(contentsOf: repeatElement(zero, count: -start))
        }
        if point > 0 && point <= digits.count {
            out.append(contentsOf: digits[..<point])
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: digits[point...])
        } else {
            out.append(contentsOf: digits)
        }
        if digits.count < point {
            out.append(contentsOf: repeatElement(zero, count: point - digits.count))
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: repeatElement(zero, count: end - point))
        } else {
            out.append(contentsOf: repeatElement(zero, count: end - digits.count))
        }
        if out.last == UInt8(ascii: ".") && !style.alternate { out.removeLast() }
        if useExponent {
            out.append(UInt8(ascii: style.upper ? "E" : "e"))
            out.append(UInt8(ascii: exponent < 0 ? "-" : "+"))
            if exponent.magnitude < 10 { out.append(zero) }
            out.append(contentsOf: String(exponent.magnitude).utf8)
        }
        return out
    }

    /// `count` significant digits, correctly rounded, trailing zeros dropped (dtoa's mode 2).
    static func significant(_ x: Double, _ count: Int) -> ([UInt8], Int) {
        let text = printed(x, "%.*e", count - 1)
        let e = text.firstIndex(of: UInt8(ascii: "e"))!
        let exponent = Int(String(decoding: text[(e + 1)...], as: UTF8.self))!
        let digits = text[..<e].filter { $0 != UInt8(ascii: ".") }
        return (trimmed(digits), x == 0 ? 1 : exponent + 1)
    }

    /// The digits up to `precision` places after the point, correctly rounded (mode 3).
    static func fixed(_ x: Double, _ precision: Int) -> ([UInt8], Int) {
        let text = printed(x, "%.*f", precision)
        let dot = text.firstIndex(of: UInt8(ascii: ".")) ?? text.count
        var digits = text.filter { $0 != UInt8(ascii: ".") }
        var point = dot
        let leading = digits.prefix { $0 == UInt8(ascii: "0") }.count
        if leading == digits.count { return ([UInt8(ascii: "0")], 1) }
        digits.removeFirst(leading)
        point -= leading
        return (trimmed(digits), point)
    }

    /// The shortest digits that read back as `x` (repr's).
    static func shortest(_ x: Double) -> ([UInt8], Int) {
        if x == 0 { return ([UInt8(ascii: "0")], 1) }
        let text = Array(x.magnitude.description.utf8)
        let e = text.firstIndex(of: UInt8(ascii: "e")) ?? text.count
        let exponent = e < text.count ? Int(String(decoding: text[(e + 1)...], as: UTF8.self))! : 0
        let mantissa = text[..<e]
        let dot = mantissa.firstIndex(of: UInt8(ascii: ".")) ?? mantissa.count
        var digits = mantissa.filter { $0 != UInt8(ascii: ".") }
        let leading = digits.prefix { $0 == UInt8(ascii: "0") }.count
        digits.removeFirst(leading)
        return (trimmed(digits), dot - leading + exponent)
    }

    static func trimmed(_ digits: [UInt8]) -> [UInt8] {
        var d = digits
        while d.count > 1 && d.last == UInt8(ascii: "0") { d.removeLast() }
        return d
    }

    /// C's printf of the magnitude of `x` with one precision argument.
    static func printed(_ x: Double, _ format: String, _ precision: Int) -> [UInt8] {
        let p = Int32(clamping: precision)
        let length = Int(withVaList([p, x.magnitude]) { vsnprintf(nil, 0, format, $0) })
        var buffer = [UInt8](repeating: 0, count: length + 1)
        _ = buffer.withUnsafeMutableBufferPointer { b in
            withVaList([p, x.magnitude]) { vsnprintf(UnsafeMutablePointer<CChar>(OpaquePointer(b.baseAddress!)), length + 1, format, $0) }
        }
        buffer.removeLast()
        return buffer
    }
}
