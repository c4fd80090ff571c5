import Compiler
import GC
import NativeStack
import ObjectLayout
import ObjectModel

/// The native frames of the plain evaluation loop that an explicit collection need not
/// scan conservatively. While a frame's loop runs a CALL, every value it needs lies in
/// its Python frame — the callable and the arguments stay on the value stack until the
/// call returns, `__init__`'s instance is written over the class there — and the frame
/// stack is scanned precisely. What else the loop's native frame holds are stale copies
/// of values the program dropped (a LOAD_FAST's spill slot), which would keep them
/// alive past `del x; gc.collect()`. Only CALL qualifies: other instructions that call
/// out (CALL_FUNCTION_EX, BINARY_OP, FOR_ITER...) may hold popped operands in Swift
/// locals. Nothing is skipped while tracing is on (the tracing loop holds callees).
public enum NativeLoopFrames {
    /// The top of the loop's frame stays scanned: its callee-saved register saves hold
    /// its caller's values. Its bottom need not: what CALL calls (`callValue`,
    /// `Protocols.call`, `run`, `Generators.makeExactly`...) takes at most four words of
    /// arguments, all in registers, so stack arguments there are other calls' leftovers.
    static let savedRegisterBytes: UInt = 64

    /// The ranges of this thread's native stack to leave out, innermost first.
    public static func preciseRanges() -> [(low: UInt, high: UInt)] {
        let thread = Interpreter.state
        guard thread.pointee.use_tracing == 0 else { return [] }
        var ranges: [(low: UInt, high: UInt)] = []
        // Every loop frame has the same layout; one that does not match the innermost's
        // came from a broken frame-pointer chain and is scanned.
        var shape: (below: UInt, above: UInt)?
        var frame = thread.pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self)
        while let f = frame {
            frame = f.pointee.f_previous
            let anchor = f.pointee.f_native_anchor
            guard anchor != 0, f.pointee.f_lasti >= 0, isRunningCall(f) else { continue }
            var low: UInt = 0, high: UInt = 0
            guard krait_stack_frame_around(anchor, &low, &high) != 0 else { continue }
            let found = (below: anchor - low, above: high - anchor)
            if let shape, shape != found { continue }
            shape = found
            guard high - low > savedRegisterBytes else { continue }
            ranges.append((low, high - savedRegisterBytes))
        }
        return ranges
    }

    static func isRunningCall(_ frame: UnsafeMutablePointer<KraitFrame>) -> Bool {
        let code = CodeObjects.code(frame.pointee.f_code)
        let instructions = Bytes.data(code.pointee.co_code).assumingMemoryBound(to: UInt32.self)
        return Opcode.decode(instructions[Int(frame.pointee.f_lasti)]) == .call
    }
}
