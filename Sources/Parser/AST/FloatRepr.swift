import NumberText

extension PyRepr {
    /// `repr(float)`: the shortest digits that round-trip, positional when the decimal
    /// exponent is in [-4, 16), exponent notation otherwise (`1e+16`, `1e-05`).
    public static func float(_ value: Double) -> String {
        render { appendFloat(value, to: &$0) }
    }

    /// `repr(complex(0.0, value))`, the value of an imaginary literal: the real part
    /// is a positive zero, so CPython prints only the imaginary part (`1j`, `1e+16j`).
    public static func imaginary(_ value: Double) -> String {
        render { appendImaginary(value, to: &$0) }
    }

    public static func appendFloat(_ value: Double, to out: inout [UInt8]) {
        NumberText.appendShortest(value, addDotZero: true, to: &out)
    }

    public static func appendImaginary(_ value: Double, to out: inout [UInt8]) {
        // complex's repr formats its parts like float's repr but without forcing ".0".
        NumberText.appendShortest(value, addDotZero: false, to: &out)
        out.append(UInt8(ascii: "j"))
    }
}
