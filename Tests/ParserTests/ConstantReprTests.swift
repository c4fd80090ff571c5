import Foundation
import TestSupport
import XCTest
@testable import Parser

/// Every expected `repr` comes from running CPython 3.11 on the same values.
final class ConstantReprTests: XCTestCase {
    // MARK: - int

    func testInt64() throws {
        var rng = SplitMix64(seed: 1)
        var values: [Int64] = [0, 1, -1, 9, 10, -10, 99, 100, Int64.max, Int64.min, Int64.max - 1]
        for _ in 0..<500 { values.append(Int64(bitPattern: rng.next()) >> (rng.next() % 64)) }
        let expected = try PythonOracle.lines("""
            import sys
            for line in open(sys.argv[1]).read().split():
                print(repr(int(line)))
            """, input: values.map(String.init).joined(separator: "\n"))
        XCTAssertEqual(expected.count, values.count)
        for (value, python) in zip(values, expected) {
            assertSameBytes(PyRepr.int(value), python, "int \(value)")
            assertSameBytes(ConstantValue.int(value).pythonRepr, python, "int \(value)")
        }
    }

    func testBigIntRandomLimbs() throws {
        var rng = SplitMix64(seed: 2)
        var cases: [[UInt64]] = [[], [0], [0, 0], [1, 0, 0], [UInt64.max], [0, 1], [UInt64.max, UInt64.max],
                                 [10_000_000_000_000_000_000], [9_999_999_999_999_999_999, 0]]
        for count in [3, 5, 10, 20, 64, 200, 1_100] {
            cases.append([UInt64](repeating: UInt64.max, count: count))
            cases.append([UInt64](repeating: 0, count: count - 1) + [1])
        }
        for _ in 0..<300 {
            let count = Int(rng.next() % 40) + 1
            var limbs = (0..<count).map { _ in rng.next() }
            // Some with small top limbs, which exercises the trimming and padding.
            if rng.next() % 2 == 0 { limbs[count - 1] %= 1_000 }
            cases.append(limbs)
        }
        let input = cases.map { $0.map { String($0, radix: 16) }.joined(separator: ",") }
        let expected = try PythonOracle.lines("""
            import sys
            sys.set_int_max_str_digits(0)
            for line in open(sys.argv[1]).read().split('\\n')[:-1]:
                limbs = [int(h, 16) for h in line.split(',') if h]
                print(repr(sum(limb << (64 * i) for i, limb in enumerate(limbs))))
            """, input: input.map { $0 + "\n" }.joined())
        XCTAssertEqual(expected.count, cases.count)
        for (limbs, python) in zip(cases, expected) {
            assertSameBytes(PyRepr.bigInt(limbs), python, "limbs \(limbs.prefix(4))… (\(limbs.count))")
        }
    }

    /// Powers of ten and their neighbours, listed by CPython as limbs and repr.
    func testBigIntDecimalBoundaries() throws {
        let rows = try PythonOracle.lines("""
            import sys
            sys.set_int_max_str_digits(0)
            for k in list(range(0, 400)) + [4299, 4300, 4301, 20000]:
                for v in (10**k - 1, 10**k, 10**k + 1):
                    limbs = []
                    rest = v
                    while rest:
                        limbs.append('%x' % (rest & (2**64 - 1)))
                        rest >>= 64
                    print(','.join(limbs) + ';' + repr(v))
            """)
        XCTAssertEqual(rows.count, 404 * 3)
        for row in rows {
            let parts = row.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
            let limbs = parts[0].split(separator: UInt8(ascii: ",")).map {
                UInt64(String(decoding: $0, as: UTF8.self), radix: 16)!
            }
            assertSameBytes(PyRepr.bigInt(limbs), Array(parts[1]), "limbs of \(parts[1].count) digits")
        }
    }

    // MARK: - float and imaginary

    func testFloatsAndImaginaries() throws {
        var values: [Double] = [
            0, -0.0, .infinity, -.infinity, .nan, -.nan, .signalingNaN,
            .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, -.greatestFiniteMagnitude,
            .ulpOfOne, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 0.5, 1.5, 100, 123.456,
            9_007_199_254_740_992, 9_007_199_254_740_994, 9_999_999_999_999_998, 123_456_789_012_345.6,
            1e15, 1e16, 1e17, 1e22, 1e23, 1e-4, 1e-5, 0.000_099_999_999_999_999_99, 1.5e300, 2.5e-5,
            Double(Int64.max), 4.35, 0.3, 2.675, 1e-7, 1.7976931348623157e308, 2.2250738585072014e-308,
        ]
        // Around every decimal exponent, where the layout switches happen.
        for exponent in -325...309 {
            for mantissa in ["1", "9.999999999999999", "5", "1.2345678901234567"] {
                guard let value = Double("\(mantissa)e\(exponent)") else { continue }
                values += [value, value.nextUp, value.nextDown]
            }
        }
        for exponent in -1074...1023 { values.append(Double(sign: .plus, exponent: exponent, significand: 1)) }
        var rng = SplitMix64(seed: 3)
        for _ in 0..<20_000 { values.append(Double(bitPattern: rng.next())) }
        for _ in 0..<5_000 {
            let digits = Double(Int64(bitPattern: rng.next()) >> (rng.next() % 64))
            values.append(digits / pow(10, Double(rng.next() % 25)))
        }
        let input = values.map { hex16($0.bitPattern) + "\n" }.joined()
        let expected = try PythonOracle.lines("""
            import sys, struct
            for line in open(sys.argv[1]).read().split():
                x = struct.unpack('>d', bytes.fromhex(line))[0]
                print(repr(x))
                print(repr(complex(0.0, x)))
            """, input: input)
        XCTAssertEqual(expected.count, 2 * values.count)
        for (i, value) in values.enumerated() {
            let bits = hex16(value.bitPattern)
            assertSameBytes(PyRepr.float(value), expected[2 * i], "float \(bits)")
            assertSameBytes(ConstantValue.float(value).pythonRepr, expected[2 * i], "float \(bits)")
            assertSameBytes(PyRepr.imaginary(value), expected[2 * i + 1], "imaginary \(bits)")
            assertSameBytes(ConstantValue.imaginary(value).pythonRepr, expected[2 * i + 1], "imaginary \(bits)")
        }
    }

    // MARK: - str

    /// Every code point, in runs of 256, so each one's escaping is checked against
    /// CPython's Unicode 14 tables.
    func testStrEveryCodePoint() throws {
        let expected = try PythonOracle.lines("""
            for start in range(0, 0x110000, 256):
                print(repr(''.join(map(chr, range(start, start + 256)))))
            """)
        XCTAssertEqual(expected.count, 0x110000 / 256)
        for (i, python) in expected.enumerated() {
            let start = UInt32(i * 256)
            let value = PyStringValue(Array(start..<start + 256))
            assertSameBytes(PyRepr.str(value), python, "code points from \(start)")
        }
    }

    func testStrTrickyAndRandom() throws {
        var cases: [[UInt32]] = [
            [], [0x27], [0x22], [0x27, 0x22], [0x22, 0x27, 0x22], [0x5C], [0x5C, 0x27], [0x27, 0x5C, 0x27],
            [0x41, 0x27, 0x42], [0x41, 0x22, 0x42], [0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0x00, 0x1B, 0x7F],
            [0x85, 0xA0, 0xAD, 0xFF, 0x100, 0x2028, 0x2029, 0x3000, 0xFEFF, 0x200B, 0x200D],
            [0xD800], [0xDFFF], [0xD83D, 0xDE00], [0xDE00, 0xD83D], [0x1F600], [0x1F469, 0x200D, 0x1F4BB],
            [0x1F44D, 0x1F3FD], [0x65, 0x301], [0x301], [0x5D0, 0x5B0, 0x661], [0xE000], [0xF8FF], [0x10FFFD],
            [0xFFFE, 0xFFFF, 0x10FFFF], [0xE0001], [0x1F6DC], [0x1FA75], [0x2FFC], [0x1CC00], [0x0378],
            [0x1D173], [0x110000 - 1], Array("it's \"quoted\" \\ text".unicodeScalars.map(\.value)),
        ]
        let pools: [ClosedRange<UInt32>] = [
            0x20...0x7E, 0x22...0x22, 0x27...0x27, 0x5C...0x5C, 0x00...0x1F, 0x7F...0xA0, 0xA1...0x2FF,
            0x300...0x36F, 0x370...0xFFFF, 0xD800...0xDFFF, 0xE000...0xF8FF, 0x10000...0x10FFFF,
            0x1F300...0x1FAFF,
        ]
        var rng = SplitMix64(seed: 4)
        for _ in 0..<3_000 {
            let length = Int(rng.next() % 12)
            cases.append((0..<length).map { _ in
                let pool = pools[Int(rng.next() % UInt64(pools.count))]
                return pool.lowerBound + UInt32(rng.next() % UInt64(pool.count))
            })
        }
        let input = cases.map { $0.map { String($0, radix: 16) }.joined(separator: " ") + "\n" }.joined()
        let expected = try PythonOracle.lines("""
            import sys
            for line in open(sys.argv[1]).read().split('\\n')[:-1]:
                print(repr(''.join(chr(int(h, 16)) for h in line.split())))
            """, input: input)
        XCTAssertEqual(expected.count, cases.count)
        for (scalars, python) in zip(cases, expected) {
            let hex = scalars.map { String($0, radix: 16) }
            assertSameBytes(PyRepr.str(PyStringValue(scalars)), python, "str \(hex)")
            assertSameBytes(ConstantValue.str(PyStringValue(scalars)).pythonRepr, python, "str \(hex)")
        }
    }

    func testStrFromSwiftString() throws {
        let strings = ["héllo", "naïve café", "e\u{301}", "Ωmega", "tab\there", "'", "\"'", "日本語", "x🙂y"]
        let input = strings.map { $0.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " ") }
        let expected = try PythonOracle.lines("""
            import sys
            for line in open(sys.argv[1]).read().split('\\n'):
                print(repr(''.join(chr(int(h, 16)) for h in line.split())))
            """, input: input.joined(separator: "\n"))
        XCTAssertEqual(expected.count, strings.count)
        for (string, python) in zip(strings, expected) {
            assertSameBytes(PyRepr.str(string), python, "str \(string.debugDescription)")
        }
    }

    // MARK: - bytes

    func testBytes() throws {
        var cases: [[UInt8]] = (0...255).map { [UInt8($0)] }
        cases += [[], [0x27, 0x22], [0x27, 0x41], [0x22, 0x41], [0x5C, 0x27, 0x5C], Array("it's".utf8),
                  Array("say \"hi\"".utf8), Array("ü".utf8), [0x09, 0x0A, 0x0D, 0x00, 0x7F, 0x80, 0xFF]]
        var rng = SplitMix64(seed: 5)
        for _ in 0..<2_000 {
            let length = Int(rng.next() % 16)
            cases.append((0..<length).map { _ in
                // Favour the quote and backslash bytes, which drive the quoting rule.
                let pick = rng.next()
                return pick % 4 == 0 ? [0x22, 0x27, 0x5C][Int(pick / 4 % 3)] : UInt8(truncatingIfNeeded: pick >> 8)
            })
        }
        let input = cases.map { $0.map { hex2($0) }.joined() + "\n" }.joined()
        let expected = try PythonOracle.lines("""
            import sys
            for line in open(sys.argv[1]).read().split('\\n')[:-1]:
                print(repr(bytes.fromhex(line)))
            """, input: input)
        XCTAssertEqual(expected.count, cases.count)
        for (bytes, python) in zip(cases, expected) {
            assertSameBytes(PyRepr.bytes(bytes), python, "bytes \(bytes)")
            assertSameBytes(ConstantValue.bytes(bytes).pythonRepr, python, "bytes \(bytes)")
        }
    }

    // MARK: - every case of ConstantValue

    func testConstantValueCases() throws {
        let cases: [(ConstantValue, String)] = [
            (.none, "None"), (.bool(true), "True"), (.bool(false), "False"), (.ellipsis, "..."),
            (.int(42), "42"), (.int(-7), "-7"), (.bigInt([0, 0, 1]), "2**128"), (.float(2.5), "2.5"),
            (.float(1e100), "1e100"), (.imaginary(3), "3j"), (.imaginary(0.25), "0.25j"),
            (.str(PyStringValue("it's")), "\"it's\""), (.str(PyStringValue([0x61, 0xDC80])), "'a\\udc80'"),
            (.bytes([0x00, 0x27, 0x41]), "b\"\\x00'A\""),
        ]
        let expected = try PythonOracle.lines("""
            import sys
            for line in open(sys.argv[1]).read().split('\\n'):
                print(repr(eval(line)))
            """, input: cases.map(\.1).joined(separator: "\n"))
        XCTAssertEqual(expected.count, cases.count)
        for ((value, source), python) in zip(cases, expected) {
            assertSameBytes(value.pythonRepr, python, "constant \(source)")
        }
    }
}

/// A small deterministic generator, so that a failure can be reproduced.
private struct SplitMix64 {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

private func hex16(_ value: UInt64) -> String {
    let digits = String(value, radix: 16)
    return String(repeating: "0", count: 16 - digits.count) + digits
}

private func hex2(_ value: UInt8) -> String {
    value < 16 ? "0" + String(value, radix: 16) : String(value, radix: 16)
}
