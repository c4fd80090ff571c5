/// The type codes of CPython's marshal format (version 4), which Krait writes and
/// reads byte for byte, except for code objects (whose fields are Krait's own).
enum MarshalFormat {
    static let version = 4
    /// Set on a type code when the object enters the reference table.
    static let flagRef: UInt8 = 0x80
    /// CPython's MAX_MARSHAL_STACK_DEPTH.
    static let maxDepth = 2000

    static let null = UInt8(ascii: "0"), none = UInt8(ascii: "N"), false_ = UInt8(ascii: "F")
    static let true_ = UInt8(ascii: "T"), stopIteration = UInt8(ascii: "S"), ellipsis = UInt8(ascii: ".")
    static let int = UInt8(ascii: "i"), int64 = UInt8(ascii: "I"), long = UInt8(ascii: "l")
    static let float = UInt8(ascii: "f"), binaryFloat = UInt8(ascii: "g")
    static let complex = UInt8(ascii: "x"), binaryComplex = UInt8(ascii: "y")
    static let bytes = UInt8(ascii: "s"), interned = UInt8(ascii: "t"), unicode = UInt8(ascii: "u")
    static let ascii = UInt8(ascii: "a"), asciiInterned = UInt8(ascii: "A")
    static let shortASCII = UInt8(ascii: "z"), shortASCIIInterned = UInt8(ascii: "Z")
    static let ref = UInt8(ascii: "r"), tuple = UInt8(ascii: "("), smallTuple = UInt8(ascii: ")")
    static let list = UInt8(ascii: "["), dict = UInt8(ascii: "{"), code = UInt8(ascii: "c")
    static let set = UInt8(ascii: "<"), frozenset = UInt8(ascii: ">")
    /// Longs are written in base 2**15 digits, as CPython's marshal always has.
    static let longShift = 15
}
