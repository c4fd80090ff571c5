import ObjectLayout

/// Read access to a str's code points: the data pointer, kind and length read once,
/// so loops index without re-reading the header.
struct StrView {
    let data: UnsafeRawPointer
    let kind: Int
    let count: Int

    init(_ v: Value) {
        data = UnsafeRawPointer(Str.data(v))
        kind = Str.kind(v)
        count = Str.length(v)
    }

    /// Bytes read as one-byte code points (bytes and bytearray share str's search).
    init(bytes: UnsafeRawPointer, count: Int) {
        data = bytes
        kind = 1
        self.count = count
    }

    @inline(__always)
    subscript(i: Int) -> UInt32 {
        switch kind {
        case 1: return UInt32(data.load(fromByteOffset: i, as: UInt8.self))
        case 2: return UInt32(data.load(fromByteOffset: 2 * i, as: UInt16.self))
        default: return data.load(fromByteOffset: 4 * i, as: UInt32.self)
        }
    }

    /// Whether `other` occurs at position `i` (which leaves room for it).
    @inline(__always)
    func matches(_ other: StrView, at i: Int) -> Bool {
        var j = 0
        while j < other.count {
            if self[i + j] != other[j] { return false }
            j += 1
        }
        return true
    }
}

/// Code points collected for a new str.
struct StrBuilder {
    var codePoints: [UInt32] = []

    init(capacity: Int = 0) { codePoints.reserveCapacity(capacity) }

    @inline(__always)
    mutating func append(_ c: UInt32) { codePoints.append(c) }

    mutating func append(_ view: StrView, _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            codePoints.append(view[i])
            i += 1
        }
    }

    mutating func append(_ view: StrView) { append(view, 0..<view.count) }

    mutating func append(repeating c: UInt32, count: Int) {
        if count > 0 { codePoints.append(contentsOf: repeatElement(c, count: count)) }
    }

    func build() -> Value { Str.make(codePoints: codePoints) }
}

/// Argument conversions shared by the str methods, with CPython's messages.
enum StrArguments {
    static func isStr(_ v: Value) -> Bool { TypeObject.hasFlag(v.type, UInt(Py_TPFLAGS_UNICODE_SUBCLASS)) }

    /// A str argument: `must be str, not int` (or `f() argument 2 must be …`, from
    /// Argument Clinic, which calls None's type "None").
    static func str(_ v: Value, _ context: String = "") throws(PyException) -> Value {
        guard isStr(v) else {
            throw PyException.typeError("\(context)must be str, not \(context.isEmpty ? TypeObject.name(v.type) : TypeObject.argumentTypeName(v))")
        }
        return v
    }

    /// `_PyEval_SliceIndex`: None is nil; an index too large for a machine word is
    /// clamped, as slice bounds are.
    static func sliceIndex(_ v: Value) throws(PyException) -> Int? {
        v.isNone ? nil : try Slice.bound(v)
    }

    /// CPython's `ADJUST_INDICES`: optional start and end arguments clipped to `length`.
    static func bounds(_ start: Value?, _ end: Value?, length: Int) throws(PyException) -> (Int, Int) {
        var s = try start.flatMap { v throws(PyException) in try sliceIndex(v) } ?? 0
        var e = try end.flatMap { v throws(PyException) in try sliceIndex(v) } ?? Int.max
        if e > length { e = length } else if e < 0 { e = Swift.max(e + length, 0) }
        if s < 0 { s = Swift.max(s + length, 0) }
        return (s, e)
    }

    /// A size argument (`Py_ssize_t` converter): OverflowError beyond a machine word.
    static func size(_ v: Value) throws(PyException) -> Int {
        if v.isSmallInt { return v.smallInt }
        guard Protocols.isIndex(v) else {
            throw PyException.typeError("'\(TypeObject.name(v.type))' object cannot be interpreted as an integer")
        }
        guard let i = IntObject.machineValue(try Protocols.indexValue(v)) else {
            throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return i
    }
}
