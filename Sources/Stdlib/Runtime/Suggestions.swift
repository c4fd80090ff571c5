import ObjectLayout
import ObjectModel

/// CPython 3.11's `Python/suggestions.c`: the "Did you mean" name the uncaught-exception
/// printer adds to an AttributeError (from `dir(obj)`) or a NameError (from the failing
/// frame's local variables, then its globals, then its builtins).
enum Suggestions {
    static let maxCandidates = 750, maxStringSize = 40, moveCost = 2, caseCost = 1

    /// The suggestion for an exception of exactly AttributeError or NameError, if any.
    static func offer(_ exc: Value) -> String? {
        if exc.isExactly(Krait_exc_AttributeError) {
            let e = exc.layout(PyAttributeErrorObject.self)
            guard let name = e.pointee.name, let obj = e.pointee.obj, Value(name).isExactly(Krait_str_type) else { return nil }
            guard let names = try? sortedDir(Value(obj)) else { return nil }
            return closest(to: Str.swiftString(Value(name)), among: names)
        }
        guard exc.isExactly(Krait_exc_NameError), let name = exc.layout(PyNameErrorObject.self).pointee.name,
              Value(name).isExactly(Krait_str_type), var tb = try? Protocols.getAttribute(exc, "__traceback__"), tb != .none else {
            return nil
        }
        while let next = try? Protocols.getAttribute(tb, "tb_next"), next != .none { tb = next }
        guard let frame = try? Protocols.getAttribute(tb, "tb_frame") else { return nil }
        let wanted = Str.swiftString(Value(name))
        for source in [("f_code", "co_varnames"), ("f_globals", nil), ("f_builtins", nil)] {
            guard var names = try? Protocols.getAttribute(frame, source.0) else { continue }
            if let field = source.1 { guard let v = try? Protocols.getAttribute(names, field) else { continue }; names = v }
            if let list = try? namesOf(names), let found = closest(to: wanted, among: list) { return found }
        }
        return nil
    }

    /// `dir(obj)`: the names from the type's `__dir__`, sorted.
    static func sortedDir(_ obj: Value) throws(PyException) -> [String] {
        guard let method = SlotFunctions.lookupSpecial(obj, "__dir__") else { return [] }
        let names = try Protocols.call(Value(Krait_list_type), try SlotFunctions.callUnbound(method, obj, []))
        _ = try Protocols.callMethod(names, "sort")
        return try namesOf(names)
    }

    /// The names in an iterable of strings (non-strings are skipped).
    static func namesOf(_ iterable: Value) throws(PyException) -> [String] {
        var out: [String] = []
        let it = try Protocols.iterator(iterable)
        while let item = try Protocols.next(it) {
            if item.isObject && TypeObject.isSubtype(item.type, of: Krait_str_type) { out.append(Str.swiftString(item)) }
        }
        return out
    }

    /// CPython's `calculate_suggestions`: the nearest candidate within a third of the
    /// characters, the first of equally near ones; none among 750 or more candidates.
    static func closest(to name: String, among candidates: [String]) -> String? {
        guard candidates.count < maxCandidates else { return nil }
        let target = Array(name.utf8)
        var best: String?, bestDistance = Int.max
        for candidate in candidates where candidate != name {
            let bytes = Array(candidate.utf8)
            let limit = min((target.count + bytes.count + 3) * moveCost / 6, bestDistance - 1)
            let distance = levenshtein(target, bytes, limit: limit)
            if distance <= limit && (best == nil || distance < bestDistance) {
                best = candidate
                bestDistance = distance
            }
        }
        return best
    }

    /// A case change costs 1, any other edit 2 (CPython's `substitution_cost`).
    static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
        if a & 31 != b & 31 { return moveCost }
        if a == b { return 0 }
        func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c + 32 : c }
        return lower(a) == lower(b) ? caseCost : moveCost
    }

    /// CPython's `levenshtein_distance`, giving up (limit + 1) once every entry of a row
    /// is beyond `limit`.
    static func levenshtein(_ first: [UInt8], _ second: [UInt8], limit: Int) -> Int {
        var a = first[...], b = second[...]
        while let x = a.first, let y = b.first, x == y { a = a.dropFirst(); b = b.dropFirst() }
        while let x = a.last, let y = b.last, x == y { a = a.dropLast(); b = b.dropLast() }
        if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
        if a.count > maxStringSize || b.count > maxStringSize { return limit + 1 }
        if b.count < a.count { swap(&a, &b) }
        if (b.count - a.count) * moveCost > limit { return limit + 1 }
        let shorter = Array(a)
        var row = (0..<shorter.count).map { ($0 + 1) * moveCost }
        var result = 0
        for (bIndex, code) in b.enumerated() {
            var distance = bIndex * moveCost
            result = distance
            var minimum = Int.max
            for index in 0..<shorter.count {
                let substitute = distance + substitutionCost(code, shorter[index])
                distance = row[index]
                result = min(min(result, distance) + moveCost, substitute)
                row[index] = result
                minimum = min(minimum, result)
            }
            if minimum > limit { return limit + 1 }
        }
        return result
    }
}
