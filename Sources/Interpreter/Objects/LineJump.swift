import Compiler
import ObjectLayout
import ObjectModel

/// Setting `f_lineno` from a trace function's 'line' event (CPython 3.11's
/// `frame_setlineno`): the frame moves to the first instruction of the line whose value
/// stack is the frame's own stack less some values on top, which are dropped. The
/// stacks come from walking the code with the instructions' stack effects, tracking
/// what kind of value each slot holds, as CPython's `mark_stacks` does.
enum LineJump {
    enum Kind: UInt8 { case object, iterator, except }

    static func set(_ frameObject: Value, _ value: Value?) throws(PyException) {
        guard let value else { throw PyException(Krait_exc_AttributeError, "cannot delete attribute") }
        guard value.isSmallInt || value.isExactly(Krait_int_type) else { throw PyException.valueError("lineno must be an integer") }
        switch krait_thread_state().pointee.tracing_what {
        case Tracing.Event.line.rawValue: break
        case Tracing.Event.call.rawValue: throw PyException.valueError("can't jump from the 'call' trace event of a new frame")
        default: throw PyException.valueError("can only jump from a 'line' trace event")
        }
        let f = FrameObjects.object(frameObject)
        guard let frame = f.pointee.f_frame, f.pointee.f_trace != .none, !f.pointee.f_trace.isEmpty else {
            throw PyException.valueError("f_lineno can only be set by a trace function")
        }
        guard value.isSmallInt, value.smallInt >= Int(Int32.min), value.smallInt <= Int(Int32.max) else {
            throw PyException.valueError("lineno out of range")
        }
        let requested = value.smallInt
        let code = CodeObjects.code(frame.pointee.f_code)
        if requested < Int(code.pointee.co_firstlineno) {
            throw PyException.valueError("line \(requested) comes before the current code block")
        }
        let starts = lineStarts(frame.pointee.f_code, Int(code.pointee.co_ninstructions))
        guard let line = starts.compactMap({ $0 }).filter({ $0 >= requested }).min() else {
            throw PyException.valueError("line \(requested) comes after the current code block")
        }
        let stacks = Self.stacks(code)
        let current = Int(frame.pointee.f_lasti)
        guard let from = stacks[current] else { throw PyException.valueError("can't jump from within an exception handler") }
        var best: (index: Int, stack: [Kind])?
        var message = "cannot find bytecode for specified line"
        for (i, start) in starts.enumerated() where start == line {
            guard let to = stacks[i] else {
                message = "can't jump into an exception handler, or code may be unreachable"
                continue
            }
            if to.count <= from.count && Array(from.prefix(to.count)) == to {
                if best == nil || to.count > best!.stack.count { best = (i, to) }
            } else if best == nil {
                message = to.last == .except ? "can't jump into an 'except' block as there's no exception"
                    : to.last == .iterator ? "can't jump into the body of a for loop" : "incompatible stacks"
            }
        }
        guard let best else { throw PyException.valueError(message) }
        let stack = Interpreter.localsplus(frame) + Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees)
        var depth = Int(frame.pointee.f_stackdepth)
        let thread = krait_thread_state()
        while depth > best.stack.count {
            depth -= 1
            // Leaving an except block puts back the exception handled outside it.
            if from[depth] == .except {
                let previous = stack[depth]
                thread.pointee.handled_exception = previous == .none ? .empty : previous
            }
            stack[depth] = .empty
        }
        frame.pointee.f_stackdepth = Int32(depth)
        frame.pointee.f_lasti = Int32(best.index)
        f.pointee.f_lineno_reported = 0
    }

    /// For each instruction, its line when it is the first of a run of that line.
    static func lineStarts(_ code: Value, _ count: Int) -> [Int?] {
        var out = [Int?](repeating: nil, count: count)
        var last: Int? = nil
        for i in 0..<count {
            let line = Tracebacks.line(code, i)
            if let line, line != last { out[i] = line }
            last = line
        }
        return out
    }

    /// The kinds of the values on the stack before each instruction; nil where the walk
    /// does not reach (an exception handler's entry is reached, with its exception).
    static func stacks(_ code: CodeObjects.Pointer) -> [[Kind]?] {
        let count = Int(code.pointee.co_ninstructions)
        let words = Bytes.data(code.pointee.co_code).assumingMemoryBound(to: UInt32.self)
        var stacks = [[Kind]?](repeating: nil, count: count)
        guard count > 0 else { return stacks }
        stacks[0] = []
        var work = [0]
        func flow(_ target: Int, _ stack: [Kind]) {
            guard target < count, stacks[target] == nil else { return }
            stacks[target] = stack
            work.append(target)
        }
        let table = code.pointee.co_exceptiontable
        let entries = Bytes.data(table).assumingMemoryBound(to: Int32.self)
        while let i = work.popLast() {
            guard let stack = stacks[i] else { continue }
            let word = TraceResume.original(words + i)
            let op = Opcode.decode(word), arg = Int(word >> 8), spec = op.spec
            for e in 0..<(Bytes.count(table) / 16) where Int(entries[e * 4]) <= i && i < Int(entries[e * 4 + 1]) {
                flow(Int(entries[e * 4 + 2]), Array(stack.prefix(Int(entries[e * 4 + 3] & 0x7FFF_FFFF))) + [.object])
                break
            }
            let next = i + 1 + spec.cache
            switch op {
            case .getIter, .getAiter:
                flow(next, Array(stack.dropLast()) + [.iterator])
            case .forIter:
                flow(next, stack + [.object])
                flow(arg, Array(stack.dropLast()))
            case .pushExcInfo:
                flow(next, Array(stack.dropLast()) + [.except, .object])
            default:
                if let jump = spec.jumpEffect { flow(arg, resized(stack, jump(arg))) }
                if !spec.terminates { flow(next, resized(stack, spec.stackEffect(arg))) }
            }
        }
        return stacks
    }

    static func resized(_ stack: [Kind], _ effect: Int) -> [Kind] {
        effect >= 0 ? stack + [Kind](repeating: .object, count: effect) : Array(stack.dropLast(min(-effect, stack.count)))
    }
}
