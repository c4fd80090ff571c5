/// The instruction set, specified once (DESIGN.md §5). Each instruction is a 32-bit
/// word: the opcode in the low byte and its argument in the upper 24 bits. Everything
/// that needs to know about an instruction — the disassembler, the compiler's stack
/// accounting, the interpreter's jump decoding — reads it from `Opcode.spec`.
public enum Opcode: UInt8, CaseIterable, Sendable {
    case nop, popTop, copy, swap, pushNull
    case loadConst, loadFast, storeFast, deleteFast
    case loadDeref, storeDeref, deleteDeref, loadClosure, loadClassDeref
    case loadGlobal, storeGlobal, deleteGlobal, loadName, storeName, deleteName
    case loadAttr, storeAttr, deleteAttr, loadMethod
    case binaryOp, unaryNegative, unaryPositive, unaryInvert, unaryNot
    case compareOp, isOp, containsOp
    case binarySubscr, storeSubscr, deleteSubscr, buildSlice
    case buildTuple, buildList, buildSet, buildMap, buildString
    case listAppend, setAdd, mapAdd, listExtend, setUpdate, dictUpdate, dictMerge, listToTuple
    case formatValue, unpackSequence, unpackEx
    case jump, popJumpIfFalse, popJumpIfTrue, popJumpIfNone, popJumpIfNotNone
    case jumpIfFalseOrPop, jumpIfTrueOrPop
    case getIter, forIter, returnValue
    case call, kwNames, callFunctionEx, makeFunction, loadBuildClass
    case raiseVarargs, reraise, pushExcInfo, popExcept, checkExcMatch
    case beforeWith, withExceptStart, loadAssertionError
    case importName, importFrom, importStar
    case yieldValue, getYieldFromIter, send, returnGenerator
    case setupAnnotations, printExpr, loadLocals
    case matchSequence, matchMapping, getLen, matchKeys, matchClass, copyDictWithoutKeys
    case getAwaitable, getAiter, getAnext, endAsyncFor, beforeAsyncWith
    case checkEgMatch, prepReraiseStar, asyncGenWrap, buildConstKeyMap
    // Never compiled: where a frame running when tracing started moves to the tracing
    // loop (Interpreter's TraceResume); the argument stays the replaced instruction's.
    case traceResume
    // Specialised forms (PEP 659): the interpreter rewrites a generic instruction into
    // one of these when it has seen what it works on, and back when a guard fails.
    case loadAttrInstance, loadAttrSlot, loadAttrModule, loadAttrClass, loadAttrClassValue
    case loadMethodNoDict, loadMethodWithDict, loadMethodModule, loadMethodClass
    case storeAttrInstance, storeAttrWithHint, storeAttrSlot
    case loadGlobalModule, loadGlobalBuiltin
}

/// What the argument of an instruction refers to, for the disassembler.
public enum OperandKind: Sendable {
    case none, number, constant, name, local, cell, jumpTarget, compare, binary
}

public struct InstructionSpec: Sendable {
    public let name: String
    public let operand: OperandKind
    /// Change in stack depth when execution falls through to the next instruction.
    public let stackEffect: @Sendable (Int) -> Int
    /// Change in stack depth when the instruction jumps to its target.
    public let jumpEffect: (@Sendable (Int) -> Int)?
    /// Whether execution never falls through (return, raise, unconditional jump).
    public let terminates: Bool
    /// 32-bit words of inline cache after the instruction (DESIGN.md §5).
    public let cache: Int
    /// For a specialised form, the generic instruction it stands for.
    public let generic: Opcode?
}

extension Opcode {
    public var spec: InstructionSpec { Opcode.specs[Int(rawValue)] }

    private static func s(_ name: String, _ operand: OperandKind = .none, terminates: Bool = false, cache: Int = 0,
                          jump: (@Sendable (Int) -> Int)? = nil, _ effect: @escaping @Sendable (Int) -> Int) -> InstructionSpec {
        InstructionSpec(name: name, operand: operand, stackEffect: effect, jumpEffect: jump, terminates: terminates,
                        cache: cache, generic: nil)
    }

    /// A specialised form of `generic`: same operand, stack effect and cache.
    private static func specialised(_ name: String, _ generic: Opcode) -> InstructionSpec {
        let g = genericSpecs[Int(generic.rawValue)]
        return InstructionSpec(name: name, operand: g.operand, stackEffect: g.stackEffect, jumpEffect: nil,
                               terminates: false, cache: g.cache, generic: generic)
    }

    /// Inline cache words of attribute and global loads: a version (of a type or of a
    /// dict's keys), an index or second version, and a 64-bit object.
    public static let attributeCacheWords = 4

    // One entry per opcode, in declaration order; stack effects as functions of the argument.
    private static let genericSpecs: [InstructionSpec] = [
        s("NOP") { _ in 0 },
        s("POP_TOP") { _ in -1 },
        s("COPY", .number) { _ in 1 },
        s("SWAP", .number) { _ in 0 },
        s("PUSH_NULL") { _ in 1 },
        s("LOAD_CONST", .constant) { _ in 1 },
        s("LOAD_FAST", .local) { _ in 1 },
        s("STORE_FAST", .local) { _ in -1 },
        s("DELETE_FAST", .local) { _ in 0 },
        s("LOAD_DEREF", .cell) { _ in 1 },
        s("STORE_DEREF", .cell) { _ in -1 },
        s("DELETE_DEREF", .cell) { _ in 0 },
        s("LOAD_CLOSURE", .cell) { _ in 1 },
        s("LOAD_CLASSDEREF", .cell) { _ in 1 },
        s("LOAD_GLOBAL", .name, cache: attributeCacheWords) { _ in 1 },
        s("STORE_GLOBAL", .name) { _ in -1 },
        s("DELETE_GLOBAL", .name) { _ in 0 },
        s("LOAD_NAME", .name) { _ in 1 },
        s("STORE_NAME", .name) { _ in -1 },
        s("DELETE_NAME", .name) { _ in 0 },
        s("LOAD_ATTR", .name, cache: attributeCacheWords) { _ in 0 },
        s("STORE_ATTR", .name, cache: attributeCacheWords) { _ in -2 },
        s("DELETE_ATTR", .name) { _ in -1 },
        // obj -> (method or empty, self or the attribute)
        s("LOAD_METHOD", .name, cache: attributeCacheWords) { _ in 1 },
        s("BINARY_OP", .binary) { _ in -1 },
        s("UNARY_NEGATIVE") { _ in 0 },
        s("UNARY_POSITIVE") { _ in 0 },
        s("UNARY_INVERT") { _ in 0 },
        s("UNARY_NOT") { _ in 0 },
        s("COMPARE_OP", .compare) { _ in -1 },
        s("IS_OP", .number) { _ in -1 },
        s("CONTAINS_OP", .number) { _ in -1 },
        s("BINARY_SUBSCR") { _ in -1 },
        s("STORE_SUBSCR") { _ in -3 },
        s("DELETE_SUBSCR") { _ in -2 },
        s("BUILD_SLICE", .number) { n in 1 - n },
        s("BUILD_TUPLE", .number) { n in 1 - n },
        s("BUILD_LIST", .number) { n in 1 - n },
        s("BUILD_SET", .number) { n in 1 - n },
        s("BUILD_MAP", .number) { n in 1 - 2 * n },
        s("BUILD_STRING", .number) { n in 1 - n },
        s("LIST_APPEND", .number) { _ in -1 },
        s("SET_ADD", .number) { _ in -1 },
        s("MAP_ADD", .number) { _ in -2 },
        s("LIST_EXTEND", .number) { _ in -1 },
        s("SET_UPDATE", .number) { _ in -1 },
        s("DICT_UPDATE", .number) { _ in -1 },
        s("DICT_MERGE", .number) { _ in -1 },
        s("LIST_TO_TUPLE") { _ in 0 },
        // argument: conversion (0 none, 1 str, 2 repr, 3 ascii) | 4 when a spec is on the stack
        s("FORMAT_VALUE", .number) { flags in flags & 4 != 0 ? -1 : 0 },
        s("UNPACK_SEQUENCE", .number) { n in n - 1 },
        // argument: names before the starred one | names after it << 8
        s("UNPACK_EX", .number) { n in (n & 0xFF) + (n >> 8) },
        s("JUMP", .jumpTarget, terminates: true, jump: { _ in 0 }) { _ in 0 },
        s("POP_JUMP_IF_FALSE", .jumpTarget, jump: { _ in -1 }) { _ in -1 },
        s("POP_JUMP_IF_TRUE", .jumpTarget, jump: { _ in -1 }) { _ in -1 },
        s("POP_JUMP_IF_NONE", .jumpTarget, jump: { _ in -1 }) { _ in -1 },
        s("POP_JUMP_IF_NOT_NONE", .jumpTarget, jump: { _ in -1 }) { _ in -1 },
        s("JUMP_IF_FALSE_OR_POP", .jumpTarget, jump: { _ in 0 }) { _ in -1 },
        s("JUMP_IF_TRUE_OR_POP", .jumpTarget, jump: { _ in 0 }) { _ in -1 },
        s("GET_ITER") { _ in 0 },
        // iterator -> iterator, item; at the end pops the iterator and jumps
        s("FOR_ITER", .jumpTarget, jump: { _ in -1 }) { _ in 1 },
        s("RETURN_VALUE", terminates: true) { _ in -1 },
        // (callable or empty, self or callable, arguments...) -> result
        s("CALL", .number) { n in -n - 1 },
        s("KW_NAMES", .constant) { _ in 0 },
        // (empty, callable, positional tuple[, keyword dict]) -> result
        s("CALL_FUNCTION_EX", .number) { flags in -2 - (flags & 1) },
        // code [, closure, annotations, kwdefaults, defaults by flag bits] -> function
        s("MAKE_FUNCTION", .number) { flags in -flags.nonzeroBitCount },
        s("LOAD_BUILD_CLASS") { _ in 1 },
        s("RAISE_VARARGS", .number, terminates: true) { n in -n },
        s("RERAISE", .number, terminates: true) { _ in -1 },
        // exception -> previously handled exception, exception
        s("PUSH_EXC_INFO") { _ in 1 },
        s("POP_EXCEPT") { _ in -1 },
        s("CHECK_EXC_MATCH") { _ in 0 },
        // manager -> __exit__, __enter__()
        s("BEFORE_WITH") { _ in 1 },
        s("WITH_EXCEPT_START") { _ in 1 },
        s("LOAD_ASSERTION_ERROR") { _ in 1 },
        s("IMPORT_NAME", .name) { _ in -1 },
        s("IMPORT_FROM", .name) { _ in 1 },
        s("IMPORT_STAR") { _ in -1 },
        s("YIELD_VALUE") { _ in 0 },
        s("GET_YIELD_FROM_ITER") { _ in 0 },
        // (receiver, value) -> (receiver, result); at the end pops both and pushes the return value
        s("SEND", .jumpTarget, jump: { _ in -1 }) { _ in 0 },
        // Where a generator starts: the first send pushes its None here.
        s("RETURN_GENERATOR") { _ in 1 },
        s("SETUP_ANNOTATIONS") { _ in 0 },
        s("PRINT_EXPR") { _ in -1 },
        s("LOAD_LOCALS") { _ in 1 },
        // subject -> subject, whether it is a sequence (mapping) for pattern matching
        s("MATCH_SEQUENCE") { _ in 1 },
        s("MATCH_MAPPING") { _ in 1 },
        s("GET_LEN") { _ in 1 },
        // subject, keys -> subject, keys, tuple of values or None
        s("MATCH_KEYS") { _ in 1 },
        // subject, class, keyword names -> tuple of attributes or None; argument: positional count
        s("MATCH_CLASS", .number) { _ in -2 },
        // subject, keys -> subject, dict of the other items
        s("COPY_DICT_WITHOUT_KEYS") { _ in 0 },
        // value -> the iterator `await value` drives
        s("GET_AWAITABLE") { _ in 0 },
        s("GET_AITER") { _ in 0 },
        // async iterator -> async iterator, awaitable of its next item
        s("GET_ANEXT") { _ in 1 },
        // async iterator, exception -> nothing when it is StopAsyncIteration, else re-raised
        s("END_ASYNC_FOR") { _ in -2 },
        // manager -> bound __aexit__, awaitable of __aenter__()
        s("BEFORE_ASYNC_WITH") { _ in 1 },
        // exception (or None), type -> rest, match: the part `except* type` handles
        // (None when nothing matched, the exception then staying as the rest)
        s("CHECK_EG_MATCH") { _ in 0 },
        // original exception, list of what except* clauses raised -> exception to raise or None
        s("PREP_RERAISE_STAR") { _ in -1 },
        // value -> the value marked as yielded by an async generator (not by an await in it)
        s("ASYNC_GEN_WRAP") { _ in 0 },
        // n values and a constant tuple of their keys.
        s("BUILD_CONST_KEY_MAP", .number) { n in -n },
    ]

    static let specs: [InstructionSpec] = genericSpecs + [s("TRACE_RESUME") { _ in 0 }] + [
        specialised("LOAD_ATTR_INSTANCE_VALUE", .loadAttr),
        specialised("LOAD_ATTR_SLOT", .loadAttr),
        specialised("LOAD_ATTR_MODULE", .loadAttr),
        specialised("LOAD_ATTR_CLASS", .loadAttr),
        specialised("LOAD_ATTR_CLASS_VALUE", .loadAttr),
        specialised("LOAD_METHOD_NO_DICT", .loadMethod),
        specialised("LOAD_METHOD_WITH_DICT", .loadMethod),
        specialised("LOAD_METHOD_MODULE", .loadMethod),
        specialised("LOAD_METHOD_CLASS", .loadMethod),
        specialised("STORE_ATTR_INSTANCE_VALUE", .storeAttr),
        specialised("STORE_ATTR_WITH_HINT", .storeAttr),
        specialised("STORE_ATTR_SLOT", .storeAttr),
        specialised("LOAD_GLOBAL_MODULE", .loadGlobal),
        specialised("LOAD_GLOBAL_BUILTIN", .loadGlobal),
    ]
}

extension Opcode {
    /// The opcode of an instruction word the compiler wrote. Opcodes are numbered from
    /// 0 without gaps, so the low byte is the enum's representation (no checked init).
    @inline(__always)
    public static func decode(_ word: UInt32) -> Opcode {
        unsafeBitCast(UInt8(truncatingIfNeeded: word), to: Opcode.self)
    }
}

/// One encoded instruction.
@inline(__always)
public func encodeInstruction(_ op: Opcode, _ arg: Int) -> UInt32 {
    UInt32(op.rawValue) | UInt32(truncatingIfNeeded: arg) << 8
}

extension Opcode {
    /// Per opcode, its cache words and its generic form, in flat tables: reading
    /// `spec` copies a struct of strings and closures, too slow for loops over code.
    private static let cacheTable: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        table.initialize(repeating: 0, count: 256)
        for (i, spec) in specs.enumerated() { table[i] = UInt8(spec.cache) }
        return table
    }()

    private static let genericTable: UnsafeMutablePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
        for i in 0..<256 { table[i] = UInt8(i) }
        for (i, spec) in specs.enumerated() { if let g = spec.generic { table[i] = g.rawValue } }
        return table
    }()

    /// `spec.cache`, without copying the spec.
    @inline(__always)
    public var cacheWords: Int { Int(Opcode.cacheTable[Int(rawValue)]) }

    /// `spec.generic ?? self`, without copying the spec.
    @inline(__always)
    public var genericForm: Opcode { Opcode(rawValue: Opcode.genericTable[Int(rawValue)]).unsafelyUnwrapped }
}
