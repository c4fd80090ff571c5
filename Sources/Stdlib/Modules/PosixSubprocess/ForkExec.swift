import GC
import ObjectLayout
import ObjectModel
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// `fork_exec(args, executable_list, close_fds, fds_to_keep, cwd, env_list,
/// p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite, errpipe_read,
/// errpipe_write, restore_signals, call_setsid, pgid_to_set, gid, extra_groups,
/// uid, child_umask, preexec_fn, allow_vfork)`, 3.11's 23 arguments. The child is
/// always made with fork (allow_vfork is accepted and ignored).
enum ForkExec {
    /// `PyUnicode_FSConverter`: str (UTF-8, surrogateescape), bytes, or a path-like.
    static func fsBytes(_ v: Value) throws(PyException) -> [UInt8] {
        var value = v
        if !ModuleTypes.isStr(value) && !BytesLike.isBytes(value) {
            guard let fspath = SlotFunctions.lookupSpecial(value, "__fspath__") else {
                throw PyException.typeError("expected str, bytes or os.PathLike object, not \(TypeObject.name(v.type))")
            }
            value = try Protocols.call(fspath)
            if !ModuleTypes.isStr(value) && !BytesLike.isBytes(value) {
                throw PyException.typeError("expected \(TypeObject.name(v.type)).__fspath__() to return str or bytes, not \(TypeObject.name(value.type))")
            }
        }
        let bytes = ModuleTypes.isStr(value) ? try PosixPath.encode(value) : Array(try BufferArguments.readable(value).bytes)
        if bytes.contains(0) { throw PyException.valueError("embedded null byte") }
        return bytes
    }

    /// `_PySequence_BytesToCharpArray`: a sequence of bytes objects.
    static func byteStrings(_ sequence: Value, into strings: inout CStringArray) throws(PyException) {
        let count = try Protocols.length(sequence)
        for i in 0..<count {
            let item = try Protocols.getItem(sequence, IntObject.make(i))
            guard BytesLike.isBytes(item) else { throw PyException.typeError("expected bytes, \(TypeObject.name(item.type)) found") }
            let bytes = Array(try BufferArguments.readable(item).bytes)
            if bytes.contains(0) { throw PyException.valueError("embedded null byte") }
            strings.append(bytes)
        }
    }

    /// `_sanity_check_python_fd_sequence`: ints, sorted, none repeated.
    static func descriptors(_ t: Value) throws(PyException) -> [Int32] {
        var fds: [Int32] = []
        var previous = -1
        for i in 0..<Tuple.count(t) {
            let item = Tuple.item(t, i)
            guard IntObject.check(item), let fd = IntObject.machineValue(item), fd >= 0, fd > previous, fd <= Int(Int32.max) else {
                throw PyException.valueError("bad value(s) in fds_to_keep")
            }
            fds.append(Int32(fd))
            previous = fd
        }
        return fds
    }

    /// The Python function run in the child before exec; its Value is behind the
    /// context pointer. Nonzero when it raised.
    static let preexecCallback: @convention(c) (UnsafeMutableRawPointer?) -> Int32 = { context in
        let function = context!.load(as: Value.self)
        do throws(PyException) {
            _ = try Protocols.call(function)
            return 0
        } catch {
            return 1
        }
    }

    static func run(_ args: Arguments) throws(PyException) -> Value {
        try TupleArguments.check(args, "fork_exec", qualified: "_posixsubprocess.fork_exec", min: 23, max: 23)
        let processArgs = args[0], executables = args[1]
        let closeFDs = try Protocols.isTrue(args[2])
        guard args[3].isObject, TypeObject.isSubtype(args[3].type, of: Krait_tuple_type) else {
            throw PyException.typeError("fork_exec() argument 4 must be tuple, not \(TypeObject.name(args[3].type))")
        }
        let cwdObject = args[4], envObject = args[5]
        var ints: [Int32] = []
        for i in 6..<14 { ints.append(try TupleArguments.int(args[i])) }
        let restoreSignals = try Protocols.isTrue(args[14])
        let callSetsid = try Protocols.isTrue(args[15])
        let pgid = try TupleArguments.int(args[16])
        let gidObject = args[17], groupsObject = args[18], uidObject = args[19]
        let umask = try TupleArguments.int(args[20])
        let preexec = args[21]
        _ = try Protocols.isTrue(args[22])
        let errpipeWrite = ints[7]
        if closeFDs && errpipeWrite < 3 { throw PyException.valueError("errpipe_write must be >= 3") }
        var keep = try descriptors(args[3])

        var strings = CStringArray()
        defer { strings.free() }
        var executableList = CStringArray(), argv = CStringArray(), envp = CStringArray()
        defer { executableList.free(); argv.free(); envp.free() }
        try byteStrings(executables, into: &executableList)
        if processArgs != .none {
            let items: Value
            do throws(PyException) {
                items = try ModuleTypes.tuple(processArgs)
            } catch where error.matches(Krait_exc_TypeError) {
                throw PyException.typeError("argv must be a tuple")
            }
            for i in 0..<Tuple.count(items) { argv.append(try fsBytes(Tuple.item(items, i))) }
        }
        if envObject != .none { try byteStrings(envObject, into: &envp) }
        var cwd: [UInt8]? = nil
        if cwdObject != .none { cwd = try fsBytes(cwdObject) }
        var groups: [gid_t] = []
        if groupsObject != .none {
            guard groupsObject.isObject, TypeObject.isSubtype(groupsObject.type, of: Krait_list_type) else {
                throw PyException.typeError("setgroups argument must be a list")
            }
            if List.count(groupsObject) > Int(NGROUPS_MAX) { throw PyException.valueError("too many extra_groups") }
            for i in 0..<List.count(groupsObject) {
                let g = List.item(groupsObject, i)
                guard IntObject.check(g) else { throw PyException.typeError("groups must be integers") }
                groups.append(try UserIDs.convert(g, "gid"))
            }
        }
        let gid = gidObject == .none ? nil : try UserIDs.convert(gidObject, "gid")
        let uid = uidObject == .none ? nil : try UserIDs.convert(uidObject, "uid")
        if cwd != nil { strings.append(cwd!) }

        let exec = executableList.terminated(), argvArray = argv.terminated(), envArray = envp.terminated()
        defer { exec.deallocate(); argvArray.deallocate(); envArray.deallocate() }
        var function = preexec
        let pid: pid_t = withUnsafeMutablePointer(to: &function) { functionPointer in
            keep.withUnsafeMutableBufferPointer { keepBuffer in
                groups.withUnsafeBufferPointer { groupBuffer in
                    var spawn = krait_spawn()
                    spawn.exec_array = UnsafePointer(exec)
                    spawn.argv = processArgs == .none ? nil : UnsafePointer(argvArray)
                    spawn.envp = envObject == .none ? nil : UnsafePointer(envArray)
                    spawn.cwd = cwd == nil ? nil : UnsafePointer(strings.pointers.last!)
                    spawn.fds_to_keep = UnsafePointer(keepBuffer.baseAddress)
                    spawn.fds_to_keep_count = keepBuffer.count
                    spawn.close_fds = closeFDs ? 1 : 0
                    spawn.p2cread = ints[0]
                    spawn.p2cwrite = ints[1]
                    spawn.c2pread = ints[2]
                    spawn.c2pwrite = ints[3]
                    spawn.errread = ints[4]
                    spawn.errwrite = ints[5]
                    spawn.errpipe_read = ints[6]
                    spawn.errpipe_write = ints[7]
                    spawn.restore_signals = restoreSignals ? 1 : 0
                    spawn.call_setsid = callSetsid ? 1 : 0
                    spawn.pgid_to_set = pgid
                    spawn.set_gid = gid == nil ? 0 : 1
                    spawn.gid = gid ?? 0
                    spawn.extra_groups = groupBuffer.baseAddress
                    spawn.extra_group_count = groupsObject == .none ? 0 : groupBuffer.count
                    spawn.set_uid = uid == nil ? 0 : 1
                    spawn.uid = uid ?? 0
                    spawn.child_umask = umask
                    if preexec != .none {
                        spawn.preexec = ForkExec.preexecCallback
                        spawn.preexec_context = UnsafeMutableRawPointer(functionPointer)
                    }
                    return krait_fork_exec(&spawn)
                }
            }
        }
        if pid < 0 { throw PosixErrors.fromErrno() }
        return IntObject.make(Int(pid))
    }
}
