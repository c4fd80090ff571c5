import ObjectLayout
@testable import ObjectModel
import XCTest

/// `str.format`, `str.format_map` and `str % args` against python3.11.
final class StrFormatTests: ObjectModelTestCase {
    func run(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(cases, show: "v", file: file, line: line) { v in v }
    }

    func testFormatMethod() throws {
        let args: [P] = [1, "two", .l([10, 20, .d([("k", "v")])]), .d([("a", 1), ("0", "zero")]), 3]
        let keywords: [(String, P)] = [("name", "Krait"), ("n", 42), ("w", 8), ("t", .t(["x", "y"]))]
        let templates = [
            "", "plain", "{}", "{} {}", "{0}{1}{0}", "{1!r}", "{1!s:>6}", "{1!a}", "{name}", "{name!r:^12}",
            "{2[0]}", "{2[2][k]}", "{3[a]}", "{3[0]}", "{t[1]}", "{2[-1]}", "{n:{w}}", "{n:{w}.{w}}", "{0:{1}}",
            "{:{}}", "{{}}", "{{{0}}}", "}}{{", "{", "}", "a{b", "a}b", "{0", "{0!}", "{0!r", "{0!rx}", "{0!x}",
            "{0:", "{0:{", "{0{}}", "{0[}", "{0[0}", "{0]}", "{0.}", "{0[]}", "{0.real}", "{0.imag!r}",
            "{0.real.imag}", "{0.nope}", "{9}", "{nope}", "{0}{}", "{}{0}", "{name}{}", "{}{name}{}", "{:{:{}}}",
            "{0:{1:{2}}}", "{0:{{}}}", "{2[0]x}", "{2[0].real}", "{0:d}", "{1:d}", "{0:>{w}d}", "{n:,}",
            "{99999999999999999999}", "{0[99999999999999999999]}", "{\u{0661}}", "{!r}", "{:}", "{0!r:}",
            "{n:{w}{w}}", "{n!s:{w}}", "{ }", "{0 }", "{a.b[c]}", "{0[a:b]}", "{0[!]}", "{0!s!r}",
        ]
        var cases: [Case] = []
        for template in templates {
            cases.append(call(.s(template), "format", args, keywords))
            cases.append(call(.s(template), "format"))
            cases.append(call(.s(template), "format_map", [.d([("name", "N"), ("n", 5), ("w", 3), ("t", .t([1, 2]))])]))
        }
        cases += [
            call("{}", "format_map", []), call("{}", "format_map", [1]), call("{x}", "format_map", [1]),
            call("{x}", "format_map", [.l([1])]),
        ]
        try run(cases)
    }

    func testPercentGrid() throws {
        let values: [P] = [0, 1, -1, 42, -42, 255, .raw("2**70", { () throws(PyException) in try bigInt("0x400000000000000000") }),
                           .raw("1.5", { FloatObject.make(1.5) }), .raw("-0.0", { FloatObject.make(-0.0) }),
                           .raw("2.675", { FloatObject.make(2.675) }), .raw("1e100", { FloatObject.make(1e100) }),
                           .raw("float('inf')", { FloatObject.make(.infinity) }), .raw("float('nan')", { FloatObject.make(.nan) }),
                           "s", "héllo", .true, .none, .l([1])]
        var specs = ["%s", "%r", "%a", "%d", "%i", "%u", "%o", "%x", "%X", "%e", "%E", "%f", "%F", "%g", "%G", "%c"]
        for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "+ ", "-#"] {
            for width in ["", "8"] {
                for precision in ["", ".0", ".3"] where !(flags.isEmpty && width.isEmpty && precision.isEmpty) {
                    for type in ["s", "r", "d", "x", "X", "o", "e", "f", "g", "c"] {
                        specs.append("%" + flags + width + precision + type)
                    }
                }
            }
        }
        var cases: [Case] = []
        for v in values {
            for spec in specs { cases.append(percent(.s("<" + spec + ">"), .t([v]))) }
        }
        try run(cases)
    }

    func testPercentForms() throws {
        let mapping: P = .d([("a", 1), ("b", "two"), ("(x)", "paren")])
        let cases: [Case] = [
            percent("%s", "x"), percent("%s", .t([])), percent("%s %s", .t([1])), percent("%s", .t([1, 2])),
            percent("abc", .t([])), percent("abc", 5), percent("abc", .l([1])), percent("abc", .d([])),
            percent("abc", "x"), percent("%s", .l([1, 2])), percent("%s", .d([("a", 1)])), percent("%%", .t([])),
            percent("%", .t([])), percent("%5", .t([1])), percent("%.", .t([1])), percent("%5%", .t([1])),
            percent("%-5%", .t([])), percent("100%%", .t([])), percent("%(a)s %(b)r", mapping),
            percent("%(a)d %s", mapping), percent("%((x))s", mapping), percent("%(c)s", mapping),
            percent("%(a)s", .t([1])), percent("%(a", mapping), percent("%(a)", mapping), percent("%(a)s %%", mapping),
            percent("%*d", .t([5, 42])), percent("%-*d|", .t([5, 42])), percent("%*d|", .t([-5, 42])),
            percent("%.*f", .t([2, .raw("3.14159", { FloatObject.make(3.14159) })])), percent("%.*f", .t([-2, 1])),
            percent("%*.*s|", .t([6, 2, "abcdef"])), percent("%*d", .t(["x", 1])), percent("%.*d", .t(["y", 1])),
            percent("%*d", .t([5])), percent("%ld %hd %Lf", .t([1, 2, 3])), percent("%y", .t([1])), percent("%\u{e9}", .t([1])),
            percent("%\n", .t([1])), percent("%d", "x"), percent("%x", "x"), percent("%x", .raw("1.5", { FloatObject.make(1.5) })),
            percent("%d", .raw("1.9", { FloatObject.make(1.9) })), percent("%d", .raw("float('inf')", { FloatObject.make(.infinity) })),
            percent("%f", "x"), percent("%c", "ab"), percent("%c", 0x110000), percent("%c", -1), percent("%c", .l([])),
            percent("%c", 0x1F600), percent("%5c|%-3c|", .t([97, "b"])), percent("%s %s", .t(["a", "b", "c"])),
            percent("%(a)s", .t([])), percent("%#o %#x %#X", .t([8, 255, 255])), percent("%08.3f|%-8.2e|%+.1g", .t([1, 2, 3])),
            percent("%05s|%-05d|%+05d|% 05d", .t(["ab", 3, 3, 3])), percent("%.3s|%.0r", .t(["abcdef", "x"])),
            percent("%#.3g|%#g|%#.0f|%#.0e", .t([1, 2, 3, 4])), percent("%d", .true), percent("%s", .true),
            percent("%x", .true), percent("%.5d|%.5x|%#.5o", .t([-42, 255, 8])), percent("%.1000f", .raw("0.1", { FloatObject.make(0.1) })),
            percent("%99999999999999999999d", 1), percent("%.99999999999d", 1),
        ]
        try run(cases)
    }

    /// `template % args`.
    func percent(_ template: P, _ args: P) -> Case {
        Case("\(template.python) % \(args.python)") { () throws(PyException) -> Value in
            let s = try template.make()
            return try Protocols.binary(s, try args.make(), .remainder)
        }
    }
}
