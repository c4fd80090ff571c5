import ObjectModel

/// Single-position tests of the engine: AT positions, character sets and runs of
/// one-character items. The tests only read the state, but are `mutating` so that the
/// engine's mutating loops pass it by reference: a non-mutating call from there copies
/// the whole state (208 bytes) first.
extension SREState {
    /// `SRE(at)`: whether position `ptr` is where AT's argument `at` wants it.
    @inline(__always)
    mutating func isAt<C: SRECodeUnit>(_ text: UnsafePointer<C>, _ ptr: Int, _ at: UInt32) -> Bool {
        @inline(__always) func ch(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }
        switch at {
        case SREAt.beginning, SREAt.beginningString:
            return ptr == 0
        case SREAt.beginningLine:
            return ptr == 0 || ch(ptr - 1) == 0x0A
        case SREAt.end:
            return (end - ptr == 1 && ch(ptr) == 0x0A) || ptr == end
        case SREAt.endLine:
            return ptr == end || (ptr < subject.length && ch(ptr) == 0x0A)
        case SREAt.endString:
            return ptr == end
        case SREAt.boundary, SREAt.nonBoundary, SREAt.locBoundary, SREAt.locNonBoundary,
             SREAt.uniBoundary, SREAt.uniNonBoundary:
            if end == 0 { return false }
            let kind = at < SREAt.locBoundary ? 0 : at < SREAt.uniBoundary ? 1 : 2
            @inline(__always) func isWord(_ c: UInt32) -> Bool {
                switch kind {
                case 0: return SRECharacters.isWord(c)
                case 1: return SRECharacters.isLocWord(c)
                default: return SRECharacters.isUniWord(table, c)
                }
            }
            let before = ptr > 0 && isWord(ch(ptr - 1))
            let here = ptr < end && isWord(ch(ptr))
            let negated = at == SREAt.nonBoundary || at == SREAt.locNonBoundary || at == SREAt.uniNonBoundary
            return negated ? before == here : before != here
        default:
            return false
        }
    }

    /// `SRE(charset)`: whether `c` is in the set whose items start at code offset `set`
    /// (ending with FAILURE; NEGATE flips the answer).
    mutating func inSet(_ set: Int, _ c: UInt32) -> Bool {
        var ok = true
        var i = set
        while true {
            guard let op = SREOpcode.decode(code[i]) else { return false }
            i += 1
            switch op {
            case .failure:
                return !ok
            case .literal:
                if c == code[i] { return ok }
                i += 1
            case .category:
                if SRECharacters.category(table, code[i], c) { return ok }
                i += 1
            case .charset:
                if c < 256 && code[i + Int(c >> 5)] & (1 << (c & 31)) != 0 { return ok }
                i += 8
            case .range:
                if code[i] <= c && c <= code[i + 1] { return ok }
                i += 2
            case .rangeUniIgnore:
                // `c` is lower case already; its upper case may be in the range too.
                if code[i] <= c && c <= code[i + 1] { return ok }
                let upper = SRECharacters.upperUnicode(table, c)
                if code[i] <= upper && upper <= code[i + 1] { return ok }
                i += 2
            case .negate:
                ok = !ok
            case .bigCharset:
                // <BIGCHARSET> <blocks> <256 block numbers, one byte each> <blocks of 256 bits>
                let blocks = Int(code[i])
                i += 1
                if c < 0x10000 {
                    let block = Int(UnsafeRawPointer(code + i).load(fromByteOffset: Int(c >> 8), as: UInt8.self))
                    let bit = block * 256 + Int(c & 255)
                    if code[i + 64 + (bit >> 5)] & (1 << (c & 31)) != 0 { return ok }
                }
                i += 64 + blocks * 8
            default:
                return false
            }
        }
    }

    /// Whether `c` in either (locale) case is in the set.
    mutating func inSetLocIgnore(_ set: Int, _ c: UInt32) -> Bool {
        let lower = SRECharacters.lowerLocale(c)
        if inSet(set, lower) { return true }
        let upper = SRECharacters.upperLocale(c)
        return upper != lower && inSet(set, upper)
    }

    /// `SRE(count)`: how many times (up to `maximum`) the one-character item at code
    /// offset `item` matches from `ptr` on, or an error.
    mutating func count<C: SRECodeUnit>(_: C.Type, _ item: Int, _ maximum: UInt32) -> Int {
        let text = subject.data.assumingMemoryBound(to: C.self)
        @inline(__always) func ch(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }
        let first = self.ptr
        var stop = end
        if maximum != SREConstants.maxRepeat && Int(maximum) < stop - first { stop = first + Int(maximum) }
        if first >= stop { return 0 }
        var p = first
        let c = code[item + 1]
        switch SREOpcode.decode(code[item]) {
        case .in?:
            while p < stop && inSet(item + 2, ch(p)) { p += 1 }
        case .any?:
            while p < stop && ch(p) != 0x0A { p += 1 }
        case .anyAll?:
            p = stop
        case .literal?:
            while p < stop && ch(p) == c { p += 1 }
        case .literalIgnore?:
            while p < stop && SRECharacters.lowerASCII(ch(p)) == c { p += 1 }
        case .literalUniIgnore?:
            while p < stop && SRECharacters.lowerUnicode(table, ch(p)) == c { p += 1 }
        case .literalLocIgnore?:
            while p < stop && SRECharacters.locIgnore(c, ch(p)) { p += 1 }
        case .notLiteral?:
            while p < stop && ch(p) != c { p += 1 }
        case .notLiteralIgnore?:
            while p < stop && SRECharacters.lowerASCII(ch(p)) != c { p += 1 }
        case .notLiteralUniIgnore?:
            while p < stop && SRECharacters.lowerUnicode(table, ch(p)) != c { p += 1 }
        case .notLiteralLocIgnore?:
            while p < stop && !SRECharacters.locIgnore(c, ch(p)) { p += 1 }
        case .inIgnore?:
            while p < stop && inSet(item + 2, SRECharacters.lowerASCII(ch(p))) { p += 1 }
        case .inUniIgnore?:
            while p < stop && inSet(item + 2, SRECharacters.lowerUnicode(table, ch(p))) { p += 1 }
        case .inLocIgnore?:
            while p < stop && inSetLocIgnore(item + 2, ch(p)) { p += 1 }
        default:
            // Any other item: matched by the engine, one at a time.
            while self.ptr < stop {
                if Recursion.nativeStackIsLow() { return SREError.recursionLimit }
                let before = self.ptr
                let matched = run(C.self, at: item, toplevel: false)
                if matched < 0 { return matched }
                // An item that matched nothing would match so for ever.
                if matched == 0 || self.ptr == before { break }
            }
            return self.ptr - first
        }
        return p - first
    }
}
