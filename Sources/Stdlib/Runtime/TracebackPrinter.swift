import Compiler
import Interpreter
import ObjectLayout
import ObjectModel
import Parser

/// What CPython 3.11 prints for an uncaught exception: chained exceptions first, each
/// traceback with its source lines and position markers, then `Type: message`.
public enum TracebackPrinter {
    public static func format(_ exc: Value) -> String {
        var context = Context()
        return recursive(exc, &context)
    }

    /// CPython's `exception_print_context`: how deep in exception groups the printer
    /// is (each level indents and draws a `| ` margin), and the exceptions printed.
    struct Context {
        var depth = 0
        var needClose = false
        var seen = Set<UInt64>()
        var margin: String { depth > 0 ? "| " : "" }
        var indent: String { String(repeating: " ", count: 2 * depth) }
        var prefix: String { indent + margin }
        let maxGroupWidth = 15, maxGroupDepth = 10
    }

    /// CPython's `print_exception_recursive`: the chain, then the exception or group.
    static func recursive(_ exc: Value, _ ctx: inout Context) -> String {
        ctx.seen.insert(exc.bits)
        var out = ""
        if Interpreter.isException(exc) {
            let e = exc.layout(PyBaseExceptionObject.self)
            if let cause = e.pointee.cause {
                if !ctx.seen.contains(Value(cause).bits) {
                    out += chained(Value(cause), "The above exception was the direct cause of the following exception:\n", &ctx)
                }
            } else if let context = e.pointee.context, e.pointee.suppress_context == 0, !ctx.seen.contains(Value(context).bits) {
                out += chained(Value(context), "During handling of the above exception, another exception occurred:\n", &ctx)
            }
        }
        return out + (ExceptionGroups.isGroup(exc) ? group(exc, &ctx) : single(exc, ctx))
    }

    static func chained(_ exc: Value, _ message: String, _ ctx: inout Context) -> String {
        let needClose = ctx.needClose
        let out = recursive(exc, &ctx)
        ctx.needClose = needClose
        return out + ctx.prefix + "\n" + ctx.prefix + message + ctx.prefix + "\n"
    }

    /// One exception: its traceback, `Type: message` and notes, behind the margin.
    static func single(_ exc: Value, _ ctx: Context) -> String {
        var out = ""
        if Interpreter.isException(exc), let tb = exc.layout(PyBaseExceptionObject.self).pointee.traceback, Value(tb) != .none {
            var header = "Traceback (most recent call last):\n", headerMargin = ctx.margin
            if ExceptionGroups.isGroup(exc) {
                header = "Exception Group Traceback (most recent call last):\n"
                if ctx.depth == 1 { headerMargin = "+ " }
            }
            out += ctx.indent + headerMargin + header + entriesText(Value(tb), prefix: ctx.prefix)
        }
        let line = exceptionLine(exc)
        out += ctx.depth > 0 ? prefixed(line, ctx.prefix) : line
        return out + notes(exc, ctx.prefix)
    }

    /// CPython's `print_exception_group`: the group, then each member in a numbered box.
    static func group(_ exc: Value, _ ctx: inout Context) -> String {
        if ctx.depth > ctx.maxGroupDepth { return ctx.prefix + "... (max_group_depth is \(ctx.maxGroupDepth))\n" }
        if ctx.depth == 0 { ctx.depth += 1 }
        var out = single(exc, ctx)
        let excs = Value(exc.layout(PyBaseExceptionGroupObject.self).pointee.excs!)
        let count = Tuple.count(excs)
        let shown = count <= ctx.maxGroupWidth ? count : ctx.maxGroupWidth + 1
        ctx.needClose = false
        for i in 0..<shown {
            let last = i == shown - 1
            if last { ctx.needClose = true }
            let truncated = i >= ctx.maxGroupWidth
            out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- " + (truncated ? "..." : String(i + 1)) + " ----------------\n"
            ctx.depth += 1
            if truncated {
                let remaining = count - ctx.maxGroupWidth
                out += ctx.prefix + "and \(remaining) more exception\(remaining > 1 ? "s" : "")\n"
            } else {
                out += recursive(Tuple.item(excs, i), &ctx)
            }
            if last && ctx.needClose {
                out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.depth -= 1
        }
        if ctx.depth == 1 { ctx.depth -= 1 }
        return out
    }

    static func prefixed(_ text: String, _ prefix: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { prefix + $0 + "\n" }.joined()
    }

    /// `__notes__`, each line behind the margin (CPython's `print_exception_notes`).
    static func notes(_ exc: Value, _ prefix: String) -> String {
        guard Interpreter.isException(exc), let notes = try? Protocols.lookupAttribute(exc, Interned.literal("__notes__")),
              notes.isExactly(Krait_list_type) || notes.isExactly(Krait_tuple_type) else { return "" }
        var out = ""
        for i in 0..<((try? Protocols.length(notes)) ?? 0) {
            guard let note = try? Protocols.getItem(notes, IntObject.make(i)) else { continue }
            let text = note.isExactly(Krait_str_type) ? Str.swiftString(note) : ((try? Protocols.strText(note)) ?? "<note str() failed>")
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) { out += prefix + line + "\n" }
        }
        return out
    }

    /// The entries, with a run of more than three identical ones (same file, line and
    /// function: recursion) cut to three and a count, as CPython's `tb_print_internal`;
    /// every line behind `prefix`.
    static func entriesText(_ tb: Value, prefix: String = "") -> String {
        let cutoff = 3
        var out = ""
        var last: (file: Value, line: Int, name: Value)?
        var count = 0
        func flushRepeats() {
            guard count > cutoff else { return }
            let more = count - cutoff
            out += prefix + "  [Previous line repeated \(more) more time\(more > 1 ? "s" : "")]\n"
        }
        for entry in Tracebacks.entries(tb) {
            let c = CodeObjects.code(entry.code)
            let key = (c.pointee.co_filename, entry.line, c.pointee.co_name)
            if let l = last, Str.equal(l.file, key.0), l.line == key.1, Str.equal(l.name, key.2) {
                count += 1
            } else {
                flushRepeats()
                last = key
                count = 1
            }
            if count <= cutoff { out += prefixed(frameLines(entry.code, entry.index, entry.line), prefix) }
        }
        flushRepeats()
        return out
    }

    /// `Type: message`, with the module for classes outside builtins and __main__.
    static func exceptionLine(_ exc: Value) -> String {
        let type = exc.type
        var name = TypeObject.name(type)
        if TypeObject.hasFlag(type, UInt(Py_TPFLAGS_HEAPTYPE)), let module = TypeObject.lookup(type, "__module__"),
           module.isExactly(Krait_str_type) {
            let m = Str.swiftString(module)
            if let qualname = try? Protocols.getAttribute(Value(type), "__qualname__") { name = Str.swiftString(qualname) }
            if m != "builtins" && m != "__main__" { name = m + "." + name }
        }
        let message: String
        do {
            message = try Protocols.strText(exc)
        } catch {
            message = "<exception str() failed>"
        }
        if TypeObject.isSubtype(type, of: Krait_exc_SyntaxError) { return syntaxErrorLines(exc, name: name, message: message) }
        let suggestion = Suggestions.offer(exc).map { ". Did you mean: '\($0)'?" } ?? ""
        return (message.isEmpty ? name : name + ": " + message) + suggestion + "\n"
    }

    static func syntaxErrorLines(_ exc: Value, name: String, message: String) -> String {
        func attribute(_ n: String) -> Value? { try? Protocols.getAttribute(exc, n) }
        func int(_ n: String) -> Int? { attribute(n).flatMap { $0.isSmallInt ? $0.smallInt : nil } }
        func text(_ n: String) -> String? { attribute(n).flatMap { $0.isExactly(Krait_str_type) ? Str.swiftString($0) : nil } }
        let msg = attribute("msg").map { Str.swiftString((try? Protocols.str($0)) ?? Str.make("")) } ?? message
        var e = PySyntaxError(message: msg, filename: text("filename") ?? "<string>", lineno: int("lineno") ?? 0,
                              offset: int("offset") ?? -1, endLineno: int("end_lineno") ?? 0, endOffset: int("end_offset") ?? -1,
                              text: text("text"))
        e.hasLocation = int("lineno") != nil && text("filename") != nil
        return SyntaxErrorFormatter.format(e, typeName: name)
    }

    static func frameLines(_ code: Value, _ index: Int, _ line: Int) -> String {
        let c = CodeObjects.code(code)
        let filename = Str.swiftString(c.pointee.co_filename)
        var out = "  File \"\(filename)\", line \(line), in \(Str.swiftString(c.pointee.co_name))\n"
        guard line > 0, let source = SourceCache.line(filename, line) else { return out }
        let leading = source.prefix { $0 == " " || $0 == "\t" || $0 == "\u{0C}" }
        let stripped = String(source.dropFirst(leading.count)).trimmingTrailingWhitespace()
        out += "    " + stripped + "\n"
        if let markers = markers(code, index, line: source, strippedLength: stripped.count, indent: leading.count) {
            out += "    " + markers + "\n"
        }
        return out
    }

    /// The `^^^` (and `~~^~~`) line under the source line, when it adds information.
    static func markers(_ code: Value, _ index: Int, line: String, strippedLength: Int, indent: Int) -> String? {
        guard let p = Tracebacks.position(code, index), p.line <= p.endLine, p.column >= 0, p.endColumn >= 0 else { return nil }
        let bytes = Array(line.utf8)
        // A span over several lines is marked to the end of its first line's text.
        let endColumn = p.line == p.endLine ? p.endColumn : (bytes.lastIndex { !isWhitespace($0) }).map { $0 + 1 } ?? 0
        guard endColumn <= bytes.count, p.column <= endColumn else { return nil }
        let start = characters(bytes, p.column), end = characters(bytes, endColumn)
        let anchors = p.line == p.endLine ? anchorsOf(Array(bytes[p.column..<endColumn])) : nil
        if anchors == nil && end - start == strippedLength { return nil }
        var marks = ""
        for i in start..<end {
            if let (left, right) = anchors {
                let offset = i - start
                marks += offset >= left && offset < right ? "^" : "~"
            } else {
                marks += "^"
            }
        }
        return String(repeating: " ", count: start - indent) + marks
    }

    static func isWhitespace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0A || byte == 0x0D }

    static func characters(_ bytes: [UInt8], _ offset: Int) -> Int {
        String(decoding: bytes[0..<offset], as: UTF8.self).count
    }

    /// For a binary operation or a subscript, the character range of its operator or
    /// `[slice]` within the segment (CPython's `extract_anchors_from_line`).
    static func anchorsOf(_ segment: [UInt8]) -> (Int, Int)? {
        guard let tree = try? PythonParser.parse(source: segment, filename: "<segment>") else { return nil }
        let body = tree.items(ListID(tree[tree.root].a))
        guard body.count == 1 else { return nil }
        let statement = tree[NodeID(body.first!)]
        guard statement.kind == .expr else { return nil }
        let e = tree[NodeID(statement.a)]
        let text = segment
        switch e.kind {
        case .binOp:
            let left = tree[NodeID(e.a)], right = tree[NodeID(e.b)]
            guard left.span.endLineno == 1, right.span.lineno == 1 else { return nil }
            var i = Int(left.span.endColOffset)
            while i < Int(right.span.colOffset) {
                if text[i] == 32 || text[i] == 9 || text[i] == 12 { i += 1; continue }
                var end = i + 1
                if end < Int(right.span.colOffset) && !(text[end] == 32 || text[end] == 9 || text[end] == 12) { end += 1 }
                // The left operand's closing parentheses come before the operator.
                if text[i] == 41 && i + 1 < Int(right.span.colOffset) { i += 1; continue }
                return (characters(text, i), characters(text, end))
            }
            return nil
        case .subscript:
            let value = tree[NodeID(e.a)], slice = tree[NodeID(e.b)]
            guard value.span.endLineno == 1, slice.span.endLineno == 1 else { return nil }
            let left = Int(value.span.endColOffset)
            var right = Int(slice.span.endColOffset) + 1
            while right < text.count && text[right - 1] != 93 { right += 1 }
            return (characters(text, left), characters(text, min(right, text.count)))
        default:
            return nil
        }
    }
}

extension String {
    func trimmingTrailingWhitespace() -> String {
        var s = Substring(self)
        while let last = s.last, last == " " || last == "\t" || last == "\n" || last == "\r" || last == "\u{0C}" { s = s.dropLast() }
        return String(s)
    }
}

/// Source lines of files, read once, for tracebacks (CPython's `linecache`).
enum SourceCache {
    nonisolated(unsafe) static var files: [String: [String]] = [:]

    static func line(_ filename: String, _ number: Int) -> String? {
        if files[filename] == nil {
            guard let bytes = ImportSystem.readFile(filename) else { return nil }
            files[filename] = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        guard let lines = files[filename], number - 1 < lines.count else { return nil }
        return lines[number - 1]
    }
}
