import Compiler
import GC
import ObjectLayout
import ObjectModel

/// Names a word of the frame stack for the collector's retention report
/// (`KRAIT_GC_WHY`): the frame's code, and the variable or value-stack slot.
enum FrameStackDescription {
    static func install() {
        Heap.describeFrameStackWord = describe
    }

    static func describe(_ slot: UnsafeRawPointer) -> String {
        var frame = Interpreter.state.pointee.current_frame?.assumingMemoryBound(to: KraitFrame.self)
        while let f = frame {
            let code = CodeObjects.code(f.pointee.f_code)
            let variables = Int(code.pointee.co_nlocals + code.pointee.co_ncells + code.pointee.co_nfrees)
            let locals = UnsafeRawPointer(Interpreter.localsplus(f))
            let end = locals + (variables + Int(code.pointee.co_stacksize)) * 8
            if slot >= UnsafeRawPointer(f) && slot < end {
                let name = Str.swiftString(code.pointee.co_name) ?? "?"
                guard slot >= locals else { return "the header of the frame of \(name)" }
                let index = (slot - locals) / 8
                if index < variables {
                    let variable = Str.swiftString(Tuple.item(code.pointee.co_localsplusnames, index)) ?? "?"
                    return "variable \(variable) of the frame of \(name)"
                }
                return "value stack slot \(index - variables) of the frame of \(name) (depth when suspended \(f.pointee.f_stackdepth))"
            }
            frame = f.pointee.f_previous
        }
        return "frame stack word \(slot) outside the running frames"
    }
}
