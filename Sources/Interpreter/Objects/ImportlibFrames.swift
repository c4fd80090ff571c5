import ObjectLayout
import ObjectModel

extension Tracebacks {
    /// CPython's `remove_importlib_frames`: an ImportError loses every run of entries
    /// in importlib's bootstrap; another exception only the runs that end in
    /// `_call_with_frames_removed` (the call into the module's own code), so its
    /// traceback goes from the importing line straight to the imported module.
    public static func removeImportlibFrames(_ exception: Value) {
        guard exception.isObject, TypeObject.isSubtype(exception.type, of: Krait_exc_BaseException) else { return }
        let alwaysTrim = TypeObject.isSubtype(exception.type, of: Krait_exc_ImportError)
        let e = exception.layout(PyBaseExceptionObject.self)
        guard let first = e.pointee.traceback else { return }
        // The chain is rebuilt by relinking: `kept` is the last entry kept (nil: the
        // head), `runStart` the entry before the current importlib run.
        var entries: [Value] = []
        var tb = Value(first)
        while tb.isObject && tb.isExactly(Krait_traceback_type) {
            entries.append(tb)
            tb = tb.layout(PyTracebackObject.self).pointee.tb_next
        }
        var keep = [Bool](repeating: true, count: entries.count)
        var runStart = -1
        for (i, entry) in entries.enumerated() {
            let code = entry.layout(PyTracebackObject.self).pointee.tb_frame.layout(PyFrameObject.self).pointee.f_code
            let c = code.layout(KraitCodeObject.self)
            let filename = Str.swiftString(c.pointee.co_filename)
            let inImportlib = filename == "<frozen importlib._bootstrap>" || filename == "<frozen importlib._bootstrap_external>"
            if !inImportlib {
                runStart = -1
                continue
            }
            if runStart < 0 { runStart = i }
            if alwaysTrim || Str.swiftString(c.pointee.co_name) == "_call_with_frames_removed" {
                for k in runStart...i { keep[k] = false }
                runStart = i + 1
            }
        }
        let kept = entries.indices.filter { keep[$0] }.map { entries[$0] }
        e.pointee.traceback = kept.first?.object
        for (i, entry) in kept.enumerated() {
            entry.layout(PyTracebackObject.self).pointee.tb_next = i + 1 < kept.count ? kept[i + 1] : .empty
        }
    }
}
