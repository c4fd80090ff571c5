// libFuzzer target for the parser: any bytes must give either a tree or a
// PySyntaxError, never a crash, a hang or a sanitizer report.
//
// scripts/fuzz-parser.sh compiles this file in one module with all of
// Sources/Parser, which is why there is no `import Parser`.

@_cdecl("LLVMFuzzerTestOneInput")
public func parserFuzzTest(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let tree = try PythonParser.parse(source: source, filename: "<fuzz>")
        // Dumping walks every node, so a tree with a dangling child index or a
        // malformed list crashes here rather than somewhere in the compiler later.
        _ = ASTDumper.dump(tree, includeAttributes: true)
    } catch is PySyntaxError {
        // Rejecting bad input is the parser's job.
    } catch {
        fatalError("PythonParser.parse threw something other than PySyntaxError: \(error)")
    }
    return 0
}
