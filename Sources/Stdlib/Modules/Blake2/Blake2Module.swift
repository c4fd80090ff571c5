import ObjectLayout
import ObjectModel

/// `_blake2`: hashlib's blake2b and blake2s, on libb2.
enum Blake2Module {
    nonisolated(unsafe) static var typesReady = false

    static func create() throws(PyException) -> Value {
        let variants = [Blake2Variant.b, Blake2Variant.s]
        if !typesReady {
            typesReady = true
            for variant in variants {
                Blake2Object.setUp(variant)
                try TypeSetup.ready(variant.type)
                try Blake2Object.addConstants(variant)
            }
        }
        let m = try NativeModule.make("_blake2", doc: "_blake2b provides BLAKE2b for hashlib\n", functions: [])
        for variant in variants {
            let prefix = variant.name.uppercased() + "_"
            for (name, value) in Blake2Object.constants(variant) { try NativeModule.set(m, prefix + name, IntObject.make(value)) }
        }
        return try ModuleTypes.add(m, variants.map { ($0.name, $0.type) })
    }
}
