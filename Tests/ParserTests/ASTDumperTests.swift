import Foundation
import TestSupport
import XCTest
@testable import Parser

/// Each tree is built by hand as the parser should build it for `source`; its dump
/// must equal CPython's `ast.dump(ast.parse(source, mode=mode), include_attributes=…)`.
final class ASTDumperTests: XCTestCase {
    private struct Case {
        var source: String
        var mode = "exec"
        var attributes = false
        var build: (inout TreeBuilder) -> Int32
    }

    private func check(_ cases: [Case], file: StaticString = #filePath, line: UInt = #line) throws {
        let input = try JSONEncoder().encode(cases.map { [$0.source, $0.mode, $0.attributes ? "1" : ""] })
        let expected = try PythonOracle.json([String].self, """
            import ast, json, sys
            sys.setrecursionlimit(100000)
            print(json.dumps([ast.dump(ast.parse(source, mode=mode), include_attributes=bool(attributes))
                              for source, mode, attributes in json.load(open(sys.argv[1]))]))
            """, input: String(decoding: input, as: UTF8.self))
        XCTAssertEqual(expected.count, cases.count, file: file, line: line)
        for (c, python) in zip(cases, expected) {
            var builder = TreeBuilder()
            builder.ast.root = NodeID(c.build(&builder))
            assertSameBytes(ASTDumper.dump(builder.ast, includeAttributes: c.attributes), Array(python.utf8),
                            "dump of \(c.source.prefix(80).debugDescription)", file: file, line: line)
        }
    }

    func testStatements() throws {
        try check([
            Case(source: "") { b in b.module() },
            Case(source: "x = 1") { b in b.module(b.node(.assign, 0, b.list(b.name("x", .store)), b.int(1))) },
            Case(source: "del a, b[0]") { b in
                b.module(b.node(.delete, 0, b.list(b.name("a", .del),
                                                  b.node(.subscript, ExprContext.del.rawValue, b.name("b"), b.int(0)))))
            },
            Case(source: "x: int = 3\ny: str\n(z): f") { b in
                b.module(b.node(.annAssign, 1, b.name("x", .store), b.name("int"), b.int(3)),
                         b.node(.annAssign, 1, b.name("y", .store), b.name("str")),
                         b.node(.annAssign, 0, b.name("z", .store), b.name("f")))
            },
            Case(source: "for i in r:\n    pass\nelse:\n    break\nwhile x:\n    continue") { b in
                b.module(b.node(.for_, 0, b.name("i", .store), b.name("r"), b.list(b.pass()), b.list(b.node(.break_))),
                         b.node(.while_, 0, b.name("x"), b.list(b.node(.continue_)), b.list()))
            },
            Case(source: "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass") { b in
                b.module(b.node(.if_, 0, b.name("a"), b.list(b.pass()),
                                b.list(b.node(.if_, 0, b.name("b"), b.list(b.pass()), b.list(b.pass())))))
            },
            Case(source: "with open(f) as g:\n    pass") { b in
                let call = b.node(.call, 0, b.name("open"), b.list(b.name("f")), b.list())
                return b.module(b.node(.with, 0, b.list(b.node(.withItem, 0, call, b.name("g", .store))),
                                       b.list(b.pass())))
            },
            Case(source: "raise\nraise E from c\nassert x\nassert x, 'm'") { b in
                b.module(b.node(.raise), b.node(.raise, 0, b.name("E"), b.name("c")),
                         b.node(.assert, 0, b.name("x")), b.node(.assert, 0, b.name("x"), b.str("m")))
            },
            Case(source: "try:\n    pass\nexcept E as e:\n    pass\nexcept:\n    pass\n"
                 + "else:\n    pass\nfinally:\n    pass") { b in
                let handlers = b.list(b.node(.exceptHandler, 0, b.name("E"), b.id("e"), b.list(b.pass())),
                                      b.node(.exceptHandler, 0, -1, -1, b.list(b.pass())))
                return b.module(b.node(.try_, 0, b.list(b.pass()), handlers, b.list(b.pass()), b.list(b.pass())))
            },
            Case(source: "try:\n    pass\nexcept* E:\n    pass") { b in
                b.module(b.node(.tryStar, 0, b.list(b.pass()),
                                b.list(b.node(.exceptHandler, 0, b.name("E"), -1, b.list(b.pass()))),
                                b.list(), b.list()))
            },
            Case(source: "import a.b as c, d\nfrom .. import (e)\nfrom m import *") { b in
                b.module(b.node(.import_, 0, b.list(b.node(.alias, 0, b.id("a.b"), b.id("c")),
                                                   b.node(.alias, 0, b.id("d")))),
                         b.node(.importFrom, 0, -1, b.list(b.node(.alias, 0, b.id("e"))), 2),
                         b.node(.importFrom, 0, b.id("m"), b.list(b.node(.alias, 0, b.id("*"))), 0))
            },
            Case(source: "def g():\n    global a, b\n    nonlocal c") { b in
                let body = b.list(b.node(.global, 0, b.list(b.id("a"), b.id("b"))),
                                  b.node(.nonlocal, 0, b.list(b.id("c"))))
                return b.module(b.node(.functionDef, 0, b.id("g"), b.arguments(), body, b.list()))
            },
            Case(source: "@dec\ndef f(a: int = 1, *, b) -> str:\n    pass") { b in
                let args = b.arguments(args: [b.node(.arg, 0, b.id("a"), b.name("int"))],
                                       kwonly: [b.node(.arg, 0, b.id("b"))], kwDefaults: [-1], defaults: [b.int(1)])
                return b.module(b.node(.functionDef, 0, b.id("f"), args, b.list(b.pass()), b.list(b.name("dec")),
                                       b.name("str")))
            },
            Case(source: "@d\nclass C(B, metaclass=M):\n    pass") { b in
                b.module(b.node(.classDef, 0, b.id("C"), b.list(b.name("B")),
                                b.list(b.node(.keyword, 0, b.id("metaclass"), b.name("M"))), b.list(b.pass()),
                                b.list(b.name("d"))))
            },
            Case(source: "async def f():\n    async for i in r:\n        continue\n    async with a as b, c:\n"
                 + "        await x\n    return\n    [x async for x in y]") { b in
                let asyncFor = b.node(.asyncFor, 0, b.name("i", .store), b.name("r"), b.list(b.node(.continue_)),
                                      b.list())
                let items = b.list(b.node(.withItem, 0, b.name("a"), b.name("b", .store)),
                                   b.node(.withItem, 0, b.name("c")))
                let asyncWith = b.node(.asyncWith, 0, items, b.list(b.expr(b.node(.await, 0, b.name("x")))))
                let generator = b.node(.comprehension, 1, b.name("x", .store), b.name("y"), b.list())
                let comp = b.expr(b.node(.listComp, 0, b.name("x"), b.list(generator)))
                let body = b.list(asyncFor, asyncWith, b.node(.return_), comp)
                return b.module(b.node(.asyncFunctionDef, 0, b.id("f"), b.arguments(), body, b.list()))
            },
            Case(source: "def f():\n    yield\n    yield x\n    yield from y\n    return z") { b in
                let body = b.list(b.expr(b.node(.yield)), b.expr(b.node(.yield, 0, b.name("x"))),
                                  b.expr(b.node(.yieldFrom, 0, b.name("y"))), b.node(.return_, 0, b.name("z")))
                return b.module(b.node(.functionDef, 0, b.id("f"), b.arguments(), body, b.list()))
            },
        ])
    }

    func testMatch() throws {
        let source = """
            match p:
                case 1 | 2:
                    pass
                case [a, *rest]:
                    pass
                case {'k': v, **kw}:
                    pass
                case Point(1, y=2):
                    pass
                case None:
                    pass
                case (x as y) if y:
                    pass
                case _:
                    pass
                case [*_]:
                    pass
            """
        try check([Case(source: source) { b in
            func value(_ b: inout TreeBuilder, _ v: Int64) -> Int32 { b.node(.matchValue, 0, b.int(v)) }
            func capture(_ b: inout TreeBuilder, _ name: String) -> Int32 { b.node(.matchAs, 0, -1, b.id(name)) }
            let patterns: [Int32] = [
                b.node(.matchOr, 0, b.list(value(&b, 1), value(&b, 2))),
                b.node(.matchSequence, 0, b.list(capture(&b, "a"), b.node(.matchStar, 0, b.id("rest")))),
                b.node(.matchMapping, 0, b.list(b.str("k")), b.list(capture(&b, "v")), b.id("kw")),
                b.node(.matchClass, 0, b.name("Point"), b.list(value(&b, 1)), b.list(b.id("y")), b.list(value(&b, 2))),
                b.node(.matchSingleton, 0, b.ast.addConstant(.none)),
                b.node(.matchAs, 0, capture(&b, "x"), b.id("y")),
                b.node(.matchAs),
                b.node(.matchSequence, 0, b.list(b.node(.matchStar))),
            ]
            let cases = patterns.enumerated().map { i, pattern in
                b.node(.matchCase, 0, pattern, i == 5 ? b.name("y") : -1, b.list(b.pass()))
            }
            return b.module(b.node(.match, 0, b.name("p"), b.list(cases)))
        }])
    }

    func testExpressions() throws {
        let binarySymbols = ["+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"]
        let unarySymbols = ["~", "not ", "+", "-"]
        let compareSymbols = ["==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"]
        try check([
            Case(source: binarySymbols.map { "a \($0) b" }.joined(separator: "\n")) { b in
                b.module(binarySymbols.indices.map { i in
                    b.expr(b.node(.binOp, UInt8(i), b.name("a"), b.name("b")))
                })
            },
            Case(source: binarySymbols.map { "a \($0)= b" }.joined(separator: "\n")) { b in
                b.module(binarySymbols.indices.map { i in
                    b.node(.augAssign, UInt8(i), b.name("a", .store), b.name("b"))
                })
            },
            Case(source: unarySymbols.map { "\($0)a" }.joined(separator: "\n")) { b in
                b.module(unarySymbols.indices.map { i in b.expr(b.node(.unaryOp, UInt8(i), b.name("a"))) })
            },
            Case(source: "a " + compareSymbols.enumerated().map { "\($1) x\($0)" }.joined(separator: " ")) { b in
                let ops = b.list(compareSymbols.indices.map { Int32($0) })
                let comparators = b.list(compareSymbols.indices.map { b.name("x\($0)") })
                return b.module(b.expr(b.node(.compare, 0, b.name("a"), ops, comparators)))
            },
            Case(source: "a and b or not c\n(y := 1)\na if b else c") { b in
                let and = b.node(.boolOp, BoolOperator.and.rawValue, b.list(b.name("a"), b.name("b")))
                let not = b.node(.unaryOp, UnaryOperator.not.rawValue, b.name("c"))
                return b.module(b.expr(b.node(.boolOp, BoolOperator.or.rawValue, b.list(and, not))),
                                b.expr(b.node(.namedExpr, 0, b.name("y", .store), b.int(1))),
                                b.expr(b.node(.ifExp, 0, b.name("b"), b.name("a"), b.name("c"))))
            },
            Case(source: "lambda x, /, y=1, *args, z, w=2, **kw: x\nlambda: 0") { b in
                let args = b.arguments(posonly: [b.node(.arg, 0, b.id("x"))], args: [b.node(.arg, 0, b.id("y"))],
                                       vararg: b.node(.arg, 0, b.id("args")),
                                       kwonly: [b.node(.arg, 0, b.id("z")), b.node(.arg, 0, b.id("w"))],
                                       kwDefaults: [-1, b.int(2)], kwarg: b.node(.arg, 0, b.id("kw")),
                                       defaults: [b.int(1)])
                return b.module(b.expr(b.node(.lambda, 0, args, b.name("x"))),
                                b.expr(b.node(.lambda, 0, b.arguments(), b.int(0))))
            },
            Case(source: "{a: b, **c}\n{a, b}\n{}") { b in
                b.module(b.expr(b.node(.dict, 0, b.list(b.name("a"), -1), b.list(b.name("b"), b.name("c")))),
                         b.expr(b.node(.set, 0, b.list(b.name("a"), b.name("b")))),
                         b.expr(b.node(.dict, 0, b.list(), b.list())))
            },
            Case(source: "[x for x in y if x if z]\n{x for x in y}\n(x for x in y)\n{k: v for k, v in d}") { b in
                func loop(_ b: inout TreeBuilder, ifs: [Int32] = []) -> Int32 {
                    b.list(b.node(.comprehension, 0, b.name("x", .store), b.name("y"), b.list(ifs)))
                }
                let target = b.node(.tuple, ExprContext.store.rawValue,
                                    b.list(b.name("k", .store), b.name("v", .store)))
                let dictLoop = b.list(b.node(.comprehension, 0, target, b.name("d"), b.list()))
                return b.module(b.expr(b.node(.listComp, 0, b.name("x"), loop(&b, ifs: [b.name("x"), b.name("z")]))),
                                b.expr(b.node(.setComp, 0, b.name("x"), loop(&b))),
                                b.expr(b.node(.generatorExp, 0, b.name("x"), loop(&b))),
                                b.expr(b.node(.dictComp, 0, b.name("k"), b.name("v"), dictLoop)))
            },
            Case(source: "f(a, *b, c=d, **e)") { b in
                let args = b.list(b.name("a"), b.node(.starred, ExprContext.load.rawValue, b.name("b")))
                let keywords = b.list(b.node(.keyword, 0, b.id("c"), b.name("d")), b.node(.keyword, 0, -1, b.name("e")))
                return b.module(b.expr(b.node(.call, 0, b.name("f"), args, keywords)))
            },
            Case(source: "f'a{b!r:>{c}}{d=}{e!s}{g!a}'") { b in
                let spec = b.node(.joinedStr, 0, b.list(b.str(">"), b.node(.formattedValue, 0, b.name("c"), -1)))
                let values = b.list(b.str("a"), b.node(.formattedValue, 0, b.name("b"), 114, spec), b.str("d="),
                                    b.node(.formattedValue, 0, b.name("d"), 114),
                                    b.node(.formattedValue, 0, b.name("e"), 115),
                                    b.node(.formattedValue, 0, b.name("g"), 97))
                return b.module(b.expr(b.node(.joinedStr, 0, values)))
            },
            Case(source: "a.b[c:d:e]\na[:]\na[1, 2:3]\n[a, *b] = c\n(d, e) = f") { b in
                let load = ExprContext.load.rawValue, store = ExprContext.store.rawValue
                let attribute = b.node(.attribute, load, b.name("a"), b.id("b"))
                let slice = b.node(.slice, 0, b.name("c"), b.name("d"), b.name("e"))
                let tuple = b.node(.tuple, load, b.list(b.int(1), b.node(.slice, 0, b.int(2), b.int(3))))
                let listTarget = b.node(.list, store, b.list(b.name("a", .store),
                                                             b.node(.starred, store, b.name("b", .store))))
                let tupleTarget = b.node(.tuple, store, b.list(b.name("d", .store), b.name("e", .store)))
                return b.module(b.expr(b.node(.subscript, load, attribute, slice)),
                                b.expr(b.node(.subscript, load, b.name("a"), b.node(.slice))),
                                b.expr(b.node(.subscript, load, b.name("a"), tuple)),
                                b.node(.assign, 0, b.list(listTarget), b.name("c")),
                                b.node(.assign, 0, b.list(tupleTarget), b.name("f")))
            },
            Case(source: "None\nTrue\nFalse\n...\n123\n0xFFFFFFFFFFFFFFFFFFFF\n1.5\n1e300\n2j\n"
                 + "'s'\nu'u'\nb'b'\n\"it's\"\n'\\ud800'") { b in
                let values: [ConstantValue] = [
                    .none, .bool(true), .bool(false), .ellipsis, .int(123), .bigInt([UInt64.max, 0xFFFF]), .float(1.5),
                    .float(1e300), .imaginary(2), .str(PyStringValue("s")), .str(PyStringValue("u")), .bytes([0x62]),
                    .str(PyStringValue("it's")), .str(PyStringValue([0xD800])),
                ]
                return b.module(values.enumerated().map { i, value in b.expr(b.const(value, kindU: i == 10)) })
            },
            Case(source: "变量 = 'ü'\né.ñ") { b in
                b.module(b.node(.assign, 0, b.list(b.name("变量", .store)), b.str("ü")),
                         b.expr(b.node(.attribute, ExprContext.load.rawValue, b.name("é"), b.id("ñ"))))
            },
            Case(source: "x + 1", mode: "eval") { b in
                b.node(.expression, 0, b.node(.binOp, BinaryOperator.add.rawValue, b.name("x"), b.int(1)))
            },
            Case(source: "x = 1", mode: "single") { b in
                b.node(.interactive, 0, b.list(b.node(.assign, 0, b.list(b.name("x", .store)), b.int(1))))
            },
            Case(source: "(int, str) -> bool", mode: "func_type") { b in
                b.node(.functionType, 0, b.list(b.name("int"), b.name("str")), b.name("bool"))
            },
        ])
    }

    func testAttributes() throws {
        try check([
            Case(source: "x = 1", attributes: true) { b in
                b.module(b.node(.assign, 0, b.list(b.name("x", .store, at: span(1, 0, 1, 1))),
                                b.const(.int(1), at: span(1, 4, 1, 5)), at: span(1, 0, 1, 5)))
            },
            Case(source: "from . import a as b", attributes: true) { b in
                let alias = b.node(.alias, 0, b.id("a"), b.id("b"), at: span(1, 14, 1, 20))
                return b.module(b.node(.importFrom, 0, -1, b.list(alias), 1, at: span(1, 0, 1, 20)))
            },
            Case(source: "def f(a, *, b=2):\n    return a\n", attributes: true) { b in
                let args = b.arguments(args: [b.node(.arg, 0, b.id("a"), at: span(1, 6, 1, 7))],
                                       kwonly: [b.node(.arg, 0, b.id("b"), at: span(1, 12, 1, 13))],
                                       kwDefaults: [b.const(.int(2), at: span(1, 14, 1, 15))])
                let ret = b.node(.return_, 0, b.name("a", at: span(2, 11, 2, 12)), at: span(2, 4, 2, 12))
                return b.module(b.node(.functionDef, 0, b.id("f"), args, b.list(ret), b.list(), at: span(1, 0, 2, 12)))
            },
            Case(source: "é = 'ü'", attributes: true) { b in
                b.module(b.node(.assign, 0, b.list(b.name("é", .store, at: span(1, 0, 1, 2))),
                                b.const(.str(PyStringValue("ü")), at: span(1, 5, 1, 9)), at: span(1, 0, 1, 9)))
            },
            Case(source: "match x:\n case _: pass", attributes: true) { b in
                let matchCase = b.node(.matchCase, 0, b.node(.matchAs, at: span(2, 6, 2, 7)), -1,
                                       b.list(b.node(.pass, at: span(2, 9, 2, 13))))
                return b.module(b.node(.match, 0, b.name("x", at: span(1, 6, 1, 7)), b.list(matchCase),
                                       at: span(1, 0, 2, 13)))
            },
            Case(source: "[a for a in b]", attributes: true) { b in
                let loop = b.node(.comprehension, 0, b.name("a", .store, at: span(1, 7, 1, 8)),
                                  b.name("b", at: span(1, 12, 1, 13)), b.list())
                let comp = b.node(.listComp, 0, b.name("a", at: span(1, 1, 1, 2)), b.list(loop), at: span(1, 0, 1, 14))
                return b.module(b.node(.expr, 0, comp, at: span(1, 0, 1, 14)))
            },
        ])
    }

    /// Trees deeper than a recursive walk could comfortably handle.
    func testDeepNesting() throws {
        let depth: Int32 = 3_000
        var chain = "x"
        var ends: [Int32] = []
        for i in 0..<5_000 {
            chain += "+\(i)"
            ends.append(Int32(chain.utf8.count))
        }
        try check([
            Case(source: String(repeating: "-", count: Int(depth)) + "x", mode: "eval", attributes: true) { b in
                var node = b.name("x", at: span(1, depth, 1, depth + 1))
                for column in stride(from: depth - 1, through: 0, by: -1) {
                    node = b.node(.unaryOp, UnaryOperator.uSub.rawValue, node, at: span(1, column, 1, depth + 1))
                }
                return b.node(.expression, 0, node)
            },
            Case(source: chain, mode: "eval", attributes: true) { b in
                var node = b.name("x", at: span(1, 0, 1, 1))
                for (i, end) in ends.enumerated() {
                    let start = end - Int32(String(i).utf8.count)
                    let constant = b.const(.int(Int64(i)), at: span(1, start, 1, end))
                    node = b.node(.binOp, BinaryOperator.add.rawValue, node, constant, at: span(1, 0, 1, end))
                }
                return b.node(.expression, 0, node)
            },
        ])
    }
}

private func span(_ lineno: Int32, _ col: Int32, _ endLineno: Int32, _ endCol: Int32) -> SourceSpan {
    SourceSpan(lineno: lineno, colOffset: col, endLineno: endLineno, endColOffset: endCol)
}

/// Shorthands for building trees by hand; every method returns the raw index of what
/// it added (node, list, name or constant).
private struct TreeBuilder {
    var ast = AST()

    mutating func node(_ kind: NodeKind, _ op: UInt8 = 0, _ a: Int32 = -1, _ b: Int32 = -1, _ c: Int32 = -1,
                       _ d: Int32 = -1, _ e: Int32 = -1, at span: SourceSpan = .zero) -> Int32 {
        ast.add(Node(kind: kind, op: op, span: span, a: a, b: b, c: c, d: d, e: e)).raw
    }

    mutating func list(_ items: Int32...) -> Int32 { list(items) }
    mutating func list(_ items: [Int32]) -> Int32 { ast.list(items).raw }
    mutating func id(_ name: String) -> Int32 { ast.intern(name) }

    mutating func name(_ id: String, _ context: ExprContext = .load, at span: SourceSpan = .zero) -> Int32 {
        node(.name, context.rawValue, self.id(id), at: span)
    }

    mutating func const(_ value: ConstantValue, kindU: Bool = false, at span: SourceSpan = .zero) -> Int32 {
        node(.constant, kindU ? 1 : 0, ast.addConstant(value), at: span)
    }

    mutating func int(_ value: Int64) -> Int32 { const(.int(value)) }
    mutating func str(_ value: String) -> Int32 { const(.str(PyStringValue(value))) }
    mutating func expr(_ value: Int32) -> Int32 { node(.expr, 0, value) }
    mutating func pass() -> Int32 { node(.pass) }
    mutating func module(_ body: Int32...) -> Int32 { module(body) }
    mutating func module(_ body: [Int32]) -> Int32 { node(.module, 0, list(body), ListID.empty.raw) }

    /// An `arguments` node, with its overflow fields stored in `extra` as the parser does.
    mutating func arguments(posonly: [Int32] = [], args: [Int32] = [], vararg: Int32 = -1, kwonly: [Int32] = [],
                            kwDefaults: [Int32] = [], kwarg: Int32 = -1, defaults: [Int32] = []) -> Int32 {
        let posonlyList = list(posonly), argsList = list(args), kwonlyList = list(kwonly)
        let kwDefaultsList = list(kwDefaults), defaultsList = list(defaults)
        let overflow = Int32(ast.extra.count)
        ast.extra += [kwDefaultsList, kwarg, defaultsList]
        return node(.arguments, 0, posonlyList, argsList, vararg, kwonlyList, overflow)
    }
}
