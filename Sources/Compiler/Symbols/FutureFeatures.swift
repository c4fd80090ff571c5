import Parser

/// The `from __future__ import …` statements at the top of a module (CPython's
/// `future.c`): which features are on, and where the last one is, after which a
/// future import is an error.
struct FutureFeatures {
    var annotations = false
    var lastLine: Int32 = 0

    /// Every feature `__future__` defines; all but `annotations` (and the joke
    /// `barry_as_FLUFL`, which Krait's parser does not take) change nothing in 3.11.
    static let known: Set<String> = ["nested_scopes", "generators", "division", "absolute_import", "with_statement",
                                     "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]

    static func parse(_ tree: AST, filename: String) throws(CompileError) -> FutureFeatures {
        var features = FutureFeatures()
        let root = tree[tree.root]
        guard root.kind == .module || root.kind == .interactive else { return features }
        var body = tree.items(ListID(root.a))[...]
        if let first = body.first, isDocstring(tree, NodeID(first)) { body = body.dropFirst() }
        var done = false
        var previousLine: Int32 = 0
        for raw in body {
            let s = tree[NodeID(raw)]
            // A later statement on the same line as a future import is still checked.
            if done && s.span.lineno > previousLine { break }
            previousLine = s.span.lineno
            guard s.kind == .importFrom, s.a >= 0, tree.names[Int(s.a)] == "__future__" else {
                done = true
                continue
            }
            if done {
                throw CompileError(message: "from __future__ imports must occur at the beginning of the file", filename: filename,
                                   span: pointSpan(s.span, column: s.span.colOffset - 1), hasEndOffset: false)
            }
            for alias in tree.items(ListID(s.b)) {
                let feature = tree.names[Int(tree[NodeID(alias)].a)]
                if feature == "annotations" { features.annotations = true }
                if known.contains(feature) { continue }
                let message = feature == "braces" ? "not a chance" : "future feature \(feature) is not defined"
                throw CompileError(message: message, filename: filename, span: pointSpan(s.span, column: s.span.colOffset), hasEndOffset: false)
            }
            features.lastLine = s.span.lineno
        }
        return features
    }

    /// CPython reports these errors at a line and offset only (no end offset).
    static func pointSpan(_ span: SourceSpan, column: Int32) -> SourceSpan {
        SourceSpan(lineno: span.lineno, colOffset: column, endLineno: span.lineno, endColOffset: column)
    }

    static func isDocstring(_ tree: AST, _ id: NodeID) -> Bool {
        let s = tree[id]
        guard s.kind == .expr else { return false }
        let e = tree[NodeID(s.a)]
        guard e.kind == .constant, case .str = tree.constants[Int(e.a)] else { return false }
        return true
    }
}
