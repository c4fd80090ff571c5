import ObjectLayout
import ObjectModel

/// Where the engine resumes a context once the context it started has finished
/// (CPython's `JUMP_*` labels).
enum SREJump: UInt8 {
    case none, maxUntil1, maxUntil2, maxUntil3, minUntil1, minUntil2, minUntil3, `repeat`
    case repeatOne1, repeatOne2, minRepeatOne, branch, assert, assertNot, possessive1, possessive2, atomicGroup
}

/// One level of the explicit backtracking stack: an opcode in progress, with what it
/// needs to go on once the context it started returns.
struct SREContext {
    /// The opcode's operands (or where dispatch resumes), and the position there.
    var pc = 0
    var ptr = 0
    var count = 0
    /// A repeat record's index (MAX_UNTIL, MIN_UNTIL, REPEAT) or a literal (REPEAT_ONE).
    var aux = 0
    var lastmark = -1
    var lastindex = -1
    var toplevel = false
    /// Where the context that started this one resumes when this one returns.
    var jump = SREJump.none
}

/// A REPEAT in progress: how many times its body matched, the REPEAT's operands, the
/// position of the last body attempt (so an empty body cannot loop), the enclosing one.
struct SRERepeat {
    var count: Int
    var pc: Int
    var lastPtr: Int
    var prev: Int
}

/// CPython's `SRE_STATE`: one matching or searching run over a subject, by positions
/// (code unit indices) rather than pointers. The stacks are malloc'd and freed by
/// `deallocate`, so a state must not outlive its call.
struct SREState {
    let code: UnsafePointer<UInt32>
    let subject: SRESubject
    let table: SREUnicodeTable.Blocks
    /// The bounds given, clipped to the subject.
    let pos: Int
    let endpos: Int
    /// Where the current attempt starts and the bound it may not pass.
    var start: Int
    var end: Int
    /// Where the last successful match ended.
    var ptr: Int
    var matchAll = false
    /// The match may not be empty at `start` (the previous one was empty there).
    var mustAdvance = false
    /// Start and end positions of the groups seen so far (-1: not set); `lastmark` is
    /// the highest valid index.
    let marks: UnsafeMutablePointer<Int>
    var lastmark = -1
    var lastindex = -1
    /// The innermost REPEAT in progress (an index into `repeats`), or -1.
    var repeatIndex = -1
    var repeats = SREStack<SRERepeat>()
    var contexts = SREStack<SREContext>()
    /// Saved marks and repeat positions.
    var saved = SREStack<Int>()

    init(_ pattern: Value, _ subject: SRESubject, pos: Int, endpos: Int) throws(PyException) {
        let p = pattern.layout(KraitPatternObject.self)
        if subject.isBytes && p.pointee.isbytes == 0 {
            throw PyException.typeError("cannot use a string pattern on a bytes-like object")
        }
        if !subject.isBytes && p.pointee.isbytes > 0 {
            throw PyException.typeError("cannot use a bytes pattern on a string-like object")
        }
        code = SREPattern.code(pattern)
        self.subject = subject
        table = SREUnicodeTable.blocks
        let first = Swift.min(Swift.max(pos, 0), subject.length)
        let last = Swift.min(Swift.max(endpos, 0), subject.length)
        self.pos = first
        self.endpos = last
        start = first
        end = last
        ptr = first
        // MARK may name one pair past the groups (the validator allows it).
        let markCount = 2 * p.pointee.groups + 2
        marks = UnsafeMutablePointer<Int>.allocate(capacity: markCount)
        marks.initialize(repeating: -1, count: markCount)
    }

    mutating func deallocate() {
        marks.deallocate()
        repeats.deallocate()
        contexts.deallocate()
        saved.deallocate()
    }

    /// Forgets the groups and repeats of a previous attempt.
    @inline(__always)
    mutating func reset() {
        lastmark = -1
        lastindex = -1
        repeatIndex = -1
        repeats.count = 0
        contexts.count = 0
        saved.count = 0
    }

    /// `sre_match`: whether the pattern matches at `start` (1), not (0), or an error.
    mutating func match() -> Int {
        ptr = start
        switch subject.charSize {
        case 1: return run(UInt8.self, at: 0, toplevel: true)
        case 2: return run(UInt16.self, at: 0, toplevel: true)
        default: return run(UInt32.self, at: 0, toplevel: true)
        }
    }

    /// `sre_search`: the first match from `start` on, which then spans `start..<ptr`.
    mutating func search() -> Int {
        ptr = start
        switch subject.charSize {
        case 1: return search(UInt8.self)
        case 2: return search(UInt16.self)
        default: return search(UInt32.self)
        }
    }

    /// The text of group `index` (1 on) for findall and split: empty or nil when the
    /// group did not take part.
    func group(_ index: Int, of string: Value, emptyIfUnset: Bool) -> Value {
        let i = 2 * (index - 1)
        if i >= lastmark || marks[i] < 0 || marks[i + 1] < 0 {
            return emptyIfUnset ? subject.slice(string, 0, 0) : .none
        }
        return subject.slice(string, marks[i], marks[i + 1])
    }

    // MARK: Saving marks

    /// Saves marks 0...lastmark (nothing when none is set).
    @inline(__always)
    mutating func pushMarks(_ lastmark: Int) -> Bool {
        guard lastmark >= 0 else { return true }
        guard saved.reserve(lastmark + 1) else { return false }
        for i in 0...lastmark { _ = saved.push(marks[i]) }
        return true
    }

    /// Restores marks saved by `pushMarks(lastmark)`, dropping them unless `keep`.
    @inline(__always)
    mutating func popMarks(_ lastmark: Int, keep: Bool = false) {
        guard lastmark >= 0 else { return }
        let first = saved.count - (lastmark + 1)
        for i in 0...lastmark { marks[i] = saved[first + i] }
        if !keep { saved.count = first }
    }

    @inline(__always)
    mutating func dropMarks(_ lastmark: Int) {
        if lastmark >= 0 { saved.count -= lastmark + 1 }
    }
}
