import Parser

/// A SyntaxWarning the compiler gives (CPython's `compiler_warn`).
public struct CompileWarning: Sendable {
    public let message: String
    public let filename: String
    public let lineno: Int
}

/// CPython 3.11's compile-time SyntaxWarnings: `is` with a literal, calls and subscripts
/// that cannot work on a literal's type, an assert of a tuple.
extension Compiler {
    /// Set by the runtime: issues the warning through its filters and returns whether
    /// they made it an error, which the compiler then reports as a SyntaxError where the
    /// warning was (as CPython replaces the SyntaxWarning exception).
    nonisolated(unsafe) public static var warningHandler: ((CompileWarning) -> Bool)?

    func warn(_ message: String, _ id: NodeID) throws(CompileError) {
        let span = tree[id].span
        guard let handler = Compiler.warningHandler else { return }
        if handler(CompileWarning(message: message, filename: filename, lineno: Int(span.lineno))) {
            throw CompileError(message: message, filename: filename, span: span)
        }
    }

    /// `check_compare`: `is` or `is not` where either side is a literal other than None,
    /// True, False and Ellipsis (or folded into one).
    func checkCompare(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        var left = isIdentityOperand(n.a)
        for (op, right) in zip(items(n.b), items(n.c)) {
            let rightOK = isIdentityOperand(right)
            switch CompareOperator(rawValue: UInt8(op))! {
            case .is_ where !(left && rightOK):
                return try warn("\"is\" with a literal. Did you mean \"==\"?", id)
            case .isNot where !(left && rightOK):
                return try warn("\"is not\" with a literal. Did you mean \"!=\"?", id)
            default: break
            }
            left = rightOK
        }
    }

    private func isIdentityOperand(_ e: Int32) -> Bool {
        switch constantKey(of: NodeID(e)) {
        case nil, .none?, .bool?, .ellipsis?: return true
        default: return false
        }
    }

    /// `check_caller`: a literal or display called.
    func checkCaller(_ call: NodeID, function: Int32) throws(CompileError) {
        switch tree[NodeID(function)].kind {
        case .constant, .tuple, .list, .listComp, .dict, .dictComp, .set, .setComp, .generatorExp, .joinedStr, .formattedValue:
            try warn("'\(inferredType(function)!)' object is not callable; perhaps you missed a comma?", call)
        default: break
        }
    }

    /// `check_subscripter` and `check_index`, for a subscript that loads.
    func checkSubscript(_ id: NodeID) throws(CompileError) {
        let n = tree[id]
        let value = tree[NodeID(n.a)]
        var notSubscriptable = false
        switch value.kind {
        case .constant:
            switch constantKey(of: NodeID(n.a))! {
            case .none, .ellipsis, .int, .bigInt, .float, .imaginary, .complex, .frozenset: notSubscriptable = true
            default: break
            }
        case .set, .setComp, .generatorExp, .lambda: notSubscriptable = true
        default: break
        }
        if notSubscriptable {
            return try warn("'\(inferredType(n.a)!)' object is not subscriptable; perhaps you missed a comma?", id)
        }
        guard let index = inferredType(n.b), index != "int", index != "bool" else { return }
        switch value.kind {
        case .constant:
            switch constantKey(of: NodeID(n.a))! {
            case .str, .bytes, .tuple: break
            default: return
            }
        case .tuple, .list, .listComp, .joinedStr, .formattedValue: break
        default: return
        }
        try warn("\(inferredType(n.a)!) indices must be integers or slices, not \(index); perhaps you missed a comma?", id)
    }

    /// `compiler_assert`'s warning: a non-empty tuple is always true.
    func checkAssert(_ id: NodeID) throws(CompileError) {
        let test = tree[id].a
        let n = tree[NodeID(test)]
        let nonEmptyTuple: Bool
        if n.kind == .tuple {
            nonEmptyTuple = tree.count(of: ListID(n.a)) > 0
        } else if case .tuple(let elements)? = constantKey(of: NodeID(test)) {
            nonEmptyTuple = !elements.isEmpty
        } else {
            nonEmptyTuple = false
        }
        if nonEmptyTuple { try warn("assertion is always true, perhaps remove parentheses?", id) }
    }

    /// `infer_type`: the type name of what a literal or display makes, if the node says.
    func inferredType(_ e: Int32) -> String? {
        switch tree[NodeID(e)].kind {
        case .tuple: return "tuple"
        case .list, .listComp: return "list"
        case .dict, .dictComp: return "dict"
        case .set, .setComp: return "set"
        case .generatorExp: return "generator"
        case .lambda: return "function"
        case .joinedStr, .formattedValue: return "str"
        case .constant:
            switch constantKey(of: NodeID(e))! {
            case .none: return "NoneType"
            case .ellipsis: return "ellipsis"
            case .bool: return "bool"
            case .int, .bigInt: return "int"
            case .float: return "float"
            case .imaginary, .complex: return "complex"
            case .str: return "str"
            case .bytes: return "bytes"
            case .tuple, .names: return "tuple"
            case .frozenset: return "frozenset"
            case .code: return "code"
            }
        default: return nil
        }
    }
}
