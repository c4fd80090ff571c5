import Krait
import XCTest

/// `krait --dis`: one section per code object, instructions named by the instruction
/// specification, operands resolved to constants, names and jump targets.
final class DisassemblerTests: XCTestCase {
    func testListsEveryCodeObjectWithResolvedOperands() throws {
        let source = "def f(a):\n    for x in a:\n        if x: return 'found'\n    return None\nclass C:\n    pass\n"
        let text = try SourceTools.disassemble(source: Array(source.utf8), filename: "m.py")
        XCTAssertTrue(text.contains("Disassembly of <code object <module> at #0, file \"m.py\", line 1>:"), text)
        XCTAssertTrue(text.contains("Disassembly of <code object f at #1, file \"m.py\", line 1>:"), text)
        XCTAssertTrue(text.contains("Disassembly of <code object C at #2, file \"m.py\", line 5>:"), text)
        XCTAssertTrue(text.contains("LOAD_CONST") && text.contains("('found')"), text)
        XCTAssertTrue(text.contains("STORE_NAME") && text.contains("(f)"), text)
        XCTAssertTrue(text.contains("FOR_ITER") && text.contains(">>"), text)
        XCTAssertTrue(text.contains("LOAD_BUILD_CLASS"), text)
    }

    func testExceptStarAndAsyncGeneratorInstructions() throws {
        let source = "try:\n    pass\nexcept* ValueError:\n    pass\nasync def g(xs):\n    yield [x async for x in xs]\n"
        let text = try SourceTools.disassemble(source: Array(source.utf8), filename: "m.py")
        for name in ["CHECK_EG_MATCH", "PREP_RERAISE_STAR", "ASYNC_GEN_WRAP", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "GET_AWAITABLE"] {
            XCTAssertTrue(text.contains(name), "\(name) missing in:\n\(text)")
        }
        XCTAssertTrue(text.contains("Disassembly of <code object <listcomp> at #2"), text)
    }

    func testFoldedConstantsAreLoadedWhole() throws {
        let source = "x = 2 * 3 + -1\ny = x in {1, 2}\nz = {'a': x, 'b': y}\nw = [1, 2, 3]\nv = 1 / 0\n"
        let text = try SourceTools.disassemble(source: Array(source.utf8), filename: "m.py")
        XCTAssertTrue(text.contains("LOAD_CONST") && text.contains("(5)"), text)
        XCTAssertTrue(text.contains("frozenset({1, 2})"), text)
        XCTAssertTrue(text.contains("BUILD_CONST_KEY_MAP") && text.contains("('a', 'b')"), text)
        XCTAssertTrue(text.contains("LIST_EXTEND") && text.contains("(1, 2, 3)"), text)
        // 1 / 0 raises, so it stays an operation for run time.
        XCTAssertTrue(text.contains("BINARY_OP") && text.contains("(/)"), text)
        XCTAssertFalse(text.contains("UNARY_NEGATIVE"), text)
    }

    func testCompileErrorsAreSyntaxErrors() {
        let result = SourceTools.disassembleOrError(source: Array("return 1\n".utf8), filename: "bad.py")
        guard case .failure(let error) = result else { return XCTFail("'return' outside function compiled") }
        XCTAssertEqual(error.typeName, "SyntaxError")
        XCTAssertEqual(error.message, "'return' outside function")
    }
}
