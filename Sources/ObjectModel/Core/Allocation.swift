import GC
import ObjectLayout

/// Allocation of objects in the collected heap.
public enum Allocation {
    /// A zeroed object of `size` bytes with `ob_type` set.
    @inline(__always)
    public static func object(_ type: TypePointer, size: Int) -> ObjectPointer {
        Heap.shared.allocate(size: size, type: type)
    }

    /// A zeroed variable-size object: `size` bytes, `ob_size` set to `count`.
    @inline(__always)
    public static func varObject(_ type: TypePointer, size: Int, count: Int) -> ObjectPointer {
        let object = Heap.shared.allocate(size: size, type: type)
        object.layout(PyVarObject.self).pointee.ob_size = count
        return object
    }

    /// Memory outside the heap for an object that lives as long as the process
    /// (a type created at start-up); its references are roots.
    public static func immortal(size: Int, type: TypePointer) -> ObjectPointer {
        let raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        let object = raw.assumingMemoryBound(to: PyObject.self)
        object.pointee.ob_type = type
        makeImmortal(object)
        return object
    }

    /// Marks a static or malloc'ed object as immortal: a reference count C code can
    /// never drop to zero, and its references traced as roots.
    public static func makeImmortal(_ object: ObjectPointer) {
        object.pointee.ob_refcnt = 1 << 60
        Heap.shared.registerImmortal(object)
    }
}
