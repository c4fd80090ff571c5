/// `SRE(search)`: tries the pattern at each position from `start`, using the INFO
/// block to skip positions that cannot match: a literal prefix is looked for with
/// its overlap table (Knuth-Morris-Pratt), a set of first characters is tested
/// before the engine starts.
extension SREState {
    mutating func search<C: SRECodeUnit>(_: C.Type) -> Int {
        let text = subject.data.assumingMemoryBound(to: C.self)
        @inline(__always) func ch(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }
        var ptr = start
        var end = self.end
        if ptr > end { return 0 }
        var flags: UInt32 = 0
        var prefixLength = 0, prefixSkip = 0, prefix = 0, charset = -1
        var pc = 0
        if code[0] == SREOpcode.info.rawValue {
            // <INFO> <skip> <flags> <min> <max> <prefix or charset>
            flags = code[2]
            let minimum = Int(code[3])
            if minimum != 0 && end - ptr < minimum { return 0 }
            if minimum > 1 {
                // The last possible start leaves room for the minimum (at least one
                // position stays, for the literal search).
                end -= minimum - 1
                if end <= ptr { end = ptr }
            }
            if flags & SREConstants.infoPrefix != 0 {
                // <length> <skip> <prefix> <overlap table>
                prefixLength = Int(code[5])
                prefixSkip = Int(code[6])
                prefix = 7
            } else if flags & SREConstants.infoCharset != 0 {
                charset = 5
            }
            pc = 1 + Int(code[1])
        }
        let literalOnly = flags & SREConstants.infoLiteral != 0

        if prefixLength == 1 {
            let c = code[prefix]
            end = self.end
            mustAdvance = false
            while ptr < end {
                while ch(ptr) != c {
                    ptr += 1
                    if ptr >= end { return 0 }
                }
                start = ptr
                self.ptr = ptr + prefixSkip
                if literalOnly { return 1 }
                let status = run(C.self, at: pc + 2 * prefixSkip, toplevel: false)
                if status != 0 { return status }
                ptr += 1
                lastmark = -1
                lastindex = -1
            }
            return 0
        }

        if prefixLength > 1 {
            end = self.end
            if prefixLength > end - ptr { return 0 }
            let overlap = prefix + prefixLength - 1
            while ptr < end {
                let c = code[prefix]
                while true {
                    let here = ch(ptr)
                    ptr += 1
                    if here == c { break }
                    if ptr >= end { return 0 }
                }
                if ptr >= end { return 0 }
                var i = 1
                mustAdvance = false
                repeat {
                    if ch(ptr) == code[prefix + i] {
                        i += 1
                        if i != prefixLength {
                            ptr += 1
                            if ptr >= end { return 0 }
                            continue
                        }
                        // The whole prefix ends at ptr.
                        start = ptr - (prefixLength - 1)
                        self.ptr = ptr - (prefixLength - prefixSkip - 1)
                        if literalOnly { return 1 }
                        let status = run(C.self, at: pc + 2 * prefixSkip, toplevel: false)
                        if status != 0 { return status }
                        ptr += 1
                        if ptr >= end { return 0 }
                        lastmark = -1
                        lastindex = -1
                    }
                    i = Int(code[overlap + i])
                } while i != 0
            }
            return 0
        }

        if charset >= 0 {
            end = self.end
            mustAdvance = false
            while true {
                while ptr < end && !inSet(charset, ch(ptr)) { ptr += 1 }
                if ptr >= end { return 0 }
                start = ptr
                self.ptr = ptr
                let status = run(C.self, at: pc, toplevel: false)
                if status != 0 { return status }
                ptr += 1
                lastmark = -1
                lastindex = -1
            }
        }

        start = ptr
        self.ptr = ptr
        var status = run(C.self, at: pc, toplevel: true)
        mustAdvance = false
        if status == 0 && code[pc] == SREOpcode.at.rawValue
            && (code[pc + 1] == SREAt.beginning || code[pc + 1] == SREAt.beginningString) {
            // Anchored at the beginning: no later position can match.
            start = end
            self.ptr = end
            return 0
        }
        while status == 0 && ptr < end {
            ptr += 1
            lastmark = -1
            lastindex = -1
            start = ptr
            self.ptr = ptr
            status = run(C.self, at: pc, toplevel: false)
        }
        return status
    }
}
