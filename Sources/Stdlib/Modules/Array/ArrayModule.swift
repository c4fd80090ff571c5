import ObjectLayout
import ObjectModel

/// The `array` module: the `array` type of machine values, `typecodes`, and
/// `_array_reconstructor` for pickles.
enum ArrayModule {
    nonisolated(unsafe) static var typesReady = false

    static func setUpTypes() throws(PyException) {
        if typesReady { return }
        typesReady = true
        ArrayType.setUp()
        ArrayIterator.setUp()
        try TypeSetup.ready(Krait_array_type)
        try TypeSetup.ready(Krait_arrayIterator_type)
    }

    static func create() throws(PyException) -> Value {
        try setUpTypes()
        let m = try NativeModule.make("array", doc: "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n", functions: [
            MethodSpec("_array_reconstructor", doc: "_array_reconstructor($module, arraytype, typecode, mformat_code, items,\n                     /)\n--\n\nInternal. Used for pickling support.") { _, a, n, k in
                MethodSpec.run(.none, a, n, k) { _, args throws(PyException) in try ArrayPickling.reconstruct(args) }
            },
        ], constants: [("typecodes", { Str.make(ArrayStorage.typecodes) })])
        return try ModuleTypes.add(m, [("array", Krait_array_type), ("ArrayType", Krait_array_type)])
    }
}
