import Compiler
import ObjectLayout
import ObjectModel

/// A code object's instruction words as the compiler wrote them, for `marshal`: the
/// specialiser rewrites opcodes in place and fills inline caches as code runs.
public enum CodeWords {
    /// A bytes object of the words with generic opcodes and zeroed caches.
    public static func generic(_ code: Value) -> Value {
        let c = CodeObjects.code(code)
        let count = Int(c.pointee.co_ninstructions)
        let source = Bytes.data(c.pointee.co_code).assumingMemoryBound(to: UInt32.self)
        let result = Bytes.allocate(count: 4 * count)
        let out = Bytes.data(result).assumingMemoryBound(to: UInt32.self)
        var i = 0
        while i < count {
            let word = TraceResume.original(source + i)
            let op = Opcode.decode(word)
            out[i] = (word & ~0xFF) | UInt32(op.genericForm.rawValue)
            for k in 0..<op.cacheWords where i + 1 + k < count { out[i + 1 + k] = 0 }
            i += 1 + op.cacheWords
        }
        return result
    }

    /// Whether `words` (count of them) hold only generic opcodes with room for their
    /// caches, as `generic` writes them: loaded code is checked before it can run.
    public static func valid(_ words: UnsafePointer<UInt32>, count: Int) -> Bool {
        var i = 0
        while i < count {
            let raw = UInt8(truncatingIfNeeded: words[i])
            guard raw < Opcode.allCases.count else { return false }
            let op = Opcode.decode(words[i])
            guard op.genericForm == op, op != .traceResume, i + op.cacheWords < count else { return false }
            i += 1 + op.cacheWords
        }
        return true
    }
}
