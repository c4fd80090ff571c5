import ObjectLayout

/// The arguments of a `METH_KRAIT_VALUES` call: positional Values, then the values of
/// the keywords named in `kwnames`. Checks raise CPython's messages.
public struct Arguments {
    public let base: UnsafePointer<Value>?
    public let count: Int
    public let kwnames: Value

    public init(_ base: UnsafePointer<Value>?, _ count: Int, _ kwnames: Value) {
        self.base = base
        self.count = count
        self.kwnames = kwnames
    }

    @inline(__always)
    public subscript(i: Int) -> Value { base.unsafelyUnwrapped[i] }

    public var keywordCount: Int { kwnames.isEmpty ? 0 : Tuple.count(kwnames) }

    /// The value passed for keyword `name`, if any.
    public func keyword(_ name: String) -> Value? {
        guard !kwnames.isEmpty else { return nil }
        for i in 0..<Tuple.count(kwnames) where Str.swiftString(Tuple.item(kwnames, i)) == name {
            return base.unsafelyUnwrapped[count + i]
        }
        return nil
    }

    // The checks take the function's name as an autoclosure: building it (often an
    // interpolation) costs more than a call that passes the check.

    /// `f() takes no keyword arguments`.
    public func noKeywords(_ function: @autoclosure () -> String) throws(PyException) {
        if !kwnames.isEmpty && Tuple.count(kwnames) > 0 {
            throw PyException.typeError("\(function())() takes no keyword arguments")
        }
    }

    /// METH_NOARGS: `f() takes no arguments (1 given)`.
    public func none(_ function: @autoclosure () -> String) throws(PyException) {
        try noKeywords(function())
        if count != 0 { throw PyException.typeError("\(function())() takes no arguments (\(count) given)") }
    }

    /// METH_O: `f() takes exactly one argument (0 given)`.
    public func one(_ function: @autoclosure () -> String) throws(PyException) -> Value {
        try noKeywords(function())
        if count != 1 { throw PyException.typeError("\(function())() takes exactly one argument (\(count) given)") }
        return self[0]
    }

    /// Argument Clinic's positional check: `pop expected at most 1 argument, got 2`.
    public func positional(_ function: @autoclosure () -> String, min: Int, max: Int) throws(PyException) {
        try noKeywords(function())
        try positionalCount(function(), min: min, max: max)
    }

    /// The same count check alone, for constructors whose keywords a subclass's own
    /// `__init__` may take.
    public func positionalCount(_ function: @autoclosure () -> String, min: Int, max: Int) throws(PyException) {
        if count < min || count > max {
            let bound = count < min ? min : max
            let quantifier = min == max ? "" : count < min ? "at least " : "at most "
            throw PyException.typeError(
                "\(function()) expected \(quantifier)\(bound) argument\(bound == 1 ? "" : "s"), got \(count)")
        }
    }

    /// The positional argument `i`, or nil when fewer were given.
    public func optional(_ i: Int) -> Value? { i < count ? self[i] : nil }
}
