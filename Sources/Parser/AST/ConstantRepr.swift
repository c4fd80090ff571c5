import NumberText

/// Python's `repr()` of constant values, byte for byte as CPython 3.11 prints them
/// (this is what `ast.dump` shows for `Constant` and `MatchSingleton` values).
///
/// Every function has an `append…(to:)` form that writes UTF-8 into a byte buffer,
/// so that `ASTDumper` can build its output without intermediate strings.
public enum PyRepr {
    /// `repr(value)`.
    public static func constant(_ value: ConstantValue) -> String {
        render { appendConstant(value, to: &$0) }
    }

    /// `repr(int)` of an `Int64`.
    public static func int(_ value: Int64) -> String {
        render { appendInt(value, to: &$0) }
    }

    public static func appendConstant(_ value: ConstantValue, to out: inout [UInt8]) {
        switch value {
        case .none: appendASCII("None", to: &out)
        case .bool(let b): appendASCII(b ? "True" : "False", to: &out)
        case .ellipsis: appendASCII("Ellipsis", to: &out)
        case .int(let i): appendInt(i, to: &out)
        case .bigInt(let limbs): appendBigInt(limbs, to: &out)
        case .float(let d): appendFloat(d, to: &out)
        case .imaginary(let d): appendImaginary(d, to: &out)
        case .str(let s): appendStr(utf8: s.utf8, to: &out)
        case .bytes(let b): appendBytes(b, to: &out)
        case .negativeBigInt(let limbs):
            out.append(UInt8(ascii: "-"))
            appendBigInt(limbs, to: &out)
        case .complex(let real, let imag):
            out.append(UInt8(ascii: "("))
            NumberText.appendShortest(real, addDotZero: false, to: &out)
            if imag.sign == .plus || imag.isNaN { out.append(UInt8(ascii: "+")) }
            appendImaginary(imag, to: &out)
            out.append(UInt8(ascii: ")"))
        case .tuple(let items):
            out.append(UInt8(ascii: "("))
            appendItems(items, to: &out)
            if items.count == 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: ")"))
        case .frozenset(let items):
            appendASCII("frozenset(", to: &out)
            if !items.isEmpty {
                out.append(UInt8(ascii: "{"))
                appendItems(items, to: &out)
                out.append(UInt8(ascii: "}"))
            }
            out.append(UInt8(ascii: ")"))
        }
    }

    private static func appendItems(_ items: [ConstantValue], to out: inout [UInt8]) {
        for (i, item) in items.enumerated() {
            if i > 0 { appendASCII(", ", to: &out) }
            appendConstant(item, to: &out)
        }
    }

    public static func appendInt(_ value: Int64, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        appendDecimal(value.magnitude, to: &out)
    }

    /// The decimal digits of `value`, zero-padded on the left to `width` (at most 20)
    /// digits.
    @inline(__always)
    static func appendDecimal(_ value: UInt64, width: Int = 1, to out: inout [UInt8]) {
        NumberText.appendDecimal(value, width: width, to: &out)
    }

    @inline(__always)
    static func appendASCII(_ text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Runs `body` on an empty buffer and decodes it; the writers only emit valid UTF-8.
    static func render(_ body: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        body(&out)
        return String(decoding: out, as: UTF8.self)
    }
}

extension ConstantValue {
    /// Python's `repr()` of this value, as CPython 3.11 prints it.
    public var pythonRepr: String { PyRepr.constant(self) }
}
