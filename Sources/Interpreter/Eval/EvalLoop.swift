import Compiler
import ObjectLayout
import ObjectModel

extension Interpreter {
    /// Runs `frame` from `f_lasti` with `f_stackdepth` values on its stack. Returns the
    /// returned or yielded value; a generator frame's `f_lasti` is -1 once it returned.
    /// `throwing` raises that exception at the resume point (generator `throw()`).
    static func run(_ frame: UnsafeMutablePointer<KraitFrame>, throwing: PyException? = nil) throws(PyException) -> Value {
        if krait_eval_breaker_is_set() != 0 { EvalBreaker.runCollectorWork() }
        let thread = state
        // The one check tracing costs a call when it is off (docs/ARCHITECTURE.md, "Tracing").
        if thread.pointee.use_tracing != 0 { return try runTraced(frame, throwing: throwing) }
        let previousFrame = enter(frame, thread)
        defer { leave(frame, previousFrame, thread) }
        try checkRecursion(thread)
        return try plainLoop(frame, throwing)
    }

    /// The plain copy of the loop, in a native frame of its own (inlined, `run`'s callers
    /// would share it).
    @inline(never)
    static func plainLoop(_ frame: UnsafeMutablePointer<KraitFrame>, _ throwing: PyException?) throws(PyException) -> Value {
        try execute(frame, throwing, traced: false, entering: true, previous: -1)
    }

    /// `run` while a trace or profile function is set: the frame runs the tracing loop.
    @inline(never)
    static func runTraced(_ frame: UnsafeMutablePointer<KraitFrame>, throwing: PyException?) throws(PyException) -> Value {
        let thread = state
        frame.pointee.f_native_anchor = 0
        let previousFrame = enter(frame, thread)
        defer { leave(frame, previousFrame, thread) }
        try checkRecursion(thread)
        return try tracedLoop(frame, throwing, entering: true, previous: -1)
    }

    /// The tracing copy of the loop, for frames entered while tracing and for frames the
    /// plain loop hands over (`entering` false: `previous` is the instruction they ran).
    @inline(never)
    static func tracedLoop(_ frame: UnsafeMutablePointer<KraitFrame>, _ throwing: PyException?, entering: Bool,
                           previous: Int) throws(PyException) -> Value {
        try execute(frame, throwing, traced: true, entering: entering, previous: previous)
    }

    @inline(__always)
    static func enter(_ frame: UnsafeMutablePointer<KraitFrame>, _ thread: UnsafeMutablePointer<KraitThreadState>) -> UnsafeMutableRawPointer? {
        let previousFrame = thread.pointee.current_frame
        frame.pointee.f_previous = previousFrame?.assumingMemoryBound(to: KraitFrame.self)
        thread.pointee.current_frame = UnsafeMutableRawPointer(frame)
        thread.pointee.recursion_depth += 1
        return previousFrame
    }

    @inline(__always)
    static func leave(_ frame: UnsafeMutablePointer<KraitFrame>, _ previousFrame: UnsafeMutableRawPointer?,
                      _ thread: UnsafeMutablePointer<KraitThreadState>) {
        // A frame object outlives its frame with what introspection still shows;
        // a suspended generator's stays attached.
        if !frame.pointee.f_frame_object.isEmpty && frame.pointee.f_lasti < 0 { FrameObjects.detach(frame) }
        thread.pointee.current_frame = previousFrame
        thread.pointee.recursion_depth -= 1
    }

    @inline(__always)
    static func checkRecursion(_ thread: UnsafeMutablePointer<KraitThreadState>) throws(PyException) {
        if thread.pointee.recursion_depth > thread.pointee.recursion_limit || Recursion.nativeStackIsLow() {
            throw PyException(Krait_exc_RecursionError, "maximum recursion depth exceeded")
        }
    }

    /// The frame ended at instruction `index`.
    @inline(__always)
    static func ended(_ frame: UnsafeMutablePointer<KraitFrame>, at index: Int) {
        if !frame.pointee.f_frame_object.isEmpty { FrameObjects.recordEnd(frame, at: index) }
        frame.pointee.f_lasti = -1
        frame.pointee.f_stackdepth = 0
    }

    /// The evaluation loop. Inlined into `run` (`traced` false) and `tracedLoop`
    /// (`traced` true), so the plain copy has none of the tracing code below.
    @inline(__always)
    static func execute(_ frame: UnsafeMutablePointer<KraitFrame>, _ throwing: PyException?, traced: Bool,
                        entering: Bool, previous start: Int) throws(PyException) -> Value {
        let thread = state
        // The plain loop's native frame, which `f_native_anchor` points into (see
        // NativeLoopFrames); the tracing loop's clears it in `runTraced`.
        var anchor: UInt8 = 0
        if !traced { withUnsafeMutablePointer(to: &anchor) { frame.pointee.f_native_anchor = UInt(bitPattern: $0) } }
        let codeValue = frame.pointee.f_code
        let code = CodeObjects.code(codeValue)
        // Mutable: specialisation rewrites instructions and fills their inline caches.
        let instructions = Bytes.data(code.pointee.co_code).assumingMemoryBound(to: UInt32.self)
        let consts = Tuple.items(code.pointee.co_consts)
        let names = Tuple.items(code.pointee.co_names)
        let locals = localsplus(frame)
        let stackBase = locals + Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees)
        var sp = stackBase + Int(frame.pointee.f_stackdepth)
        var pc = Int(frame.pointee.f_lasti)
        var kwnames = Value.empty
        var pendingThrow = throwing
        let globals = frame.pointee.f_globals
        let builtins = frame.pointee.f_builtins
        // Tracing: instructions before this one report nothing; `previous` is the one
        // the frame ran last (-1 at its start), for line events.
        let firstTraceable = traced ? Tracing.firstTraceable(code) : 0
        var previous = start
        // The instruction the current exception was raised at (see the handler path).
        var raisedAt = pc
        if traced && entering {
            if pc > firstTraceable && pc > 0 { previous = pc - 1 }
            if thread.pointee.use_tracing != 0 {
                do throws(PyException) {
                    try Tracing.enter(frame)
                } catch {
                    ended(frame, at: pc)
                    throw error
                }
            }
        }

        while true {
            // Set when RERAISE re-raises: the traceback already has this frame's entry.
            var reraising = false
            // Set when a 'return' event raised: the frame ends without a handler.
            var leaving = false
            do throws(PyException) {
                if let error = pendingThrow {
                    pendingThrow = nil
                    throw error
                }
                while true {
                    if traced && pc >= firstTraceable {
                        if thread.pointee.use_tracing != 0 && !thread.pointee.trace_function.isEmpty {
                            frame.pointee.f_lasti = Int32(truncatingIfNeeded: pc)
                            frame.pointee.f_stackdepth = Int32(sp - stackBase)
                            do throws(PyException) {
                                // The trace function may move the frame (f_lineno).
                                if try Tracing.instruction(frame, pc, previous: previous, instructions) {
                                    pc = Int(frame.pointee.f_lasti)
                                    sp = stackBase + Int(frame.pointee.f_stackdepth)
                                }
                            } catch {
                                // An error of the trace function is raised by this instruction.
                                pc += 1
                                throw error
                            }
                        }
                        previous = pc
                    }
                    let word = traced ? TraceResume.original(instructions + pc) : instructions[pc]
                    // The instruction being run, for frame introspection (`f_lineno`), as CPython keeps it.
                    frame.pointee.f_lasti = Int32(truncatingIfNeeded: pc)
                    pc += 1
                    let arg = Int(word >> 8)
                    switch Opcode.decode(word) {
                    case .nop: break
                    case .popTop: sp -= 1
                    case .copy: push(&sp, sp[-arg])
                    case .swap:
                        let t = sp[-1]
                        sp[-1] = sp[-arg]
                        sp[-arg] = t
                    case .pushNull: push(&sp, .empty)
                    case .loadConst: push(&sp, consts[arg])
                    case .loadFast:
                        let v = locals[arg]
                        if v.isEmpty { throw unboundLocal(code, arg) }
                        push(&sp, v)
                    case .storeFast: locals[arg] = pop(&sp)
                    case .deleteFast:
                        if locals[arg].isEmpty { throw unboundLocal(code, arg) }
                        locals[arg] = .empty
                    case .loadDeref:
                        let v = locals[arg].layout(PyCellObject.self).pointee.ob_ref
                        if v.isEmpty { throw unboundFree(code, arg) }
                        push(&sp, v)
                    case .storeDeref: locals[arg].layout(PyCellObject.self).pointee.ob_ref = pop(&sp)
                    case .deleteDeref:
                        let cell = locals[arg].layout(PyCellObject.self)
                        if cell.pointee.ob_ref.isEmpty { throw unboundFree(code, arg) }
                        cell.pointee.ob_ref = .empty
                    case .loadClosure: push(&sp, locals[arg])
                    case .loadClassDeref:
                        let name = Tuple.item(code.pointee.co_localsplusnames, arg)
                        if let v = try lookupLocal(frame.pointee.f_locals, name) {
                            push(&sp, v)
                        } else {
                            let v = locals[arg].layout(PyCellObject.self).pointee.ob_ref
                            if v.isEmpty { throw unboundFree(code, arg) }
                            push(&sp, v)
                        }
                    case .loadGlobal:
                        if Specialization.due(instructions + pc) {
                            Specialization.loadGlobal(globals, builtins, names[arg], instructions + pc - 1)
                        }
                        pc += Opcode.attributeCacheWords
                        push(&sp, try loadGlobalSlowly(globals, builtins, names[arg]))
                    case .loadGlobalModule:
                        push(&sp, try loadGlobalModule(globals, builtins, names[arg], instructions + pc))
                        pc += Opcode.attributeCacheWords
                    case .loadGlobalBuiltin:
                        push(&sp, try loadGlobalBuiltin(globals, builtins, names[arg], instructions + pc))
                        pc += Opcode.attributeCacheWords
                    case .storeGlobal: try Dict.setItem(globals, names[arg], pop(&sp))
                    case .deleteGlobal:
                        if !(try Dict.deleteItem(globals, names[arg])) { throw nameError(names[arg]) }
                    case .loadName:
                        let name = names[arg]
                        if let v = try lookupLocal(frame.pointee.f_locals, name) {
                            push(&sp, v)
                        } else {
                            push(&sp, try loadGlobalSlowly(globals, builtins, name))
                        }
                    case .storeName:
                        let namespace = frame.pointee.f_locals
                        if namespace.isExactly(Krait_dict_type) {
                            try Dict.setItem(namespace, names[arg], pop(&sp))
                        } else {
                            try Protocols.setItem(namespace, names[arg], pop(&sp))
                        }
                    case .deleteName:
                        let namespace = frame.pointee.f_locals
                        if namespace.isExactly(Krait_dict_type) {
                            if !(try Dict.deleteItem(namespace, names[arg])) { throw nameError(names[arg]) }
                        } else {
                            do throws(PyException) {
                                try Protocols.setItem(namespace, names[arg], nil)
                            } catch where error.matches(Krait_exc_KeyError) {
                                throw nameError(names[arg])
                            }
                        }
                    case .loadAttr:
                        if Specialization.due(instructions + pc) {
                            Specialization.loadAttr(sp[-1], names[arg], instructions + pc - 1)
                        }
                        pc += Opcode.attributeCacheWords
                        sp[-1] = try Protocols.getAttribute(sp[-1], names[arg])
                    case .loadAttrInstance:
                        sp[-1] = try loadAttrInstance(sp[-1], names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .loadAttrSlot:
                        sp[-1] = try loadAttrSlot(sp[-1], names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .loadAttrModule:
                        sp[-1] = try loadAttrModule(sp[-1], names[arg], instructions + pc, generic: .loadAttr)
                        pc += Opcode.attributeCacheWords
                    case .loadAttrClass:
                        sp[-1] = try loadAttrClass(sp[-1], names[arg], instructions + pc, generic: .loadAttr)
                        pc += Opcode.attributeCacheWords
                    case .loadAttrClassValue:
                        sp[-1] = try loadAttrClassValue(sp[-1], names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .storeAttr:
                        if Specialization.due(instructions + pc) {
                            Specialization.storeAttr(sp[-1], names[arg], instructions + pc - 1)
                        }
                        pc += Opcode.attributeCacheWords
                        let owner = pop(&sp), value = pop(&sp)
                        try Protocols.setAttribute(owner, names[arg], value)
                    case .storeAttrInstance:
                        sp -= 2
                        try storeAttrInstance(sp[1], sp[0], names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .storeAttrWithHint:
                        sp -= 2
                        try storeAttrWithHint(sp[1], sp[0], names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .storeAttrSlot:
                        sp -= 2
                        try storeAttrSlot(sp[1], sp[0], names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .deleteAttr: try Protocols.setAttribute(pop(&sp), names[arg], .empty)
                    case .loadMethod:
                        if Specialization.due(instructions + pc) {
                            Specialization.loadMethod(sp[-1], names[arg], instructions + pc - 1)
                        }
                        pc += Opcode.attributeCacheWords
                        try loadMethodGenerically(&sp, names[arg])
                    case .loadMethodNoDict:
                        try loadMethodNoDict(&sp, names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .loadMethodWithDict:
                        try loadMethodWithDict(&sp, names[arg], instructions + pc)
                        pc += Opcode.attributeCacheWords
                    case .loadMethodModule:
                        let v = try loadAttrModule(sp[-1], names[arg], instructions + pc, generic: .loadMethod)
                        sp[-1] = .empty
                        push(&sp, v)
                        pc += Opcode.attributeCacheWords
                    case .loadMethodClass:
                        let v = try loadAttrClass(sp[-1], names[arg], instructions + pc, generic: .loadMethod)
                        sp[-1] = .empty
                        push(&sp, v)
                        pc += Opcode.attributeCacheWords
                    case .binaryOp:
                        let b = pop(&sp), a = sp[-1]
                        if a.isSmallInt && b.isSmallInt {
                            if let v = smallIntArithmetic(a, b, arg) { sp[-1] = v } else { sp[-1] = try binary(a, b, arg) }
                        } else if let v = floatArithmetic(a, b, arg) {
                            sp[-1] = v
                        } else {
                            sp[-1] = try binary(a, b, arg)
                        }
                    case .unaryNegative:
                        let v = sp[-1]
                        if v.isSmallInt && v.smallInt != Value.smallIntRange.lowerBound {
                            sp[-1] = Value(smallInt: -v.smallInt)
                        } else {
                            sp[-1] = try Protocols.unary(v, .negative)
                        }
                    case .unaryPositive: sp[-1] = try Protocols.unary(sp[-1], .positive)
                    case .unaryInvert:
                        let v = sp[-1]
                        sp[-1] = v.isSmallInt ? Value(smallInt: ~v.smallInt) : try Protocols.unary(v, .invert)
                    case .unaryNot: sp[-1] = .bool(!(try Protocols.isTrue(sp[-1])))
                    case .compareOp:
                        let b = pop(&sp), a = sp[-1]
                        if a.isSmallInt && b.isSmallInt {
                            let holds = taggedCompare(a, b, arg)
                            // With the conditional jump that usually follows, as CPython's
                            // COMPARE_OP_INT_JUMP: one dispatch fewer, no bool on the stack.
                            // The tracing loop runs the jump itself, so it reports it.
                            let next = instructions[pc]
                            let jump = Opcode.decode(next)
                            if !traced && (jump == .popJumpIfFalse || jump == .popJumpIfTrue) {
                                sp -= 1
                                pc = holds == (jump == .popJumpIfTrue) ? Int(next >> 8) : pc + 1
                                continue
                            }
                            sp[-1] = .bool(holds)
                        } else if a.isObject && b.isObject && a.object.pointee.ob_type == Krait_float_type && b.object.pointee.ob_type == Krait_float_type {
                            sp[-1] = .bool(FloatCompare.holds(FloatObject.value(a), FloatObject.value(b), CompareOp(rawValue: Int32(arg)).unsafelyUnwrapped))
                        } else {
                            sp[-1] = try Protocols.richCompare(a, b, CompareOp(rawValue: Int32(arg)).unsafelyUnwrapped)
                        }
                    case .isOp:
                        let b = pop(&sp), a = sp[-1]
                        sp[-1] = .bool((a == b) != (arg != 0))
                    case .containsOp:
                        let container = pop(&sp), item = sp[-1]
                        sp[-1] = .bool(try Protocols.contains(container, item) != (arg != 0))
                    case .binarySubscr:
                        let key = pop(&sp), container = sp[-1]
                        sp[-1] = try getItem(container, key)
                    case .storeSubscr:
                        let key = pop(&sp), container = pop(&sp), value = pop(&sp)
                        try setItem(container, key, value)
                    case .deleteSubscr:
                        let key = pop(&sp), container = pop(&sp)
                        try Protocols.setItem(container, key, nil)
                    case .buildSlice:
                        let step = arg == 3 ? pop(&sp) : Value.none
                        let stop = pop(&sp), start = pop(&sp)
                        push(&sp, Slice.make(start: start, stop: stop, step: step))
                    case .buildTuple:
                        sp -= arg
                        push(&sp, Tuple.make(UnsafeBufferPointer(start: sp, count: arg)))
                    case .buildList:
                        sp -= arg
                        let list = List.new(capacity: arg)
                        for i in 0..<arg { List.append(list, sp[i]) }
                        push(&sp, list)
                    case .buildSet:
                        sp -= arg
                        push(&sp, try Sets.make(UnsafeBufferPointer(start: sp, count: arg)))
                    case .buildMap:
                        sp -= 2 * arg
                        let d = Dict.new(capacity: arg)
                        for i in 0..<arg { try Dict.setItem(d, sp[2 * i], sp[2 * i + 1]) }
                        push(&sp, d)
                    case .buildConstKeyMap:
                        let keys = pop(&sp)
                        sp -= arg
                        let d = Dict.new(capacity: arg)
                        for i in 0..<arg { try Dict.setItem(d, Tuple.items(keys)[i], sp[i]) }
                        push(&sp, d)
                    case .buildString:
                        sp -= arg
                        push(&sp, try Strings.join(UnsafeBufferPointer(start: sp, count: arg)))
                    case .listAppend:
                        let v = pop(&sp)
                        List.append(sp[-arg], v)
                    case .setAdd:
                        let v = pop(&sp)
                        try Sets.add(sp[-arg], v)
                    case .mapAdd:
                        let value = pop(&sp), key = pop(&sp)
                        try Dict.setItem(sp[-arg], key, value)
                    case .listExtend:
                        let iterable = pop(&sp)
                        try extendList(sp[-arg], iterable)
                    case .setUpdate:
                        let iterable = pop(&sp)
                        try Sets.update(sp[-arg], iterable)
                    case .dictUpdate:
                        let mapping = pop(&sp)
                        try updateDict(sp[-arg], mapping, merging: false, function: .empty)
                    case .dictMerge:
                        let mapping = pop(&sp)
                        try updateDict(sp[-arg], mapping, merging: true, function: sp[-arg - 2])
                    case .listToTuple:
                        let l = sp[-1]
                        sp[-1] = Tuple.make(List.buffer(l))
                    case .formatValue:
                        let spec = arg & 4 != 0 ? pop(&sp) : Value.empty
                        sp[-1] = try formatValue(sp[-1], conversion: arg & 3, spec: spec)
                    case .unpackSequence:
                        let v = pop(&sp)
                        try unpack(v, count: arg, into: sp)
                        sp += arg
                    case .unpackEx:
                        let v = pop(&sp)
                        let before = arg & 0xFF, after = arg >> 8
                        try unpackStarred(v, before: before, after: after, into: sp)
                        sp += before + after + 1
                    case .jump:
                        // A loop's backward jump is a safe point (before moving, so an
                        // exception a signal handler raises comes from this jump).
                        if arg < pc && krait_eval_breaker_is_set() != 0 { try EvalBreaker.handle() }
                        pc = arg
                    case .popJumpIfFalse:
                        let v = pop(&sp)
                        let jumps = v == .false ? true : v == .true ? false : !(try Protocols.isTrue(v))
                        if jumps {
                            // A while loop's test jumps back: a safe point, as `jump`'s.
                            if arg < pc && krait_eval_breaker_is_set() != 0 { try EvalBreaker.handle() }
                            pc = arg
                        }
                    case .popJumpIfTrue:
                        let v = pop(&sp)
                        let jumps = v == .true ? true : v == .false ? false : try Protocols.isTrue(v)
                        if jumps {
                            if arg < pc && krait_eval_breaker_is_set() != 0 { try EvalBreaker.handle() }
                            pc = arg
                        }
                    case .popJumpIfNone:
                        if pop(&sp) == .none {
                            if arg < pc && krait_eval_breaker_is_set() != 0 { try EvalBreaker.handle() }
                            pc = arg
                        }
                    case .popJumpIfNotNone:
                        if pop(&sp) != .none {
                            if arg < pc && krait_eval_breaker_is_set() != 0 { try EvalBreaker.handle() }
                            pc = arg
                        }
                    case .jumpIfFalseOrPop:
                        if try Protocols.isTrue(sp[-1]) { sp -= 1 } else { pc = arg }
                    case .jumpIfTrueOrPop:
                        if try Protocols.isTrue(sp[-1]) { pc = arg } else { sp -= 1 }
                    case .getIter: sp[-1] = try Protocols.iterator(sp[-1])
                    case .forIter:
                        let iterator = sp[-1]
                        if let next = try traced ? Tracing.iterate(frame, iterator) : iterate(iterator) {
                            push(&sp, next)
                        } else {
                            sp -= 1
                            pc = arg
                        }
                    case .returnValue:
                        let result = pop(&sp)
                        if traced && thread.pointee.use_tracing != 0 {
                            leaving = true
                            try Tracing.leave(frame, result)
                        }
                        ended(frame, at: pc - 1)
                        return result
                    case .call:
                        let base = sp - arg - 2
                        let names = kwnames
                        kwnames = .empty
                        let nkw = names.isEmpty ? 0 : Tuple.count(names)
                        let result: Value
                        let bound = !base[0].isEmpty
                        let callee = bound ? base[0] : base[1]
                        if traced && thread.pointee.use_tracing != 0,
                           let reported = try Tracing.builtinCallee(callee, first: bound ? base[1] : arg > nkw ? base[2] : .empty) {
                            result = try Tracing.profiled(frame, reported) { () throws(PyException) in
                                try callValue(callee, bound ? Arguments(base + 1, arg + 1 - nkw, names) : Arguments(base + 2, arg - nkw, names))
                            }
                        } else if nkw == 0 && callee.isObject && callee.object.pointee.ob_type == Krait_function_type,
                           let r = try callFunctionExactly(callee, bound ? base + 1 : base + 2, bound ? arg + 1 : arg) {
                            result = r
                        } else if nkw == 0 && !bound && callee.isObject && callee.object.pointee.ob_type == Krait_type_type,
                                  let instance = try constructInstance(callee, base + 1, arg) {
                            result = instance
                        } else if bound {
                            result = try callValue(callee, Arguments(base + 1, arg + 1 - nkw, names))
                        } else {
                            result = try callValue(callee, Arguments(base + 2, arg - nkw, names))
                        }
                        sp = base
                        push(&sp, result)
                        // After a call, as CPython's CALL: a signal that came during a
                        // native call is handled at its line.
                        if krait_eval_breaker_is_set() != 0 { try EvalBreaker.handle() }
                    case .kwNames: kwnames = consts[arg]
                    case .callFunctionEx:
                        let kwargs = arg & 1 != 0 ? pop(&sp) : Value.empty
                        let positional = pop(&sp), callable = pop(&sp)
                        sp -= 1
                        let first = positional.isExactly(Krait_tuple_type) && Tuple.count(positional) > 0 ? Tuple.item(positional, 0) : Value.empty
                        if traced && thread.pointee.use_tracing != 0, let reported = try Tracing.builtinCallee(callable, first: first) {
                            push(&sp, try Tracing.profiled(frame, reported) { () throws(PyException) in try callExpanded(callable, positional, kwargs) })
                        } else {
                            push(&sp, try callExpanded(callable, positional, kwargs))
                        }
                        if krait_eval_breaker_is_set() != 0 { try EvalBreaker.handle() }
                    case .makeFunction:
                        let codeObject = pop(&sp)
                        let function = Functions.make(code: codeObject, globals: globals, builtins: builtins)
                        let f = Functions.function(function)
                        if arg & 8 != 0 { f.pointee.func_closure = pop(&sp) }
                        if arg & 4 != 0 { f.pointee.func_annotations = try annotationDict(pop(&sp)) }
                        if arg & 2 != 0 { f.pointee.func_kwdefaults = pop(&sp) }
                        if arg & 1 != 0 { f.pointee.func_defaults = pop(&sp) }
                        push(&sp, function)
                    case .loadBuildClass:
                        guard let build = Dict.getItem(builtins, string: Interned.literal("__build_class__")) else {
                            throw PyException(Krait_exc_NameError, "__build_class__ not found")
                        }
                        push(&sp, build)
                    case .raiseVarargs:
                        // A bare `raise` keeps the traceback as it is, as CPython's `do_raise`.
                        if arg == 0 && !topmostHandled().isEmpty { reraising = true }
                        let cause = arg == 2 ? pop(&sp) : Value.empty
                        let exc = arg >= 1 ? pop(&sp) : Value.empty
                        throw try raise(exc, cause: cause)
                    case .reraise:
                        reraising = true
                        throw PyException(pop(&sp))
                    case .pushExcInfo:
                        let exc = pop(&sp)
                        let previous = thread.pointee.handled_exception
                        push(&sp, previous.isEmpty ? .none : previous)
                        push(&sp, exc)
                        thread.pointee.handled_exception = exc
                    case .popExcept:
                        let previous = pop(&sp)
                        thread.pointee.handled_exception = previous == .none ? .empty : previous
                    case .checkExcMatch:
                        let type = pop(&sp)
                        push(&sp, .bool(try exceptionMatches(sp[-1], type)))
                    case .beforeWith:
                        let manager = pop(&sp)
                        let (exit, entered) = try enterContext(manager)
                        push(&sp, exit)
                        push(&sp, entered)
                    case .withExceptStart:
                        let exc = sp[-1], exit = sp[-3]
                        let traceback = exc.layout(PyBaseExceptionObject.self).pointee.traceback.map { Value($0) } ?? .none
                        push(&sp, try Protocols.call(exit, Value(exc.type), exc, traceback))
                    case .loadAssertionError: push(&sp, Value(Krait_exc_AssertionError))
                    case .importName:
                        let fromlist = pop(&sp), level = pop(&sp)
                        push(&sp, try Imports.importName(names[arg], globals: globals, fromlist: fromlist, level: level, builtins: builtins))
                    case .importFrom:
                        push(&sp, try Imports.importFrom(sp[-1], names[arg]))
                    case .importStar:
                        try Imports.importStar(pop(&sp), into: frame.pointee.f_locals)
                    case .yieldValue:
                        let value = pop(&sp)
                        if traced && thread.pointee.use_tracing != 0 {
                            leaving = true
                            try Tracing.leave(frame, value)
                            leaving = false
                        }
                        frame.pointee.f_lasti = Int32(pc)
                        frame.pointee.f_stackdepth = Int32(sp - stackBase)
                        return value
                    case .getYieldFromIter:
                        let v = sp[-1]
                        if v.isExactly(Krait_coroutine_type) {
                            if CodeObjects.code(frame.pointee.f_code).pointee.co_flags & (KRAIT_CO_COROUTINE | KRAIT_CO_ITERABLE_COROUTINE) == 0 {
                                throw PyException.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
                            }
                        } else if !v.isExactly(Krait_generator_type) {
                            sp[-1] = try Protocols.iterator(v)
                        }
                    case .send:
                        let value = pop(&sp), receiver = sp[-1]
                        switch try Generators.send(receiver, value) {
                        case .yielded(let next): push(&sp, next)
                        case .returned(let result):
                            if traced && thread.pointee.use_tracing != 0 {
                                try Tracing.delegationEnded(frame, receiver, sent: value, result: result)
                            }
                            sp[-1] = result
                            pc = arg
                        }
                    case .returnGenerator: break
                    case .setupAnnotations:
                        let namespace = frame.pointee.f_locals
                        if try lookupLocal(namespace, Interned.literal("__annotations__")) == nil {
                            try Protocols.setItem(namespace, Interned.literal("__annotations__"), Dict.new())
                        }
                    case .printExpr:
                        try RuntimeHooks.printExpression?(pop(&sp))
                    case .loadLocals: push(&sp, frame.pointee.f_locals)
                    case .matchSequence: push(&sp, .bool(isMatchSequence(sp[-1])))
                    case .matchMapping: push(&sp, .bool(isMatchMapping(sp[-1])))
                    case .getLen: push(&sp, IntObject.make(try Protocols.length(sp[-1])))
                    case .matchKeys: push(&sp, try matchKeys(sp[-2], sp[-1]))
                    case .matchClass:
                        let names = pop(&sp), cls = pop(&sp)
                        sp[-1] = try matchClass(sp[-1], cls, positional: arg, names)
                    case .getAwaitable: sp[-1] = try awaitOperand(sp[-1])
                    case .getAiter: sp[-1] = try asyncIterator(sp[-1])
                    case .getAnext: push(&sp, try nextAwaitable(sp[-1]))
                    case .endAsyncFor:
                        let exc = pop(&sp)
                        sp -= 1
                        guard PyException(exc).matches(Krait_exc_StopAsyncIteration) else {
                            reraising = true
                            throw PyException(exc)
                        }
                    case .beforeAsyncWith:
                        let (exit, entered) = try enterAsyncContext(pop(&sp))
                        push(&sp, exit)
                        push(&sp, entered)
                    case .checkEgMatch:
                        let type = pop(&sp)
                        let (rest, match) = try exceptStarMatch(sp[-1], type)
                        sp[-1] = rest
                        push(&sp, match)
                        if match != .none { thread.pointee.handled_exception = match }
                    case .prepReraiseStar:
                        // The list stays on the stack (rooted) until the result replaces both.
                        let raised = sp[-1]
                        let result = try ExceptionGroups.prepareReraise(original: sp[-2], raised: Array(List.buffer(raised)))
                        sp -= 1
                        sp[-1] = result ?? .none
                    case .asyncGenWrap: sp[-1] = AsyncGenerators.wrap(sp[-1])
                    case .copyDictWithoutKeys:
                        sp[-1] = try copyWithoutKeys(sp[-2], sp[-1])
                    case .traceResume:
                        // Only the plain loop meets it (the tracing loop runs the word it
                        // replaced): tracing started while this frame ran.
                        frame.pointee.f_lasti = Int32(pc - 1)
                        frame.pointee.f_stackdepth = Int32(sp - stackBase)
                        return try tracedLoop(frame, nil, entering: false, previous: TraceResume.origin(instructions + pc - 1))
                    }
                }
            } catch {
                frame.pointee.f_lasti = Int32(pc - 1)
                if leaving {
                    ended(frame, at: pc - 1)
                    throw error
                }
                var failure = error
                // Where the exception leaves the frame from: a cleanup handler's re-raise
                // goes back to the instruction whose exception it handled, as CPython's
                // RERAISE with its saved `lasti`.
                if pc < 2 || !(Opcode.decode(instructions[pc - 1]) == .reraise && Opcode.decode(instructions[pc - 2]) == .popExcept) {
                    raisedAt = pc - 1
                }
                if !reraising {
                    chainContext(failure.value, topmostHandled())
                    Tracebacks.add(failure.value, frame)
                    // Either loop: tracing may have started while this frame ran. What
                    // the trace function raises replaces the exception.
                    if thread.pointee.use_tracing != 0 {
                        do throws(PyException) { try Tracing.exception(frame, failure.value) } catch { failure = error }
                    }
                }
                guard let (target, depth) = handler(code, at: pc - 1) else {
                    if thread.pointee.use_tracing != 0 {
                        frame.pointee.f_lasti = Int32(raisedAt)
                        do throws(PyException) { try Tracing.leave(frame, .none) } catch { failure = error }
                    }
                    ended(frame, at: raisedAt)
                    throw failure
                }
                sp = stackBase + depth
                push(&sp, failure.value)
                pc = target
                if !traced && thread.pointee.use_tracing != 0 {
                    frame.pointee.f_lasti = Int32(pc)
                    frame.pointee.f_stackdepth = Int32(sp - stackBase)
                    return try tracedLoop(frame, nil, entering: false, previous: raisedAt)
                }
            }
        }
    }

    // The value stack's push and pop; `sp` is a plain local of `run` (no closure
    // captures it, so it stays in a register).
    @inline(__always)
    static func push(_ sp: inout UnsafeMutablePointer<Value>, _ v: Value) {
        sp.pointee = v
        sp += 1
    }

    @inline(__always)
    static func pop(_ sp: inout UnsafeMutablePointer<Value>) -> Value {
        sp -= 1
        return sp.pointee
    }

    /// The handler of the innermost protected range around instruction `index`.
    static func handler(_ code: CodeObjects.Pointer, at index: Int) -> (Int, Int)? {
        let table = code.pointee.co_exceptiontable
        let count = Bytes.count(table) / 16
        let entries = Bytes.data(table).assumingMemoryBound(to: Int32.self)
        for i in 0..<count {
            let e = entries + i * 4
            if Int(e[0]) <= index && index < Int(e[1]) {
                return (Int(e[2]), Int(e[3] & 0x7FFF_FFFF))
            }
        }
        return nil
    }
}
