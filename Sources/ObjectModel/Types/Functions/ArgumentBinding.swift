import ObjectLayout

extension Arguments {
    /// Argument Clinic's binding for `function(p0, p1, ..., *, k0, ...)`: for each of
    /// `names`, the index in this call's argument buffer of the value passed for it, or
    /// nil. Parameters from `keywordOnly` on can only be passed by name. Indexes rather
    /// than Values, so the result is a plain array the collector need not scan.
    public func bind(_ function: String, _ names: [String], keywordOnly: Int? = nil) throws(PyException) -> [Int?] {
        let maxPositional = keywordOnly ?? names.count
        if count + keywordCount > names.count {
            throw PyException.typeError("\(function)() takes at most \(names.count) \(count == 0 ? "keyword " : "")argument\(names.count == 1 ? "" : "s") (\(count + keywordCount) given)")
        }
        if count > maxPositional {
            throw PyException.typeError(
                "\(function)() takes at most \(maxPositional) positional argument\(maxPositional == 1 ? "" : "s") (\(count) given)")
        }
        var slots = [Int?](repeating: nil, count: names.count)
        for i in 0..<count { slots[i] = i }
        for k in 0..<keywordCount {
            let name = Str.swiftString(Tuple.item(kwnames, k))
            guard let p = names.firstIndex(of: name) else {
                throw PyException.typeError("'\(name)' is an invalid keyword argument for \(function)()")
            }
            if slots[p] != nil {
                throw PyException.typeError("argument for \(function)() given by name ('\(name)') and position (\(p + 1))")
            }
            slots[p] = count + k
        }
        return slots
    }

    /// The value at an index `bind` returned.
    @inline(__always)
    public func value(at index: Int?) -> Value? { index.map { base.unsafelyUnwrapped[$0] } }
}
