import Compiler
import GC
import ObjectLayout
import ObjectModel

/// Start-up of the interpreter's types, after the object model's.
public enum InterpreterRuntime {
    nonisolated(unsafe) static var initialized = false

    public static func initialize() {
        if initialized { return }
        initialized = true
        ObjectModelRuntime.initialize()
        CodeType.setUp()
        Functions.setUp()
        Modules.setUp()
        Ranges.setUp()
        Tracebacks.setUp()
        Generators.setUp()
        CoroutineWrapper.setUp()
        Super.setUp()
        RuntimeHooks.functionType = Krait_function_type
        if Heap.reportsRetention { FrameStackDescription.install() }
        do {
            for type in [Krait_code_type!, Krait_function_type!, Krait_cell_type!, Krait_module_type!, Krait_range_type!,
                         Krait_rangeIterator_type!, Krait_longRangeIterator_type!, Krait_traceback_type!, Krait_frame_type!, Krait_generator_type!, Krait_coroutine_type!, Krait_super_type!,
                         Krait_asyncGenerator_type!, Krait_asyncGenASend_type!, Krait_asyncGenAThrow_type!, Krait_asyncGenWrappedValue_type!,
                         Krait_anextAwaitable_type!, Krait_coroutineWrapper_type!] {
                try TypeSetup.ready(type)
            }
        } catch {
            fatalError("interpreter start-up failed: \(Str.swiftString((try? Protocols.repr(error.value)) ?? Str.make("?")))")
        }
    }
}
