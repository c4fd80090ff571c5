/// The code units of a subject: one, two or four bytes each.
protocol SRECodeUnit: FixedWidthInteger & UnsignedInteger {}
extension UInt8: SRECodeUnit {}
extension UInt16: SRECodeUnit {}
extension UInt32: SRECodeUnit {}

/// The matching engine, CPython's `SRE(match)`: a loop over code words whose
/// backtracking points are contexts on an explicit stack (`contexts`), so no pattern
/// or subject can exhaust the native stack. An opcode that tries a sub-pattern pushes
/// a context for it and goes on in it; when that context finishes with `ret` (1
/// matched, 0 failed, negative an error), it is popped and the opcode that pushed it
/// resumes where its `jump` says, with the position and code offset it saved.
extension SREState {
    mutating func run<C: SRECodeUnit>(_: C.Type, at entry: Int, toplevel: Bool) -> Int {
        let text = subject.data.assumingMemoryBound(to: C.self)
        let code = self.code
        let end = self.end
        let length = subject.length
        let base = contexts.count
        guard contexts.push(SREContext(toplevel: toplevel)) else { return SREError.memory }
        var ci = base
        var pc = entry
        var ptr = 0
        var ret = 0
        var entering = true

        @inline(__always) func ch(_ i: Int) -> UInt32 { UInt32(truncatingIfNeeded: text[i]) }
        @inline(__always) func word(_ i: Int) -> Int { Int(code[i]) }

        machine: while true {
            opcodes: do {
                if entering {
                    ptr = self.ptr
                    if code[pc] == SREOpcode.info.rawValue {
                        // Too little text left for the pattern's minimum width.
                        let minimum = code[pc + 3]
                        if minimum != 0 && UInt(bitPattern: end - ptr) < UInt(minimum) {
                            ret = 0
                            break opcodes
                        }
                        pc += word(pc + 1) + 1
                    }
                }
                entering = true
                while true {
                    guard let op = SREOpcode.decode(code[pc]) else {
                        contexts.count = base
                        return SREError.illegal
                    }
                    pc += 1
                    switch op {
                    case .mark:
                        let i = word(pc)
                        if i & 1 != 0 { lastindex = i / 2 + 1 }
                        if i > lastmark {
                            // Marks skipped over were not reached.
                            var j = lastmark + 1
                            while j < i { marks[j] = -1; j += 1 }
                            lastmark = i
                        }
                        marks[i] = ptr
                        pc += 1

                    case .literal:
                        if ptr >= end || ch(ptr) != code[pc] { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .notLiteral:
                        if ptr >= end || ch(ptr) == code[pc] { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .success:
                        if contexts[ci].toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start)) {
                            ret = 0
                            break opcodes
                        }
                        self.ptr = ptr
                        ret = 1
                        break opcodes

                    case .at:
                        if !isAt(text, ptr, code[pc]) { ret = 0; break opcodes }
                        pc += 1

                    case .category:
                        if ptr >= end || !SRECharacters.category(table, code[pc], ch(ptr)) { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .any:
                        if ptr >= end || ch(ptr) == 0x0A { ret = 0; break opcodes }
                        ptr += 1

                    case .anyAll:
                        if ptr >= end { ret = 0; break opcodes }
                        ptr += 1

                    case .in:
                        if ptr >= end || !inSet(pc + 1, ch(ptr)) { ret = 0; break opcodes }
                        pc += word(pc)
                        ptr += 1

                    case .literalIgnore:
                        if ptr >= end || SRECharacters.lowerASCII(ch(ptr)) != code[pc] { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .literalUniIgnore:
                        if ptr >= end || SRECharacters.lowerUnicode(table, ch(ptr)) != code[pc] { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .literalLocIgnore:
                        if ptr >= end || !SRECharacters.locIgnore(code[pc], ch(ptr)) { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .notLiteralIgnore:
                        if ptr >= end || SRECharacters.lowerASCII(ch(ptr)) == code[pc] { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .notLiteralUniIgnore:
                        if ptr >= end || SRECharacters.lowerUnicode(table, ch(ptr)) == code[pc] { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .notLiteralLocIgnore:
                        if ptr >= end || SRECharacters.locIgnore(code[pc], ch(ptr)) { ret = 0; break opcodes }
                        pc += 1
                        ptr += 1

                    case .inIgnore:
                        if ptr >= end || !inSet(pc + 1, SRECharacters.lowerASCII(ch(ptr))) { ret = 0; break opcodes }
                        pc += word(pc)
                        ptr += 1

                    case .inUniIgnore:
                        if ptr >= end || !inSet(pc + 1, SRECharacters.lowerUnicode(table, ch(ptr))) { ret = 0; break opcodes }
                        pc += word(pc)
                        ptr += 1

                    case .inLocIgnore:
                        if ptr >= end || !inSetLocIgnore(pc + 1, ch(ptr)) { ret = 0; break opcodes }
                        pc += word(pc)
                        ptr += 1

                    case .jump, .info:
                        pc += word(pc)

                    case .branch:
                        // <BRANCH> <skip> alternative <JUMP> ... <0>
                        contexts[ci].lastmark = lastmark
                        contexts[ci].lastindex = lastindex
                        if repeatIndex >= 0 && !pushMarks(lastmark) { contexts.count = base; return SREError.memory }
                        if let next = nextBranch(text, pc, ptr) {
                            pc = next
                        } else {
                            if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                            ret = 0
                            break opcodes
                        }
                        self.ptr = ptr
                        guard enter(ci, pc, ptr, .branch) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        pc += 1
                        continue machine

                    case .repeatOne:
                        // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: as many
                        // single-character items as possible, then give them back one
                        // at a time until the tail matches.
                        let minimum = word(pc + 1)
                        if minimum > end - ptr { ret = 0; break opcodes }
                        self.ptr = ptr
                        let n = count(C.self, pc + 3, code[pc + 2])
                        if n < 0 { contexts.count = base; return n }
                        contexts[ci].count = n
                        ptr += n
                        if n < minimum { ret = 0; break opcodes }
                        let tail = pc + word(pc)
                        if code[tail] == SREOpcode.success.rawValue && ptr == end
                            && !(contexts[ci].toplevel && mustAdvance && ptr == start) {
                            self.ptr = ptr
                            ret = 1
                            break opcodes
                        }
                        contexts[ci].lastmark = lastmark
                        contexts[ci].lastindex = lastindex
                        if repeatIndex >= 0 && !pushMarks(lastmark) { contexts.count = base; return SREError.memory }
                        let jump: SREJump
                        if code[tail] == SREOpcode.literal.rawValue {
                            // Only positions followed by the tail's literal can match.
                            contexts[ci].aux = word(tail + 1)
                            guard let p = backUp(text, ci, ptr, minimum) else {
                                if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                                ret = 0
                                break opcodes
                            }
                            ptr = p
                            jump = .repeatOne1
                        } else {
                            jump = .repeatOne2
                        }
                        self.ptr = ptr
                        guard enter(ci, pc, ptr, jump) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        pc = tail
                        continue machine

                    case .minRepeatOne:
                        // <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail: as few
                        // items as possible, one more each time the tail fails.
                        let minimum = word(pc + 1)
                        if minimum > end - ptr { ret = 0; break opcodes }
                        self.ptr = ptr
                        if minimum == 0 {
                            contexts[ci].count = 0
                        } else {
                            let n = count(C.self, pc + 3, code[pc + 1])
                            if n < 0 { contexts.count = base; return n }
                            if n < minimum { ret = 0; break opcodes }
                            contexts[ci].count = n
                            ptr += n
                        }
                        let tail = pc + word(pc)
                        if code[tail] == SREOpcode.success.rawValue
                            && !(contexts[ci].toplevel && ((matchAll && ptr != end) || (mustAdvance && ptr == start))) {
                            self.ptr = ptr
                            ret = 1
                            break opcodes
                        }
                        contexts[ci].lastmark = lastmark
                        contexts[ci].lastindex = lastindex
                        if repeatIndex >= 0 && !pushMarks(lastmark) { contexts.count = base; return SREError.memory }
                        if code[pc + 2] != SREConstants.maxRepeat && contexts[ci].count > word(pc + 2) {
                            if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                            ret = 0
                            break opcodes
                        }
                        self.ptr = ptr
                        guard enter(ci, pc, ptr, .minRepeatOne) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        pc = tail
                        continue machine

                    case .possessiveRepeatOne:
                        // As REPEAT_ONE, never giving an item back.
                        if ptr + word(pc + 1) > end { ret = 0; break opcodes }
                        self.ptr = ptr
                        let n = count(C.self, pc + 3, code[pc + 2])
                        if n < 0 { contexts.count = base; return n }
                        contexts[ci].count = n
                        ptr += n
                        if n < word(pc + 1) { ret = 0; break opcodes }
                        pc += word(pc)
                        if code[pc] == SREOpcode.success.rawValue && ptr == end
                            && !(contexts[ci].toplevel && mustAdvance && ptr == start) {
                            self.ptr = ptr
                            ret = 1
                            break opcodes
                        }

                    case .repeat:
                        // <REPEAT> <skip> <min> <max> item <MAX_UNTIL|MIN_UNTIL> tail: a
                        // record for the UNTIL, which does the work.
                        guard repeats.push(SRERepeat(count: -1, pc: pc, lastPtr: -1, prev: repeatIndex)) else {
                            contexts.count = base
                            return SREError.memory
                        }
                        repeatIndex = repeats.count - 1
                        contexts[ci].aux = repeatIndex
                        self.ptr = ptr
                        guard enter(ci, pc, ptr, .repeat) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        pc += word(pc)
                        continue machine

                    case .maxUntil:
                        // Another item while the maximum allows, else the tail.
                        let r = repeatIndex
                        if r < 0 { contexts.count = base; return SREError.state }
                        contexts[ci].aux = r
                        self.ptr = ptr
                        let n = repeats[r].count + 1
                        contexts[ci].count = n
                        let rpc = repeats[r].pc
                        if n < word(rpc + 1) {
                            repeats[r].count = n
                            guard enter(ci, pc, ptr, .maxUntil1) else { contexts.count = base; return SREError.memory }
                            ci += 1
                            pc = rpc + 3
                            continue machine
                        }
                        if (n < word(rpc + 2) || code[rpc + 2] == SREConstants.maxRepeat) && ptr != repeats[r].lastPtr {
                            repeats[r].count = n
                            contexts[ci].lastmark = lastmark
                            contexts[ci].lastindex = lastindex
                            guard pushMarks(lastmark), saved.push(repeats[r].lastPtr) else {
                                contexts.count = base
                                return SREError.memory
                            }
                            repeats[r].lastPtr = ptr
                            guard enter(ci, pc, ptr, .maxUntil2) else { contexts.count = base; return SREError.memory }
                            ci += 1
                            pc = rpc + 3
                            continue machine
                        }
                        repeatIndex = repeats[r].prev
                        guard enter(ci, pc, ptr, .maxUntil3) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        continue machine

                    case .minUntil:
                        // The tail first; another item only when it fails.
                        let r = repeatIndex
                        if r < 0 { contexts.count = base; return SREError.state }
                        contexts[ci].aux = r
                        self.ptr = ptr
                        let n = repeats[r].count + 1
                        contexts[ci].count = n
                        let rpc = repeats[r].pc
                        if n < word(rpc + 1) {
                            repeats[r].count = n
                            guard enter(ci, pc, ptr, .minUntil1) else { contexts.count = base; return SREError.memory }
                            ci += 1
                            pc = rpc + 3
                            continue machine
                        }
                        repeatIndex = repeats[r].prev
                        contexts[ci].lastmark = lastmark
                        contexts[ci].lastindex = lastindex
                        if repeatIndex >= 0 && !pushMarks(lastmark) { contexts.count = base; return SREError.memory }
                        guard enter(ci, pc, ptr, .minUntil2) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        continue machine

                    case .possessiveRepeat:
                        // <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail:
                        // items matched one after another, none ever given back.
                        self.ptr = ptr
                        contexts[ci].count = 0
                        if word(pc + 1) > 0 {
                            guard enter(ci, pc, ptr, .possessive1, toplevel: false) else {
                                contexts.count = base
                                return SREError.memory
                            }
                            ci += 1
                            pc += 3
                            continue machine
                        }
                        switch morePossessive(ci, pc, previous: -1) {
                        case .enter:
                            ci += 1
                            pc += 3
                            continue machine
                        case .done:
                            pc += word(pc) + 1
                            ptr = self.ptr
                        case .memory:
                            contexts.count = base
                            return SREError.memory
                        }

                    case .atomicGroup:
                        // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                        self.ptr = ptr
                        guard enter(ci, pc, ptr, .atomicGroup, toplevel: false) else {
                            contexts.count = base
                            return SREError.memory
                        }
                        ci += 1
                        pc += 1
                        continue machine

                    case .groupref, .grouprefIgnore, .grouprefUniIgnore, .grouprefLocIgnore:
                        let g = 2 * word(pc)
                        if g >= lastmark { ret = 0; break opcodes }
                        var p = marks[g]
                        let e = marks[g + 1]
                        if p < 0 || e < 0 || e < p { ret = 0; break opcodes }
                        while p < e {
                            if ptr >= end { ret = 0; break opcodes }
                            let a = ch(ptr), b = ch(p)
                            let same: Bool
                            switch op {
                            case .groupref: same = a == b
                            case .grouprefIgnore: same = SRECharacters.lowerASCII(a) == SRECharacters.lowerASCII(b)
                            case .grouprefUniIgnore: same = SRECharacters.lowerUnicode(table, a) == SRECharacters.lowerUnicode(table, b)
                            default: same = SRECharacters.lowerLocale(a) == SRECharacters.lowerLocale(b)
                            }
                            if !same { ret = 0; break opcodes }
                            p += 1
                            ptr += 1
                        }
                        pc += 1

                    case .grouprefExists:
                        // <GROUPREF_EXISTS> <group> <skip> yes <JUMP> no
                        let g = 2 * word(pc)
                        if g >= lastmark || marks[g] < 0 || marks[g + 1] < 0 || marks[g + 1] < marks[g] {
                            pc += word(pc + 1)
                        } else {
                            pc += 2
                        }

                    case .assert:
                        // <ASSERT> <skip> <back> pattern: lookahead, or lookbehind by `back`.
                        let back = word(pc + 1)
                        if ptr < back { ret = 0; break opcodes }
                        self.ptr = ptr - back
                        guard enter(ci, pc, ptr, .assert, toplevel: false) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        pc += 2
                        continue machine

                    case .assertNot:
                        let back = word(pc + 1)
                        if ptr >= back {
                            self.ptr = ptr - back
                            contexts[ci].lastmark = lastmark
                            contexts[ci].lastindex = lastindex
                            if repeatIndex >= 0 && !pushMarks(lastmark) { contexts.count = base; return SREError.memory }
                            guard enter(ci, pc, ptr, .assertNot, toplevel: false) else {
                                contexts.count = base
                                return SREError.memory
                            }
                            ci += 1
                            pc += 2
                            continue machine
                        }
                        pc += word(pc)

                    case .failure:
                        ret = 0
                        break opcodes

                    case .range, .negate, .bigCharset, .charset, .subpattern, .rangeUniIgnore:
                        contexts.count = base
                        return SREError.illegal
                    }
                }
            }

            // The current context has finished with `ret`: resume the one that started it.
            unwind: while true {
                let done = contexts.pop()
                if contexts.count == base { return ret }
                ci -= 1
                pc = contexts[ci].pc
                ptr = contexts[ci].ptr
                switch done.jump {
                case .none:
                    return ret

                case .branch:
                    if ret != 0 {
                        if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                        continue unwind
                    }
                    if repeatIndex >= 0 { popMarks(contexts[ci].lastmark, keep: true) }
                    lastmark = contexts[ci].lastmark
                    lastindex = contexts[ci].lastindex
                    if let next = nextBranch(text, pc + word(pc), ptr) {
                        pc = next
                        self.ptr = ptr
                        guard enter(ci, pc, ptr, .branch) else { contexts.count = base; return SREError.memory }
                        ci += 1
                        pc += 1
                        continue machine
                    }
                    if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                    continue unwind

                case .repeatOne1, .repeatOne2:
                    if ret != 0 {
                        if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                        continue unwind
                    }
                    if repeatIndex >= 0 { popMarks(contexts[ci].lastmark, keep: true) }
                    lastmark = contexts[ci].lastmark
                    lastindex = contexts[ci].lastindex
                    ptr -= 1
                    contexts[ci].count -= 1
                    let minimum = word(pc + 1)
                    var more = contexts[ci].count >= minimum
                    if more && done.jump == .repeatOne1 {
                        if let p = backUp(text, ci, ptr, minimum) { ptr = p } else { more = false }
                    }
                    if !more {
                        if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                        continue unwind
                    }
                    self.ptr = ptr
                    guard enter(ci, pc, ptr, done.jump) else { contexts.count = base; return SREError.memory }
                    ci += 1
                    pc += word(pc)
                    continue machine

                case .minRepeatOne:
                    if ret != 0 {
                        if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                        continue unwind
                    }
                    if repeatIndex >= 0 { popMarks(contexts[ci].lastmark, keep: true) }
                    lastmark = contexts[ci].lastmark
                    lastindex = contexts[ci].lastindex
                    self.ptr = ptr
                    let n = count(C.self, pc + 3, 1)
                    if n < 0 { contexts.count = base; return n }
                    if n == 0 {
                        if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                        continue unwind
                    }
                    ptr += 1
                    contexts[ci].count += 1
                    if code[pc + 2] != SREConstants.maxRepeat && contexts[ci].count > word(pc + 2) {
                        if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                        ret = 0
                        continue unwind
                    }
                    self.ptr = ptr
                    guard enter(ci, pc, ptr, .minRepeatOne) else { contexts.count = base; return SREError.memory }
                    ci += 1
                    pc += word(pc)
                    continue machine

                case .repeat:
                    let r = contexts[ci].aux
                    repeatIndex = repeats[r].prev
                    repeats.count = r
                    continue unwind

                case .maxUntil1, .minUntil1:
                    if ret != 0 { continue unwind }
                    let r = contexts[ci].aux
                    repeats[r].count = contexts[ci].count - 1
                    self.ptr = ptr
                    continue unwind

                case .maxUntil2:
                    let r = contexts[ci].aux
                    repeats[r].lastPtr = saved.pop()
                    if ret != 0 {
                        dropMarks(contexts[ci].lastmark)
                        continue unwind
                    }
                    popMarks(contexts[ci].lastmark)
                    lastmark = contexts[ci].lastmark
                    lastindex = contexts[ci].lastindex
                    repeats[r].count = contexts[ci].count - 1
                    self.ptr = ptr
                    // No further item: the tail.
                    repeatIndex = repeats[r].prev
                    guard enter(ci, pc, ptr, .maxUntil3) else { contexts.count = base; return SREError.memory }
                    ci += 1
                    continue machine

                case .maxUntil3:
                    repeatIndex = contexts[ci].aux
                    if ret != 0 { continue unwind }
                    self.ptr = ptr
                    continue unwind

                case .minUntil2:
                    let r = contexts[ci].aux
                    let repeatOfTail = repeatIndex
                    repeatIndex = r
                    if ret != 0 {
                        if repeatOfTail >= 0 { dropMarks(contexts[ci].lastmark) }
                        continue unwind
                    }
                    if repeatOfTail >= 0 { popMarks(contexts[ci].lastmark) }
                    lastmark = contexts[ci].lastmark
                    lastindex = contexts[ci].lastindex
                    self.ptr = ptr
                    // The tail failed: one more item, if allowed and not empty.
                    let rpc = repeats[r].pc
                    if (contexts[ci].count >= word(rpc + 2) && code[rpc + 2] != SREConstants.maxRepeat)
                        || ptr == repeats[r].lastPtr {
                        ret = 0
                        continue unwind
                    }
                    repeats[r].count = contexts[ci].count
                    guard saved.push(repeats[r].lastPtr) else { contexts.count = base; return SREError.memory }
                    repeats[r].lastPtr = ptr
                    guard enter(ci, pc, ptr, .minUntil3) else { contexts.count = base; return SREError.memory }
                    ci += 1
                    pc = rpc + 3
                    continue machine

                case .minUntil3:
                    let r = contexts[ci].aux
                    repeats[r].lastPtr = saved.pop()
                    if ret != 0 { continue unwind }
                    repeats[r].count = contexts[ci].count - 1
                    self.ptr = ptr
                    continue unwind

                case .possessive1:
                    if ret == 0 {
                        self.ptr = ptr
                        continue unwind
                    }
                    contexts[ci].count += 1
                    if contexts[ci].count < word(pc + 1) {
                        guard enter(ci, pc, ptr, .possessive1, toplevel: false) else {
                            contexts.count = base
                            return SREError.memory
                        }
                        ci += 1
                        pc += 3
                        continue machine
                    }
                    fallthrough

                case .possessive2:
                    var previous = -1
                    if done.jump == .possessive2 {
                        previous = ptr
                        if ret != 0 {
                            dropMarks(contexts[ci].lastmark)
                            contexts[ci].count += 1
                        } else {
                            popMarks(contexts[ci].lastmark)
                            lastmark = contexts[ci].lastmark
                            lastindex = contexts[ci].lastindex
                            self.ptr = ptr
                            previous = self.ptr
                        }
                    }
                    switch morePossessive(ci, pc, previous: previous) {
                    case .enter:
                        ci += 1
                        pc += 3
                        continue machine
                    case .done:
                        pc += word(pc) + 1
                        ptr = self.ptr
                        entering = false
                        continue machine
                    case .memory:
                        contexts.count = base
                        return SREError.memory
                    }

                case .atomicGroup:
                    if ret == 0 {
                        self.ptr = ptr
                        continue unwind
                    }
                    pc += word(pc)
                    ptr = self.ptr
                    entering = false
                    continue machine

                case .assert:
                    if ret == 0 { continue unwind }
                    pc += word(pc)
                    entering = false
                    continue machine

                case .assertNot:
                    if ret != 0 {
                        if repeatIndex >= 0 { dropMarks(contexts[ci].lastmark) }
                        ret = 0
                        continue unwind
                    }
                    if repeatIndex >= 0 { popMarks(contexts[ci].lastmark) }
                    lastmark = contexts[ci].lastmark
                    lastindex = contexts[ci].lastindex
                    pc += word(pc)
                    entering = false
                    continue machine
                }
            }
        }
    }

    /// Pushes the context for a sub-pattern started by the opcode of context `ci`,
    /// which saves its code offset and position and resumes at `jump`.
    @inline(__always)
    mutating func enter(_ ci: Int, _ pc: Int, _ ptr: Int, _ jump: SREJump, toplevel: Bool? = nil) -> Bool {
        contexts[ci].pc = pc
        contexts[ci].ptr = ptr
        return contexts.push(SREContext(toplevel: toplevel ?? contexts[ci].toplevel, jump: jump))
    }

    /// The next alternative of a BRANCH from the one at `pc` (its skip word) that can
    /// start at `ptr`, judged by a leading literal or set; nil after the last. (Mutating
    /// only to be passed the state by reference, as the tests in SRESets.swift.)
    @inline(__always)
    mutating func nextBranch<C: SRECodeUnit>(_ text: UnsafePointer<C>, _ pc: Int, _ ptr: Int) -> Int? {
        var pc = pc
        while code[pc] != 0 {
            let first = code[pc + 1]
            if first == SREOpcode.literal.rawValue
                && (ptr >= end || UInt32(truncatingIfNeeded: text[ptr]) != code[pc + 2]) {
                pc += Int(code[pc])
                continue
            }
            if first == SREOpcode.in.rawValue && (ptr >= end || !inSet(pc + 3, UInt32(truncatingIfNeeded: text[ptr]))) {
                pc += Int(code[pc])
                continue
            }
            return pc
        }
        return nil
    }

    /// For a REPEAT_ONE whose tail starts with a literal: moves back from `ptr`
    /// (giving items back) to where that literal follows; nil when fewer than
    /// `minimum` items would be left.
    @inline(__always)
    mutating func backUp<C: SRECodeUnit>(_ text: UnsafePointer<C>, _ ci: Int, _ ptr: Int, _ minimum: Int) -> Int? {
        let literal = UInt32(truncatingIfNeeded: contexts[ci].aux)
        var ptr = ptr
        while contexts[ci].count >= minimum && (ptr >= end || UInt32(truncatingIfNeeded: text[ptr]) != literal) {
            ptr -= 1
            contexts[ci].count -= 1
        }
        return contexts[ci].count < minimum ? nil : ptr
    }

    enum PossessiveStep { case enter, done, memory }

    /// The next item of a POSSESSIVE_REPEAT past its minimum, unless the maximum is
    /// reached or the last item was empty (`previous` is where it started).
    mutating func morePossessive(_ ci: Int, _ pc: Int, previous: Int) -> PossessiveStep {
        let maximum = code[pc + 2]
        guard (contexts[ci].count < Int(maximum) || maximum == SREConstants.maxRepeat) && self.ptr != previous else {
            return .done
        }
        contexts[ci].lastmark = lastmark
        contexts[ci].lastindex = lastindex
        guard pushMarks(lastmark) else { return .memory }
        return enter(ci, pc, self.ptr, .possessive2, toplevel: false) ? .enter : .memory
    }
}
