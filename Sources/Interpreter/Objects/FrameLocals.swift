import Compiler
import ObjectLayout
import ObjectModel

/// The dict a frame shows as its locals, as CPython 3.11's `PyFrame_FastToLocals` and
/// `PyFrame_LocalsToFast`: a function frame gets one dict, kept in the frame's
/// `f_locals` and refreshed from the variables whenever `locals()` or `f_locals` asks,
/// so names only the dict holds (stored by `exec`) stay; a trace function's changes to
/// it are copied back after each call. A module or class body's namespace is its
/// dict, which only its cell variables are copied into.
public enum FrameLocals {
    /// CPython's `_PyFrame_FastToLocalsWithError`: the frame's dict with each variable
    /// set to its value or, when it is unbound, removed.
    public static func refresh(_ frame: UnsafeMutablePointer<KraitFrame>) throws(PyException) -> Value {
        let code = CodeObjects.code(frame.pointee.f_code)
        if frame.pointee.f_locals.isEmpty { frame.pointee.f_locals = Dict.new() }
        let locals = frame.pointee.f_locals
        let names = code.pointee.co_localsplusnames
        let slots = Interpreter.localsplus(frame)
        for i in 0..<Tuple.count(names) {
            guard let cell = copied(code, i) else { continue }
            var value = slots[i]
            if cell && !value.isEmpty { value = value.layout(PyCellObject.self).pointee.ob_ref }
            let name = Tuple.item(names, i)
            if value.isEmpty { try remove(locals, name) } else { try store(locals, name, value) }
        }
        return locals
    }

    /// CPython's `_PyFrame_LocalsToFast` with `clear`, after a trace or profile
    /// function ran: each variable takes the dict's value, and one the dict lacks
    /// becomes unbound. Errors from the mapping are dropped, as CPython drops them.
    static func writeBack(_ frame: UnsafeMutablePointer<KraitFrame>) {
        let locals = frame.pointee.f_locals
        guard !locals.isEmpty else { return }
        let code = CodeObjects.code(frame.pointee.f_code)
        let names = code.pointee.co_localsplusnames
        let slots = Interpreter.localsplus(frame)
        for i in 0..<Tuple.count(names) {
            guard let cell = copied(code, i) else { continue }
            let name = Tuple.item(names, i)
            let value: Value
            if locals.isExactly(Krait_dict_type) {
                value = (try? Dict.getItem(locals, name)) ?? .empty
            } else {
                value = (try? Protocols.getItem(locals, name)) ?? .empty
            }
            if cell {
                // A cell slot of a frame whose cells were never made holds nothing to set.
                if !slots[i].isEmpty { slots[i].layout(PyCellObject.self).pointee.ob_ref = value }
            } else {
                slots[i] = value
            }
        }
    }

    /// Whether slot `i` is copied to and from the dict, and whether it holds a cell;
    /// nil for a free variable of a class or module body, whose namespace must not get
    /// the enclosing function's variables.
    private static func copied(_ code: CodeObjects.Pointer, _ i: Int) -> Bool? {
        let kind = Bytes.data(code.pointee.co_localspluskinds).assumingMemoryBound(to: UInt8.self)[i]
        if kind == 2 && code.pointee.co_flags & KRAIT_CO_OPTIMIZED == 0 { return nil }
        return kind != 0
    }

    private static func store(_ locals: Value, _ name: Value, _ value: Value) throws(PyException) {
        if locals.isExactly(Krait_dict_type) { try Dict.setItem(locals, name, value) } else { try Protocols.setItem(locals, name, value) }
    }

    /// Removes `name` if it is there.
    private static func remove(_ locals: Value, _ name: Value) throws(PyException) {
        if locals.isExactly(Krait_dict_type) {
            _ = try Dict.deleteItem(locals, name)
            return
        }
        do throws(PyException) {
            try Protocols.setItem(locals, name, nil)
        } catch where error.matches(Krait_exc_KeyError) {}
    }
}
