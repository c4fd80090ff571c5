/// Hard keywords of Python 3.11, found by length and first byte so a NAME costs a
/// few comparisons, not a hash.
@inline(__always)
func keywordKind(_ p: UnsafePointer<UInt8>, _ n: Int) -> TokenKind? {
    @inline(__always) func eq(_ s: StaticString) -> Bool {
        let q = s.utf8Start
        for i in 1..<n where p[i] != q[i] { return false }
        return true
    }
    switch n {
    case 2:
        switch p[0] {
        case UInt8(ascii: "a"): return eq("as") ? .kwAs : nil
        case UInt8(ascii: "i"):
            if p[1] == UInt8(ascii: "f") { return .kwIf }
            if p[1] == UInt8(ascii: "n") { return .kwIn }
            if p[1] == UInt8(ascii: "s") { return .kwIs }
            return nil
        case UInt8(ascii: "o"): return eq("or") ? .kwOr : nil
        default: return nil
        }
    case 3:
        switch p[0] {
        case UInt8(ascii: "a"): return eq("and") ? .kwAnd : nil
        case UInt8(ascii: "d"): return eq("def") ? .kwDef : (eq("del") ? .kwDel : nil)
        case UInt8(ascii: "f"): return eq("for") ? .kwFor : nil
        case UInt8(ascii: "n"): return eq("not") ? .kwNot : nil
        case UInt8(ascii: "t"): return eq("try") ? .kwTry : nil
        default: return nil
        }
    case 4:
        switch p[0] {
        case UInt8(ascii: "N"): return eq("None") ? .kwNone : nil
        case UInt8(ascii: "T"): return eq("True") ? .kwTrue : nil
        case UInt8(ascii: "e"): return eq("elif") ? .kwElif : (eq("else") ? .kwElse : nil)
        case UInt8(ascii: "f"): return eq("from") ? .kwFrom : nil
        case UInt8(ascii: "p"): return eq("pass") ? .kwPass : nil
        case UInt8(ascii: "w"): return eq("with") ? .kwWith : nil
        default: return nil
        }
    case 5:
        switch p[0] {
        case UInt8(ascii: "F"): return eq("False") ? .kwFalse : nil
        case UInt8(ascii: "a"): return eq("async") ? .kwAsync : (eq("await") ? .kwAwait : nil)
        case UInt8(ascii: "b"): return eq("break") ? .kwBreak : nil
        case UInt8(ascii: "c"): return eq("class") ? .kwClass : nil
        case UInt8(ascii: "r"): return eq("raise") ? .kwRaise : nil
        case UInt8(ascii: "w"): return eq("while") ? .kwWhile : nil
        case UInt8(ascii: "y"): return eq("yield") ? .kwYield : nil
        default: return nil
        }
    case 6:
        switch p[0] {
        case UInt8(ascii: "a"): return eq("assert") ? .kwAssert : nil
        case UInt8(ascii: "e"): return eq("except") ? .kwExcept : nil
        case UInt8(ascii: "g"): return eq("global") ? .kwGlobal : nil
        case UInt8(ascii: "i"): return eq("import") ? .kwImport : nil
        case UInt8(ascii: "l"): return eq("lambda") ? .kwLambda : nil
        case UInt8(ascii: "r"): return eq("return") ? .kwReturn : nil
        default: return nil
        }
    case 7:
        return eq("finally") && p[0] == UInt8(ascii: "f") ? .kwFinally : nil
    case 8:
        if p[0] == UInt8(ascii: "c") { return eq("continue") ? .kwContinue : nil }
        if p[0] == UInt8(ascii: "n") { return eq("nonlocal") ? .kwNonlocal : nil }
        return nil
    default:
        return nil
    }
}
