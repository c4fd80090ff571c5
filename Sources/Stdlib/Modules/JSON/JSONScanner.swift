#if canImport(Glibc)
import Glibc
#endif
import ObjectLayout
import ObjectModel

/// `_json.make_scanner(context)`: the decoder's `scan_once`, CPython's `scan_once_unicode`.
/// Calling it with `(string, idx)` gives the value there and the index after it, or
/// raises StopIteration(idx) when no value starts there.
enum JSONScanner {
    typealias Object = KraitJSONScannerObject

    static func setUp() {
        let type = Krait_jsonScanner_type!
        ModuleTypes.define(type, "_json.Scanner", size: MemoryLayout<Object>.size, doc: "JSON scanner object", base: false,
                           traverse: { o, visit, arg in
                               let s = o!.layout(KraitJSONScannerObject.self)
                               Trace.visit(s.pointee.object_hook, visit, arg)
                               Trace.visit(s.pointee.object_pairs_hook, visit, arg)
                               Trace.visit(s.pointee.parse_float, visit, arg)
                               Trace.visit(s.pointee.parse_int, visit, arg)
                               Trace.visit(s.pointee.parse_constant, visit, arg)
                               return 0
                           }, constructor: { type, args throws(PyException) in try JSONScanner.make(type, args) })
        type.pointee.kr_call = { s, a, n, k in
            CBoundary.value { () throws(PyException) in
                let p = try Arguments(a, n, k).parse("scan_once", ["string", "idx"], required: 2)
                let string = p[0]!
                let index = try JSONErrors.size(p[1]!)
                guard ModuleTypes.isStr(string) else { throw JSONErrors.notAString(string) }
                let memo = Dict.new()
                let (value, next) = try JSONScanner.scanOnce(s.layout(KraitJSONScannerObject.self), memo, JSONText(string), index)
                return Tuple.make([value, IntObject.make(next)])
            }
        }
        let member = { (name: String, path: KeyPath<Object, KraitValue>) in
            (name: name, type: Int32(T_KRAIT_VALUE), offset: MemoryLayout<Object>.offset(of: path)!, readOnly: true, doc: Optional(name))
        }
        type.pointee.tp_members = MemberDescriptors.memberTable([
            member("strict", \.strict), member("object_hook", \.object_hook), member("object_pairs_hook", \.object_pairs_hook),
            member("parse_float", \.parse_float), member("parse_int", \.parse_int), member("parse_constant", \.parse_constant),
        ])
    }

    static func make(_ type: TypePointer, _ args: Arguments) throws(PyException) -> Value {
        let context = try args.parse("make_scanner", ["context"], required: 1)[0]!
        let object = Value(ModuleTypes.allocate(type))
        let s = object.layout(Object.self)
        s.pointee.strict = .bool(try Protocols.isTrue(try Protocols.getAttribute(context, "strict")))
        s.pointee.object_hook = try Protocols.getAttribute(context, "object_hook")
        s.pointee.object_pairs_hook = try Protocols.getAttribute(context, "object_pairs_hook")
        s.pointee.parse_float = try Protocols.getAttribute(context, "parse_float")
        s.pointee.parse_int = try Protocols.getAttribute(context, "parse_int")
        s.pointee.parse_constant = try Protocols.getAttribute(context, "parse_constant")
        return object
    }

    static func scanOnce(_ s: UnsafeMutablePointer<Object>, _ memo: Value, _ text: JSONText, _ index: Int) throws(PyException) -> (Value, Int) {
        if index < 0 { throw PyException.valueError("idx cannot be negative") }
        if index >= text.count { throw JSONErrors.stopIteration(index) }
        switch text[index] {
        case 0x22:
            return try JSONStrings.scan(text, index + 1, strict: s.pointee.strict == .true)
        case 0x7B:
            return try Recursion.guarded(" while decoding a JSON object from a unicode string") { () throws(PyException) in
                try parseObject(s, memo, text, index + 1)
            }
        case 0x5B:
            return try Recursion.guarded(" while decoding a JSON array from a unicode string") { () throws(PyException) in
                try parseArray(s, memo, text, index + 1)
            }
        case 0x6E where text.matches("null", at: index): return (.none, index + 4)
        case 0x74 where text.matches("true", at: index): return (.true, index + 4)
        case 0x66 where text.matches("false", at: index): return (.false, index + 5)
        case 0x4E where text.matches("NaN", at: index): return try constant(s, "NaN", index)
        case 0x49 where text.matches("Infinity", at: index): return try constant(s, "Infinity", index)
        case 0x2D where text.matches("-Infinity", at: index): return try constant(s, "-Infinity", index)
        default: break
        }
        return try number(s, text, index)
    }

    static func constant(_ s: UnsafeMutablePointer<Object>, _ name: String, _ index: Int) throws(PyException) -> (Value, Int) {
        (try Protocols.call(s.pointee.parse_constant, Str.make(name)), index + name.utf8.count)
    }

    /// The members of an object whose `{` is just before `start`: a dict (keys shared
    /// through `memo`), or what `object_pairs_hook` or `object_hook` makes of them.
    static func parseObject(_ s: UnsafeMutablePointer<Object>, _ memo: Value, _ text: JSONText, _ start: Int) throws(PyException) -> (Value, Int) {
        let pairs = s.pointee.object_pairs_hook != .none
        let result = pairs ? List.new() : Dict.new()
        var i = text.skipWhitespace(start)
        if i >= text.count || text[i] != 0x7D {
            while true {
                guard i < text.count, text[i] == 0x22 else {
                    throw JSONErrors.decode("Expecting property name enclosed in double quotes", text.value, i)
                }
                var (key, next) = try JSONStrings.scan(text, i + 1, strict: s.pointee.strict == .true)
                if let shared = try Dict.getItem(memo, key) { key = shared } else { try Dict.setItem(memo, key, key) }
                i = text.skipWhitespace(next)
                guard i < text.count, text[i] == 0x3A else { throw JSONErrors.decode("Expecting ':' delimiter", text.value, i) }
                i = text.skipWhitespace(i + 1)
                let (value, after) = try scanOnce(s, memo, text, i)
                if pairs {
                    List.append(result, Tuple.make([key, value]))
                } else {
                    try Dict.setItem(result, key, value)
                }
                i = text.skipWhitespace(after)
                if i < text.count && text[i] == 0x7D { break }
                guard i < text.count, text[i] == 0x2C else { throw JSONErrors.decode("Expecting ',' delimiter", text.value, i) }
                i = text.skipWhitespace(i + 1)
            }
        }
        if pairs { return (try Protocols.call(s.pointee.object_pairs_hook, result), i + 1) }
        if s.pointee.object_hook != .none { return (try Protocols.call(s.pointee.object_hook, result), i + 1) }
        return (result, i + 1)
    }

    /// The items of an array whose `[` is just before `start`.
    static func parseArray(_ s: UnsafeMutablePointer<Object>, _ memo: Value, _ text: JSONText, _ start: Int) throws(PyException) -> (Value, Int) {
        let result = List.new()
        var i = text.skipWhitespace(start)
        if i >= text.count || text[i] != 0x5D {
            while true {
                let (value, after) = try scanOnce(s, memo, text, i)
                List.append(result, value)
                i = text.skipWhitespace(after)
                if i < text.count && text[i] == 0x5D { break }
                guard i < text.count, text[i] == 0x2C else { throw JSONErrors.decode("Expecting ',' delimiter", text.value, i) }
                i = text.skipWhitespace(i + 1)
            }
        }
        return (result, i + 1)
    }

    @inline(__always)
    static func isDigit(_ c: UInt32) -> Bool { c >= 0x30 && c <= 0x39 }

    /// The int or float a short number's text stands for, read without making a str:
    /// an int of up to 18 digits, or a float of up to 63 characters (read by `strtod`,
    /// correctly rounded as float's own parser is). Nil for longer ones.
    static func machineNumber(_ text: JSONText, _ range: Range<Int>, isFloat: Bool) -> Value? {
        if !isFloat {
            let negative = text[range.lowerBound] == 0x2D
            let first = negative ? range.lowerBound + 1 : range.lowerBound
            guard range.upperBound - first <= 18 else { return nil }
            var n = 0
            for k in first..<range.upperBound { n = n * 10 + Int(text[k] - 0x30) }
            return IntObject.make(negative ? -n : n)
        }
        guard range.count < 64 else { return nil }
        var buffer: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        let x = withUnsafeMutableBytes(of: &buffer) { bytes -> Double in
            for (k, index) in range.enumerated() { bytes[k] = UInt8(truncatingIfNeeded: text[index]) }
            return strtod(bytes.baseAddress!.assumingMemoryBound(to: CChar.self), nil)
        }
        return FloatObject.make(x)
    }

    /// A number at `start` (`-`, digits without a leading zero, a fraction, an
    /// exponent), made by `parse_int`/`parse_float` unless they are int and float.
    static func number(_ s: UnsafeMutablePointer<Object>, _ text: JSONText, _ start: Int) throws(PyException) -> (Value, Int) {
        let last = text.count - 1
        var i = start
        if text[i] == 0x2D {
            i += 1
            if i > last { throw JSONErrors.stopIteration(start) }
        }
        if text[i] >= 0x31 && text[i] <= 0x39 {
            i += 1
            while i <= last && isDigit(text[i]) { i += 1 }
        } else if text[i] == 0x30 {
            i += 1
        } else {
            throw JSONErrors.stopIteration(start)
        }
        var isFloat = false
        if i < last && text[i] == 0x2E && isDigit(text[i + 1]) {
            isFloat = true
            i += 2
            while i <= last && isDigit(text[i]) { i += 1 }
        }
        if i < last && (text[i] == 0x65 || text[i] == 0x45) {
            let exponentStart = i
            i += 1
            if i < last && (text[i] == 0x2D || text[i] == 0x2B) { i += 1 }
            while i <= last && isDigit(text[i]) { i += 1 }
            if isDigit(text[i - 1]) { isFloat = true } else { i = exponentStart }
        }
        let function = isFloat ? s.pointee.parse_float : s.pointee.parse_int
        let standard = Value(isFloat ? Krait_float_type : Krait_int_type)
        if function == standard, let value = machineNumber(text, start..<i, isFloat: isFloat) { return (value, i) }
        let digits = Str.substring(text.value, start..<i)
        if function != standard { return (try Protocols.call(function, digits), i) }
        // The exact types parse an ASCII copy of the digits (never a subclass's str).
        return (try Protocols.call(standard, Str.make(Str.swiftString(digits))), i)
    }
}
