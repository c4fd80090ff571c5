import ObjectLayout
import ObjectModel

/// `open`: CPython's builtins hold `io.open`; here the builtin runs `_io.open`'s code,
/// so the io types are set up only when a program first opens a file.
enum BuiltinOpen {
    static let all: [MethodSpec] = [
        MethodSpec("open", doc: IOFunctions.openDoc) { _, a, n, k in
            MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in
                try IOModule.setUpTypes()
                return try IOFunctions.open(args)
            }
        },
    ]
}
