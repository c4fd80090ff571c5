import ObjectLayout

/// The formatting methods of str, int, float, complex and object, and str's `%` operator.
enum FormatMethods {
    static let braces = "The substitutions are identified by braces ('{' and '}')."

    static var str: [MethodSpec] {
        [
            MethodSpec("format", doc: "S.format(*args, **kwargs) -> str\n\nReturn a formatted version of S, using substitutions from args and kwargs.\n\(braces)") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                let positional = Tuple.make(UnsafeBufferPointer(start: args.base, count: args.count))
                var mapping: Value? = nil
                if args.keywordCount > 0 {
                    let d = Dict.new()
                    for i in 0..<args.keywordCount { try Dict.setItem(d, Tuple.item(args.kwnames, i), args[args.count + i]) }
                    mapping = d
                }
                return try FormatString.format(s, args: positional, mapping: mapping)
            } },
            MethodSpec("format_map", doc: "S.format_map(mapping) -> str\n\nReturn a formatted version of S, using substitutions from mapping.\n\(braces)") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try FormatString.format(s, args: nil, mapping: args.one("str.format_map"))
            } },
            MethodSpec("__format__", doc: "__format__($self, format_spec, /)\n--\n\nReturn a formatted version of the string as described by format_spec.") { s, a, n, k in StrMethods.run(s, a, n, k) { s, args throws(PyException) in
                try StrFormat.formatStr(s, StrFormat.specArgument(args, "str"))
            } },
        ]
    }

    static var int: [MethodSpec] {
        [
            MethodSpec("__format__", doc: "__format__($self, format_spec, /)\n--\n\n") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try NumberFormat.formatInt(s, StrFormat.specArgument(args, "int"))
            } },
        ]
    }

    static var float: [MethodSpec] {
        [
            MethodSpec("__format__", doc: "__format__($self, format_spec, /)\n--\n\nFormats the float according to format_spec.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try NumberFormat.formatFloat(s, StrFormat.specArgument(args, "float"))
            } },
        ]
    }

    static var complex: [MethodSpec] {
        [
            MethodSpec("__format__", doc: "__format__($self, format_spec, /)\n--\n\nConvert to a string according to format_spec.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try ComplexFormat.format(s, StrFormat.specArgument(args, "complex"))
            } },
        ]
    }

    static var object: [MethodSpec] {
        [
            MethodSpec("__format__", doc: "__format__($self, format_spec, /)\n--\n\nDefault object formatter.") { s, a, n, k in MethodSpec.run(s, a, n, k) { s, args throws(PyException) in
                try StrFormat.formatObject(s, StrFormat.specArgument(args, "object"))
            } },
        ]
    }

    /// str's number table: only `%`, for a str on the left.
    static let strNumberMethods: UnsafeMutablePointer<PyNumberMethods> = {
        let table = UnsafeMutablePointer<PyNumberMethods>.allocate(capacity: 1)
        table.initialize(to: PyNumberMethods())
        table.pointee.nb_remainder = { a, b in
            CBoundary.object { () throws(PyException) in
                let left = Value(a!)
                guard StrArguments.isStr(left) else { return .notImplemented }
                return try PercentFormat.format(left, Value(b!))
            }
        }
        return table
    }()
}
