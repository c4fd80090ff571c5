/// NFD, NFKD, NFC and NFKC as CPython 3.11's unicodedata computes them (`nfd_nfkd`,
/// `nfc_nfkc`), step for step, so that its results are CPython's also where an
/// implementation could differ. `legacy` is ucd_3_2_0's: characters unassigned in
/// Unicode 3.2.0 do not decompose and NormalizationCorrections apply; combining
/// classes and compositions are 14.0.0's in both, as in CPython.
enum UnicodeNormalization {
    static let sBase: UInt32 = 0xAC00, lBase: UInt32 = 0x1100, vBase: UInt32 = 0x1161, tBase: UInt32 = 0x11A7
    static let lCount: UInt32 = 19, vCount: UInt32 = 21, tCount: UInt32 = 28
    static let nCount = vCount * tCount, sCount = lCount * nCount

    static func decompose(_ input: [UInt32], compatibility: Bool, legacy: Bool) -> [UInt32] {
        var output: [UInt32] = []
        output.reserveCapacity(input.count)
        var stack: [UInt32] = []
        for c in input {
            stack.append(c)
            while let code = stack.popLast() {
                if code >= sBase && code < sBase + sCount {
                    let s = code - sBase
                    output.append(lBase + s / nCount)
                    output.append(vBase + (s % nCount) / tCount)
                    if s % tCount != 0 { output.append(tBase + s % tCount) }
                    continue
                }
                if legacy, let corrected = UnicodeData.oldCorrections[code] {
                    stack.append(corrected)
                    continue
                }
                guard !(legacy && UnicodeData.unassignedInOld(code)), let d = UnicodeData.decompositions[code],
                      !d.compatibility || compatibility else {
                    output.append(code)
                    continue
                }
                stack.append(contentsOf: d.points.reversed())
            }
        }
        sortCanonically(&output)
        return output
    }

    /// CPython's canonical ordering: each combining character is moved back over the
    /// non-starters of a higher class before it.
    static func sortCanonically(_ s: inout [UInt32]) {
        guard !s.isEmpty else { return }
        var prev = UnicodeData.combining(s[0])
        var i = 1
        while i < s.count {
            let cur = UnicodeData.combining(s[i])
            if prev == 0 || cur == 0 || prev <= cur {
                prev = cur
                i += 1
                continue
            }
            var o = i - 1
            while true {
                s.swapAt(o, o + 1)
                o -= 1
                if o < 0 { break }
                prev = UnicodeData.combining(s[o])
                if prev == 0 || prev <= cur { break }
            }
            prev = UnicodeData.combining(s[i])
            i += 1
        }
    }

    static func compose(_ input: [UInt32], compatibility: Bool, legacy: Bool) -> [UInt32] {
        let s = decompose(input, compatibility: compatibility, legacy: legacy)
        let firsts = UnicodeData.compositionFirsts, lasts = UnicodeData.compositionLasts
        var output: [UInt32] = []
        output.reserveCapacity(s.count)
        // Positions already combined into an earlier character.
        var skipped: [Int] = []
        var i = 0
        while i < s.count {
            if let k = skipped.firstIndex(of: i) {
                skipped.swapAt(k, skipped.count - 1)
                skipped.removeLast()
                i += 1
                continue
            }
            var code = s[i]
            // Hangul: <L, V> and <LV, T>, the input being decomposed.
            if code >= lBase && code < lBase + lCount && i + 1 < s.count && s[i + 1] >= vBase && s[i + 1] < vBase + vCount {
                code = sBase + ((code - lBase) * vCount + (s[i + 1] - vBase)) * tCount
                i += 2
                if i < s.count && s[i] > tBase && s[i] < tBase + tCount {
                    code += s[i] - tBase
                    i += 1
                }
                output.append(code)
                continue
            }
            guard firsts.contains(code) else {
                output.append(code)
                i += 1
                continue
            }
            var composed = code
            var j = i + 1
            var comb = 0
            while j < s.count {
                let next = s[j]
                let combNext = UnicodeData.combining(next)
                if comb != 0 {
                    if combNext == 0 { break }
                    if comb >= combNext {
                        j += 1
                        continue
                    }
                }
                guard lasts.contains(next), let pair = UnicodeData.compositions[UInt64(composed) << 21 | UInt64(next)] else {
                    if combNext == 0 { break }
                    comb = combNext
                    j += 1
                    continue
                }
                composed = pair
                skipped.append(j)
                j += 1
                if !firsts.contains(composed) { break }
            }
            output.append(composed)
            i += 1
        }
        return output
    }

    /// The characters that NFC, and those that NFKC, change on their own.
    static let composedChanges: (nfc: Set<UInt32>, nfkc: Set<UInt32>) = {
        var nfc = Set<UInt32>(), nfkc = Set<UInt32>()
        for c in UnicodeData.decompositions.keys {
            if compose([c], compatibility: false, legacy: false) != [c] { nfc.insert(c) }
            if compose([c], compatibility: true, legacy: false) != [c] { nfkc.insert(c) }
        }
        return (nfc, nfkc)
    }()

    /// CPython's `is_normalized_quickcheck(..., yes_only=true)` == YES: the text is
    /// certainly in the form, by each character's quick-check property (derived
    /// here: NFD and NFKD say no to what decomposes, NFC and NFKC to what they change,
    /// and maybe to what can end a composition) and canonical order.
    static func quickCheckYes(_ input: [UInt32], compose: Bool, compatibility: Bool) -> Bool {
        var previous = 0
        for c in input where c >= 0x80 {
            let combining = UnicodeData.combining(c)
            if combining != 0 && previous > combining { return false }
            previous = combining
            if c >= sBase && c < sBase + sCount {
                if !compose { return false }
                continue
            }
            if compose {
                if UnicodeData.compositionLasts.contains(c) || (c >= vBase && c < vBase + vCount) || (c > tBase && c < tBase + tCount) {
                    return false
                }
                if (compatibility ? composedChanges.nfkc : composedChanges.nfc).contains(c) { return false }
            } else if let d = UnicodeData.decompositions[c], compatibility || !d.compatibility {
                return false
            }
        }
        return true
    }

    /// The form named `form` of `input`, or nil for a name that is no form.
    static func normalize(_ form: String, _ input: [UInt32], legacy: Bool) -> [UInt32]? {
        switch form {
        case "NFC": return compose(input, compatibility: false, legacy: legacy)
        case "NFKC": return compose(input, compatibility: true, legacy: legacy)
        case "NFD": return decompose(input, compatibility: false, legacy: legacy)
        case "NFKD": return decompose(input, compatibility: true, legacy: legacy)
        default: return nil
        }
    }
}
