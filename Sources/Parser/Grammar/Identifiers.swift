import Foundation

/// PEP 3131: identifiers are compared in NFKC form, so the parser stores them that way.
func normalizeIdentifier(_ s: String) -> String {
    if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
    return s.precomposedStringWithCompatibilityMapping
}

extension Parser {
    /// Interns the text of a NAME token.
    mutating func internName(_ t: Token) -> Int32 {
        ast.intern(normalizeIdentifier(text(of: t)))
    }

    mutating func nameNode(_ t: Token, ctx: ExprContext) -> NodeID {
        ast.add(Node(kind: .name, op: ctx.rawValue,
                     span: SourceSpan(lineno: t.line, colOffset: t.col, endLineno: t.endLine,
                                      endColOffset: t.endCol),
                     a: internName(t)))
    }
}
