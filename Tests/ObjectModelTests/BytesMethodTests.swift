import ObjectLayout
@testable import ObjectModel
import XCTest

/// A bytearray value in both worlds.
func ba(_ bytes: [UInt8]) -> P {
    .raw("bytearray(\(bytes))", { bytes.withUnsafeBytes { ByteArray.make($0) } })
}

/// A memoryview of bytes in both worlds.
func mv(_ bytes: [UInt8]) -> P {
    .raw("memoryview(bytes(\(bytes)))", { () throws(PyException) in
        let b = Bytes.make(bytes)
        return try Protocols.call(Value(Krait_memoryview_type), b)
    })
}

func b(_ text: String) -> P { .b(Array(text.utf8)) }

/// bytes and bytearray methods against python3.11: each grid runs on both receiver types.
final class BytesMethodTests: ObjectModelTestCase {
    func run(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(cases, show: "repr(v)", file: file, line: line) { v throws(PyException) in try Protocols.repr(v) }
    }

    /// Both receiver kinds of one byte string.
    func receivers(_ texts: [String]) -> [P] { texts.flatMap { [b($0), ba(Array($0.utf8))] } }

    func testSearch() throws {
        var cases: [Case] = []
        let bounds: [P] = [.none, 0, 1, -1, -3, 100]
        for s in receivers(["hello world", "", "aaaa"]) {
            for sub: P in [b("o"), b(""), b("l"), b("aa"), 111, 97, ba([0x6C]), mv([0x6F]), "o", 256, -1] {
                for name in ["find", "rfind", "index", "rindex", "count"] {
                    cases.append(call(s, name, [sub]))
                    for start in bounds { cases.append(call(s, name, [sub, start, 3])) }
                }
            }
            for affix: P in [b("he"), b(""), b("ld"), .t([b("x"), b("he")]), "he", .t(["he"]), 1] {
                cases += [call(s, "startswith", [affix]), call(s, "endswith", [affix]), call(s, "startswith", [affix, 1, -1])]
            }
        }
        cases += [call(b("a"), "find", []), call(b("a"), "find", [b("a")], [("start", 1)]), call(ba([1]), "count", [1, 2, 3, 4])]
        try run(cases)
    }

    func testSplitAndJoin() throws {
        var cases: [Case] = []
        for s in receivers(["", " a  b\tc\n", "a,b,,c,", "x--y--z", "\u{0b}a\u{0c}b\u{1c}"]) {
            for name in ["split", "rsplit"] {
                cases.append(call(s, name))
                for sep: P in [.none, b(","), b("--"), ba([0x2C]), "," , b("")] {
                    for maxsplit in [-1, 0, 1, 2] { cases.append(call(s, name, [sep, .i(maxsplit)])) }
                }
                cases.append(call(s, name, [], [("maxsplit", 1)]))
            }
            for sep: P in [b(","), b("--"), b("zz"), ba([0x2C]), b(""), 1] {
                cases += [call(s, "partition", [sep]), call(s, "rpartition", [sep])]
            }
        }
        for s in receivers(["", "a\nb\r\nc\rd", "a\n\nb\n", "\r\n\r", "x\u{0b}y\u{0c}z"]) {
            cases += [call(s, "splitlines"), call(s, "splitlines", [.true]), call(s, "splitlines", [], [("keepends", 1)])]
        }
        for sep in receivers(["-", ""]) {
            for items: P in [.l([b("a"), b("b")]), .t([]), .l([b("a")]), .l([ba([0x62]), mv([0x63])]), .l([b("a"), "b"]), 1, .l([1])] {
                cases.append(call(sep, "join", [items]))
            }
        }
        try run(cases)
    }

    func testTransforms() throws {
        var cases: [Case] = []
        for s in receivers(["", "  hello World  ", "xxhixx", "ABC def_GHI", "a\tbc\td\n\tx", "-42", "+7", "hello world of Bytes"]) {
            for name in ["strip", "lstrip", "rstrip"] {
                cases += [call(s, name), call(s, name, [b("x ")]), call(s, name, [.none]), call(s, name, ["x"]), call(s, name, [b("x"), b("y")])]
            }
            for name in ["upper", "lower", "swapcase", "capitalize", "title", "isalnum", "isalpha", "isascii", "isdigit",
                         "islower", "isupper", "isspace", "istitle"] {
                cases.append(call(s, name))
            }
            for name in ["center", "ljust", "rjust"] {
                for width: P in [0, 5, 20, 21, -1] {
                    cases += [call(s, name, [width]), call(s, name, [width, b("*")])]
                }
                cases += [call(s, name, [20, "*"]), call(s, name, [20, b("**")]), call(s, name, [20, ba([0x2B])]), call(s, name, [])]
            }
            for width: P in [0, 3, 10] { cases.append(call(s, "zfill", [width])) }
            for size: P in [0, 1, 4] { cases.append(call(s, "expandtabs", [size])) }
            cases += [call(s, "expandtabs"), call(s, "expandtabs", [], [("tabsize", 2)])]
            for (old, new) in [(b("l"), b("L")), (b(""), b("-")), (b("xx"), b("")), (b("o"), ba([0x30]))] {
                cases += [call(s, "replace", [old, new]), call(s, "replace", [old, new, 1]), call(s, "replace", [old, new, 0])]
            }
            cases += [call(s, "replace", ["l", b("L")]), call(s, "replace", [b("l")])]
            for affix: P in [b("xx"), b(""), b("  "), b("xxhixx"), "xx"] {
                cases += [call(s, "removeprefix", [affix]), call(s, "removesuffix", [affix])]
            }
        }
        let table = P.raw("bytes.maketrans(b'abc', b'xyz')", { () throws(PyException) in
            try callMethod(Value(Krait_bytes_type), "maketrans", [b("abc"), b("xyz")], [])
        })
        for s in receivers(["abcabc", ""]) {
            cases += [call(s, "translate", [table]), call(s, "translate", [.none, b("b")]), call(s, "translate", [table], [("delete", b("a"))]),
                      call(s, "translate", [b("short")]), call(s, "translate", [])]
        }
        cases += [call(type("bytes", Krait_bytes_type), "maketrans", [b("ab"), b("c")]), call(type("bytearray", Krait_bytearray_type), "maketrans", [b("a"), b("b")]),
                  call(type("bytes", Krait_bytes_type), "maketrans", ["a", "b"])]
        try run(cases)
    }

    func testConstructorsAndConversions() throws {
        var cases: [Case] = []
        for t in [type("bytes", Krait_bytes_type), type("bytearray", Krait_bytearray_type)] {
            for args: [P] in [[], [3], [0], [-1], [.l([1, 2, 255])], [.l([256])], [.l([-1])], [.l(["a"])], [.t([65, 66])], ["abc"],
                              ["h\u{e9}", "utf-8"], ["h\u{e9}", "ascii"], ["h\u{e9}", "ascii", "replace"], ["h\u{e9}", "latin-1"], ["x", "nope"],
                              [1, "utf-8"], [b("ab")], [ba([1, 2])], [mv([3, 4])], [.raw("1.5", { FloatObject.make(1.5) })], [.none], [.raw("iter([7, 8])", { () throws(PyException) in try Protocols.iterator(List.make([int(7), int(8)])) })]] {
                cases.append(construct(t, args))
            }
            cases += [construct(t, [], [("source", b("q"))]), construct(t, [], [("encoding", "utf-8")]), construct(t, [b("x")], [("errors", "strict")]),
                      construct(t, ["x"], [("errors", "strict")])]
            for text: P in ["de ad BE ef", "", "0", "zz", "  01  ", "0 1", 1, "\u{e9}"] {
                cases.append(call(t, "fromhex", [text]))
            }
        }
        for s in receivers(["", "\u{01}\u{02}\u{03}\u{04}\u{05}", "hi"]) {
            cases += [call(s, "hex"), call(s, "hex", [":"]), call(s, "hex", [b("-"), 2]), call(s, "hex", [":", -2]), call(s, "hex", [], [("sep", " "), ("bytes_per_sep", 3)]),
                      call(s, "hex", ["::"]), call(s, "hex", [1]), call(s, "hex", ["\u{e9}"])]
        }
        for s in [b("caf\u{e9}"), P.b([0x61, 0xff, 0x62]), ba([0xe2, 0x82]), P.b([0x80])] {
            for args: [P] in [[], ["ascii"], ["latin-1"], ["utf-8", "replace"], ["utf-8", "ignore"], ["ascii", "backslashreplace"], ["utf-8", "surrogateescape"], ["bogus"], [1]] {
                cases.append(call(s, "decode", args))
            }
            cases.append(call(s, "decode", [], [("errors", "replace")]))
        }
        cases += [call(b("ab"), "__getnewargs__"), call(b("ab"), "__bytes__")]
        try run(cases)
    }

    func testOperators() throws {
        var cases: [Case] = []
        for x in receivers(["ab", ""]) {
            for y: P in [b("cd"), ba([0x65]), mv([0x66]), "x", 1] {
                cases.append(binary(x, "+", y, .add))
                cases.append(binary(x, "+", y, .add, inPlace: true))
            }
            for n: P in [0, 1, 3, -1] {
                cases.append(binary(x, "*", n, .multiply))
                cases.append(binary(x, "*", n, .multiply, inPlace: true))
            }
            for key: P in [0, 1, -1, 2, -3, sl(.none, .none), sl(1, .none), sl(.none, .none, -1), sl(0, 5, 2), "a"] {
                cases.append(Case("\(x.python)[\(key.python)]") { () throws(PyException) in try Protocols.getItem(try x.make(), try key.make()) })
            }
            for y: P in [b("ab"), b("abc"), b("b"), ba([0x61, 0x62]), mv([0x61]), "ab"] {
                for (op, symbol) in [(CompareOp.eq, "=="), (.lt, "<"), (.ge, ">=")] {
                    cases.append(Case("\(x.python) \(symbol) \(y.python)") { () throws(PyException) in try Protocols.richCompare(try x.make(), try y.make(), op) })
                }
            }
            for v: P in [b("a"), 97, 98, b(""), 300, "a"] {
                cases.append(Case("\(v.python) in \(x.python)") { () throws(PyException) in .bool(try Protocols.contains(try x.make(), try v.make())) })
            }
        }
        try run(cases)
    }

    func testPercentFormat() throws {
        var cases: [Case] = []
        let formats = ["%s", "%b", "%r", "%a", "%d", "%5d", "%-5d|", "%x", "%#o", "%c", "%.2f", "%5.1s|", "%%", "%y", "%(k)s", "%s %s"]
        let values: [P] = [b("xy"), ba([0x71]), mv([0x72]), 42, -7, .raw("3.25", { FloatObject.make(3.25) }), "str", 65, 300,
                           .t([b("a"), b("b")]), .d([(b("k"), b("v"))]), .t([])]
        for format in formats {
            for receiver in [b(format), ba(Array(format.utf8))] {
                // A memoryview's repr shows its address.
                for value in values where !(format.hasPrefix("%r") || format.hasPrefix("%a")) || !value.python.hasPrefix("memoryview") {
                    cases.append(Case("\(receiver.python) % \(value.python)") { () throws(PyException) in
                        try Protocols.binary(try receiver.make(), try value.make(), .remainder)
                    })
                }
            }
        }
        try run(cases)
    }
}

/// bytearray's mutators and memoryview against python3.11: results, errors and the
/// receiver's state after each call.
final class ByteArrayMutationTests: ObjectModelTestCase {
    func run(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        try check(cases, show: "repr(v)", file: file, line: line) { v throws(PyException) in try Protocols.repr(v) }
    }

    func testMutators() throws {
        var cases: [Case] = []
        for start: [UInt8] in [[], [0x61, 0x62, 0x63], Array(0..<20)] {
            let s = ba(start)
            for v: P in [0, 255, 256, -1, "a", b("a")] { cases.append(attemptCall(s, "append", [v])) }
            for v: P in [b("xy"), .l([1, 2]), ba([9]), mv([8, 7]), 5, "ab", .l([300]), .t([])] { cases.append(attemptCall(s, "extend", [v])) }
            for i: P in [0, 1, -1, 100, -100] { cases += [attemptCall(s, "insert", [i, 66]), attemptCall(s, "pop", [i])] }
            cases += [attemptCall(s, "insert", [0, 256]), attemptCall(s, "pop"), attemptCall(s, "pop", ["x"]), attemptCall(s, "remove", [0x62]),
                      attemptCall(s, "remove", [0x7A]), attemptCall(s, "reverse"), attemptCall(s, "clear"), attemptCall(s, "copy"),
                      attemptCall(s, "__alloc__"), attemptCall(s, "__sizeof__"), attemptCall(s, "__reduce__"), attemptCall(s, "reverse", [1])]
            for key: P in [0, -1, 5, 100, sl(0, 2), sl(1, .none), sl(.none, .none, 2), sl(.none, .none, -1), sl(5, 1), "a"] {
                for value: P in [65, b("XYZ"), b(""), .l([1, 2, 3]), 300, "s", ba([1])] { cases.append(attemptSet(s, key, value)) }
                cases.append(attemptSet(s, key))
            }
            for other: P in [b("!"), ba([0x3F]), mv([0x40]), "x", 1] {
                cases.append(attempt(s, "v += \(other.python)") { v throws(PyException) in
                    _ = try Protocols.inPlace(v, try other.make(), .add)
                    return .none
                })
            }
            for n: P in [0, 1, 3, -2] {
                cases.append(attempt(s, "v *= \(n.python)") { v throws(PyException) in
                    _ = try Protocols.inPlace(v, try n.make(), .multiply)
                    return .none
                })
            }
        }
        try run(cases)
    }

    func testGrowthMatchesCPython() throws {
        // __alloc__ after each append and each prefix deletion follows PyByteArray_Resize.
        var cases: [Case] = []
        for n in [1, 5, 9, 17, 40, 100] {
            cases.append(Case("(lambda v: [v.append(1) or v.__alloc__() for _ in range(\(n))])(bytearray())") { () throws(PyException) in
                let v = ByteArray.new()
                let out = List.new()
                for _ in 0..<n {
                    _ = try callMethod(v, "append", [1], [])
                    List.append(out, try callMethod(v, "__alloc__", [], []))
                }
                return out
            })
            cases.append(Case("(lambda v: [v.__delitem__(slice(0, 1)) or v.__alloc__() for _ in range(\(n))])(bytearray(\(2 * n)))") { () throws(PyException) in
                let v = ByteArray.new(count: 2 * n)
                let out = List.new()
                for _ in 0..<n {
                    try Protocols.setItem(v, Slice.make(start: int(0), stop: int(1), step: .none), nil)
                    List.append(out, try callMethod(v, "__alloc__", [], []))
                }
                return out
            })
        }
        try run(cases)
    }

    func testMemoryView() throws {
        var cases: [Case] = []
        for source in [b("abcdef"), ba(Array("abcdef".utf8)), b("")] {
            let m = P.raw("memoryview(\(source.python))") { () throws(PyException) in try Protocols.call(Value(Krait_memoryview_type), try source.make()) }
            for name in ["tobytes", "tolist", "hex", "__len__"] { cases.append(call(m, name)) }
            for attribute in ["readonly", "nbytes", "format", "itemsize", "ndim", "shape", "strides", "contiguous", "obj"] {
                cases.append(Case("\(m.python).\(attribute)") { () throws(PyException) in try Protocols.getAttribute(try m.make(), attribute) })
            }
            for key: P in [0, -1, 10, sl(1, 4), sl(.none, .none, 2), sl(.none, .none, -1), "a"] {
                cases.append(Case("(lambda r: r.tobytes() if isinstance(r, memoryview) else r)(\(m.python)[\(key.python)])") { () throws(PyException) in
                    let v = try Protocols.getItem(try m.make(), try key.make())
                    return v.type == Krait_memoryview_type ? try callMethod(v, "tobytes", [], []) : v
                })
                // The receiver is the exporter, so the case shows what the assignment wrote through.
                for value: P in [88, b("Q"), b("QRS"), 300, "s"] {
                    cases.append(attempt(source, "m = memoryview(v); m[\(key.python)] = \(value.python); x = m.tobytes()") { v throws(PyException) in
                        let view = try Protocols.call(Value(Krait_memoryview_type), v)
                        try Protocols.setItem(view, try key.make(), try value.make())
                        return try callMethod(view, "tobytes", [], [])
                    })
                }
            }
            for format: P in ["B", "b", "c", 1] {
                cases.append(Case("\(m.python).cast(\(format.python)).tolist()") { () throws(PyException) in
                    try callMethod(try callMethod(try m.make(), "cast", [format], []), "tolist", [], [])
                })
            }
            for other: P in [b("abcdef"), ba(Array("abcdef".utf8)), b("x"), "abcdef"] {
                cases.append(Case("\(m.python) == \(other.python)") { () throws(PyException) in try Protocols.richCompare(try m.make(), try other.make(), .eq) })
            }
            cases.append(Case("(lambda v: (v.release(), v.tolist()))(\(m.python))") { () throws(PyException) in
                let v = try m.make()
                _ = try callMethod(v, "release", [], [])
                return try callMethod(v, "tolist", [], [])
            })
        }
        cases += [construct(type("memoryview", Krait_memoryview_type), ["abc"]), construct(type("memoryview", Krait_memoryview_type), [])]
        try run(cases)
    }
}
