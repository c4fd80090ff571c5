import Compiler
import GC
import ObjectLayout
import ObjectModel

/// How frames that were already running in the plain loop start reporting events when
/// a trace or profile function is set: the instructions each of them continues at once
/// its current instruction finishes (the next one, and a jump's target) are replaced
/// by TRACE_RESUME, which moves the frame to the tracing loop there. The replaced words
/// are kept here, and put back when neither function is set any more; meanwhile the
/// tracing loop runs the kept word wherever it meets TRACE_RESUME. (An exception moves
/// such a frame to the tracing loop in the handler path, which checks `use_tracing`.)
enum TraceResume {
    struct Site {
        /// The code object, kept alive while its instructions are changed.
        let handle: Handle
        let word: UnsafeMutablePointer<UInt32>
        let original: UInt32
        /// The instruction the frame was running, for the first line event after it.
        let origin: Int
    }

    nonisolated(unsafe) static var sites: [UnsafeMutablePointer<UInt32>: Site] = [:]

    /// The opcode of the instruction at `word`, seen through TRACE_RESUME.
    static func opcode(_ word: UnsafeMutablePointer<UInt32>) -> Opcode { Opcode.decode(original(word)) }

    /// The instruction at `word` as the compiler or the specialiser left it.
    static func original(_ word: UnsafeMutablePointer<UInt32>) -> UInt32 {
        let w = word.pointee
        guard Opcode.decode(w) == .traceResume, let site = sites[word] else { return w }
        return site.original
    }

    /// The instruction the frame ran before reaching the TRACE_RESUME at `word`.
    static func origin(_ word: UnsafeMutablePointer<UInt32>) -> Int { sites[word]?.origin ?? -1 }

    /// Marks where each frame of the thread's chain continues.
    static func patchRunningFrames() {
        var f = krait_thread_state().pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self)
        while let frame = f {
            patch(frame)
            f = frame.pointee.f_previous
        }
    }

    static func patch(_ frame: UnsafeMutablePointer<KraitFrame>) {
        let codeValue = frame.pointee.f_code
        let code = CodeObjects.code(codeValue)
        let instructions = Bytes.data(code.pointee.co_code).assumingMemoryBound(to: UInt32.self)
        let count = Int(code.pointee.co_ninstructions)
        let lasti = Int(frame.pointee.f_lasti)
        guard lasti >= 0 && lasti < count else { return }
        let running = Opcode.decode(original(instructions + lasti))
        var targets = [lasti + 1 + running.spec.cache]
        if running.spec.operand == .jumpTarget { targets.append(Int(original(instructions + lasti) >> 8)) }
        for target in targets where target < count && sites[instructions + target] == nil {
            let word = instructions + target
            sites[word] = Site(handle: Heap.shared.retain(codeValue.object), word: word, original: word.pointee, origin: lasti)
            word.pointee = (word.pointee & ~0xFF) | UInt32(Opcode.traceResume.rawValue)
        }
    }

    /// Puts every replaced instruction back, unless something rewrote it since (the
    /// specialiser, through the tracing loop), which then stays.
    static func restoreAll() {
        for site in sites.values {
            if Opcode.decode(site.word.pointee) == .traceResume { site.word.pointee = site.original }
            Heap.shared.release(site.handle)
        }
        sites = [:]
    }
}
